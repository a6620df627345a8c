import { stringify } from 'csv-stringify/sync';
import { csvCellText, type CsvCell } from '#app/domain/csv-format';

/**
 * Every CSV the app writes, built one way: UTF-8 with a byte-order mark (for é, ë and –),
 * semicolons and decimal commas (Dutch Excel reads a comma as the decimal separator; a comma
 * separator on request), Windows line ends, and every text cell neutralised against formula
 * injection. Private to the signed-in user: never stored by a shared cache.
 */
export function csvResponse(
  filename: string,
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  { separator = ';' }: { separator?: ';' | ',' } = {},
): Response {
  const cells = [header, ...rows].map((r) => r.map((c) => csvCellText(c, separator)));
  const body = stringify(cells, { delimiter: separator, bom: true, record_delimiter: 'windows' });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
