import { Link } from '@remix-run/react';
import { useId, type ReactNode } from 'react';
import { TableScroll } from '#app/components/table-scroll';

/** One column of a register list: its header, its cell, and whether it holds numbers. */
export interface RegisterColumn<R> {
  header: string;
  cell: (row: R) => ReactNode;
  num?: boolean;
}

/** A register list: the title (a link to the entry) heads each row, then the register's own columns. */
export function RegisterTable<R extends { id: number; title: string }>({
  rows,
  hrefBase,
  titleHeader,
  columns,
  caption,
}: {
  /** names the table (read by screen readers, not shown: the page's heading says it already) */
  caption: string;
  rows: R[];
  hrefBase: string;
  titleHeader: string;
  columns: RegisterColumn<R>[];
}) {
  const num = (c: RegisterColumn<R>) => (c.num ? 'num' : undefined);
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="table register-table">
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{titleHeader}</th>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={num(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`${hrefBase}/${r.id}`}>{r.title}</Link>
              </th>
              {columns.map((c) => (
                <td key={c.header} className={num(c)}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A register status as a badge (the report StatusBadge is another one). */
export function RegisterStatusBadge({ children }: { children: ReactNode }) {
  return <span className="badge badge-register">{children}</span>;
}
