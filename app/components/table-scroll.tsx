import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways inside its own region, named by the table's caption, so the page
 * itself never does (WCAG 1.4.10 reflow). Focusable, so a keyboard user can scroll it too.
 */
export function TableScroll({
  labelledBy,
  label,
  children,
}: {
  /** the id of the heading or caption that names the region, or else… */
  labelledBy?: string;
  /** …the region's name as text */
  label?: string;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy} aria-label={label}>
      {children}
    </div>
  );
}
