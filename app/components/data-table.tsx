import type { ReactNode } from 'react';
import { TableHead, type Column } from './table-head';
import { TableScroll } from './table-scroll';

function isNamed(caption: unknown): caption is { id: string; text: ReactNode } {
  return typeof caption === 'object' && caption !== null && 'id' in caption && 'text' in caption;
}

/**
 * A table of the app's style in its scrolling region (TableScroll): its caption (with an id, the
 * caption names the region), its column headings (a TableHead) or another head, and its body rows;
 * `foot` for a `<tfoot>`.
 */
export function DataTable({
  id,
  className = 'table',
  labelledBy,
  label,
  caption,
  captionClassName,
  columns,
  head = columns ? <TableHead columns={columns} /> : undefined,
  foot,
  children,
}: {
  id?: string;
  className?: string;
  /** the id of what names the scrolling region (the caption's id, or a heading's) */
  labelledBy?: string;
  /** …or the region's name as text */
  label?: string;
  /** the caption's text, or its id and text (the id then names the scrolling region) */
  caption?: ReactNode | { id: string; text: ReactNode };
  captionClassName?: string;
  /** the column headings (TableHead), or… */
  columns?: readonly Column[];
  /** …another head */
  head?: ReactNode;
  foot?: ReactNode;
  children: ReactNode;
}) {
  const named = isNamed(caption) ? caption : undefined;
  return (
    <TableScroll labelledBy={labelledBy ?? named?.id} label={label}>
      <table className={className} id={id}>
        {caption === undefined ? null : (
          <caption id={named?.id} className={captionClassName}>
            {named ? named.text : (caption as ReactNode)}
          </caption>
        )}
        {head}
        <tbody>{children}</tbody>
        {foot}
      </table>
    </TableScroll>
  );
}
