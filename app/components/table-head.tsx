import type { ReactNode } from 'react';

/**
 * A column heading: its text, `num(text)` for a column of figures (aligned right), or `EMPTY` for
 * an empty cell (above a column of row headings).
 */
export type Column = ReactNode | NumColumn | typeof EMPTY;
interface NumColumn {
  num: true;
  label: ReactNode;
}

/** A column of figures, aligned right. */
export function num(label: ReactNode): NumColumn {
  return { num: true, label };
}

/** An empty heading cell (`<td />`). */
export const EMPTY = { empty: true } as const;

function isEmpty(column: Column): column is typeof EMPTY {
  return column === EMPTY;
}

function isNum(column: Column): column is NumColumn {
  return typeof column === 'object' && column !== null && 'num' in column;
}

/** A table's heading row: one `<th scope="col">` a column. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) =>
          isEmpty(c) ? (
            <td key={i} />
          ) : isNum(c) ? (
            <th key={i} scope="col" className="num">
              {c.label}
            </th>
          ) : (
            <th key={i} scope="col">
              {c}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
