import { stringify } from 'csv-stringify/sync';

/**
 * A CSV file Dutch Excel opens correctly: UTF-8 with a byte-order mark (for é, ë and –) and
 * semicolons (Dutch Excel reads a comma as the decimal separator).
 */
export function csvResponse(
  filename: string,
  header: string[],
  rows: (string | number | null)[][],
): Response {
  const body = stringify([header, ...rows.map((r) => r.map((v) => v ?? ''))], {
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
