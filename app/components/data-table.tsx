import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll';

/**
 * A table of the app's style in its scrolling region (TableScroll): its caption, its head (usually
 * a TableHead) and its body rows; `foot` for a `<tfoot>`.
 */
export function DataTable({
  id,
  className = 'table',
  labelledBy,
  label,
  caption,
  captionId,
  captionClassName,
  head,
  foot,
  children,
}: {
  id?: string;
  className?: string;
  /** the id of what names the scrolling region (the caption's id, or a heading's) */
  labelledBy?: string;
  /** …or the region's name as text */
  label?: string;
  caption?: ReactNode;
  captionId?: string;
  captionClassName?: string;
  head?: ReactNode;
  foot?: ReactNode;
  children: ReactNode;
}) {
  return (
    <TableScroll labelledBy={labelledBy} label={label}>
      <table className={className} id={id}>
        {caption === undefined ? null : (
          <caption id={captionId} className={captionClassName}>
            {caption}
          </caption>
        )}
        {head}
        <tbody>{children}</tbody>
        {foot}
      </table>
    </TableScroll>
  );
}
