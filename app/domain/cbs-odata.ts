/**
 * Reading CBS StatLine tables (issue 24, ADR 020), pure: the JSON of CBS's OData API (v3
 * `TypedDataSet` pages with `odata.nextLink`, v4 `Observations` with `@odata.nextLink`), its
 * metadata (`TableInfos`, `Perioden` with their status, `RegioS` with their descriptions) and the
 * CSV StatLine lets a user download (semicolon separated, Dutch decimals, codes in the RegioS and
 * Perioden columns; split into records by the CSV library before it comes here).
 *
 * Rules:
 * - a cell CBS does not give (`null` in JSON, '.' or empty in CSV: "onbekend, onvoldoende
 *   betrouwbaar of geheim") becomes value null with status `secret`, never 0;
 * - a period is provisional when its `Perioden` status says "Voorlopig" / "Nader voorlopig", or
 *   its label ends in '*' (CSV, StatLine's sign for provisional figures);
 * - the cells of a table whose counts CBS rounds (the youth-care and Veilig Thuis tables) are
 *   marked rounded;
 * - a malformed response is refused whole with a message in the user's language.
 */
import { translate, type Params } from '#app/i18n/i18n';
import { cbs as dict, type CbsKey } from '#app/i18n/cbs';
import {
  CBS_PERIOD,
  CBS_TABLES,
  isCbsTableId,
  measuresOfTable,
  type CbsMeasure,
  type CbsMeasureDefinition,
  type CbsStatus,
  type CbsTableId,
} from './cbs-catalogue';
import { type Lang } from './lang';

/** One cell under our measure key. */
export interface CbsParsedCell {
  measure: CbsMeasure;
  region: string;
  period: string;
  value: number | null;
  status: CbsStatus;
  rounded: boolean;
}

/** A CBS record: dimension keys and topic values, as the TypedDataSet gives them. */
export type CbsRecord = Readonly<Record<string, string | number | null>>;

export type CbsResult<T> = { ok: true; value: T } | { ok: false; message: string };

export const CBS_MAX_PAGES = 50;

const fail = (lang: Lang, key: CbsKey, params?: Params): { ok: false; message: string } => ({
  ok: false,
  message: translate(dict, lang, key, params),
});

/** JSON text (or an already parsed value) to a value; a clear message for text that is not JSON. */
export function readJson(text: string, table: string, lang: Lang): CbsResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail(lang, 'notJson', { table });
  }
}

/** One page of an OData data set: its records and the address of the next page, if any. */
export function parseODataPage(
  json: unknown,
  table: string,
  lang: Lang,
): CbsResult<{ records: CbsRecord[]; nextLink: string | null }> {
  if (!json || typeof json !== 'object' || !Array.isArray((json as { value?: unknown }).value))
    return fail(lang, 'noValueArray', { table });
  const o = json as Record<string, unknown>;
  const records = (o.value as unknown[]).filter(
    (r): r is CbsRecord => !!r && typeof r === 'object' && !Array.isArray(r),
  );
  if (records.length !== (o.value as unknown[]).length) return fail(lang, 'noValueArray', { table });
  const next = o['odata.nextLink'] ?? o['@odata.nextLink'];
  return { ok: true, value: { records, nextLink: typeof next === 'string' ? next : null } };
}

/** The status of each period of a table's `Perioden` dimension (v3: Key, Title, Status). */
export function parsePeriodStatuses(json: unknown): Map<string, 'final' | 'provisional'> {
  const out = new Map<string, 'final' | 'provisional'>();
  const rows = (json as { value?: unknown } | null)?.value;
  if (!Array.isArray(rows)) return out;
  for (const r of rows as Record<string, unknown>[]) {
    const key =
      typeof r.Key === 'string' ? r.Key.trim() : typeof r.Identifier === 'string' ? r.Identifier : null;
    if (!key) continue;
    const status = String(r.Status ?? '').toLowerCase();
    const title = String(r.Title ?? '');
    out.set(key, status.includes('voorlopig') || /\*$/.test(title.trim()) ? 'provisional' : 'final');
  }
  return out;
}

/** A table's title and CBS's modification date from `TableInfos` (v3) or the v4 `Properties`. */
export function parseTableInfo(json: unknown): { title: string | null; modified: string | null } {
  const o = json as Record<string, unknown> | null;
  const row = (Array.isArray(o?.value) ? (o!.value as Record<string, unknown>[])[0] : o) ?? {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  return { title: str(row.Title), modified: str(row.Modified) };
}

export interface CbsRegionInfo {
  code: string;
  name: string;
}
export interface CbsRedivision {
  oldCode: string;
  newCode: string;
  effectiveOn: string;
}

/**
 * The municipalities of a table's `RegioS` dimension and the redivisions its descriptions name:
 * CBS describes an ended municipality as e.g. "Per 1 januari 2019 opgeheven; opgegaan in Hoeksche
 * Waard (GM1963)".
 */
export function parseRegions(json: unknown): { regions: CbsRegionInfo[]; redivisions: CbsRedivision[] } {
  const regions: CbsRegionInfo[] = [];
  const redivisions: CbsRedivision[] = [];
  const rows = (json as { value?: unknown } | null)?.value;
  if (!Array.isArray(rows)) return { regions, redivisions };
  for (const r of rows as Record<string, unknown>[]) {
    const code = typeof r.Key === 'string' ? r.Key.trim() : '';
    if (!/^GM\d{4}$/.test(code)) continue;
    regions.push({ code, name: String(r.Title ?? code).trim() });
    const description = String(r.Description ?? '');
    const m = /per\s+1\s+januari\s+(\d{4})\b[^]*?\b(GM\d{4})\b/i.exec(description);
    if (m && /opgeheven|opgegaan|samengevoegd/i.test(description) && m[2] !== code)
      redivisions.push({ oldCode: code, newCode: m[2]!, effectiveOn: `${m[1]}-01-01` });
  }
  return { regions, redivisions };
}

const clean = (v: string | number | null | undefined) => (typeof v === 'string' ? v.trim() : v);

/**
 * The cells of our measures in a table's records. Rows whose dimensions other than region and
 * period do not match a measure's keys are skipped; several keys of one dimension are summed (a
 * sum with an unknown part is unknown). A v4 record (`Measure`, `Value`, `ValueAttribute`) counts
 * as the topic whose v4 code (`measureCode`) or v3 key its `Measure` names.
 */
export function cellsFromRecords(
  table: string,
  records: readonly CbsRecord[],
  statuses: ReadonlyMap<string, 'final' | 'provisional'>,
  lang: Lang,
): CbsResult<CbsParsedCell[]> {
  if (!isCbsTableId(table)) return fail(lang, 'unknownTable', { table });
  const info = CBS_TABLES[table as CbsTableId];
  const first = records[0];
  if (!first) return fail(lang, 'noCells', { table });
  for (const column of ['RegioS', 'Perioden'])
    if (!(column in first)) return fail(lang, 'missingDimension', { table, column });
  const v4 = 'Measure' in first && 'Value' in first;
  // v4 names a topic by its own code (`Measure: 'M000352'`); a v3 key there is read too
  const isTopic = (r: CbsRecord, m: CbsMeasureDefinition) => {
    const code = clean(r.Measure);
    return code === m.measureCode || code === m.topic;
  };
  const cells = new Map<string, CbsParsedCell & { parts: number }>();
  for (const m of measuresOfTable(table)) {
    if (!v4 && !(m.topic in first))
      return fail(lang, 'missingTopic', { table, topic: m.topic, measure: m.key });
    if (v4 && !records.some((r) => isTopic(r, m)))
      return fail(lang, 'missingTopic', { table, topic: m.measureCode, measure: m.key });
    const dims = Object.entries(m.dimensions) as [string, string | readonly string[]][];
    for (const [column] of dims)
      if (!(column in first)) return fail(lang, 'missingDimension', { table, column });
    const wanted = dims.reduce((n, [, keys]) => n * (typeof keys === 'string' ? 1 : keys.length), 1);
    for (const r of records) {
      if (v4 && !isTopic(r, m)) continue;
      if (
        !dims.every(([column, keys]) => {
          const v = String(clean(r[column]) ?? '');
          return typeof keys === 'string' ? v === keys : keys.includes(v);
        })
      )
        continue;
      const region = String(clean(r.RegioS) ?? '');
      const rawPeriod = String(clean(r.Perioden) ?? '');
      const period = rawPeriod.replace(/\*+$/, '');
      if (!CBS_PERIOD.test(period)) return fail(lang, 'badPeriod', { table, period: rawPeriod });
      const raw = v4 ? r.Value : r[m.topic];
      const attribute = v4 ? String(clean(r.ValueAttribute) ?? 'None') : 'None';
      const value =
        typeof raw === 'number' && Number.isFinite(raw) && !/confidential|secret/i.test(attribute)
          ? raw
          : null;
      const status: CbsStatus =
        value === null
          ? 'secret'
          : rawPeriod.endsWith('*') || statuses.get(period) === 'provisional'
            ? 'provisional'
            : 'final';
      const key = `${m.key}|${region}|${period}`;
      const prev = cells.get(key);
      if (!prev) {
        cells.set(key, {
          measure: m.key as CbsMeasure,
          region,
          period,
          value,
          status,
          rounded: info.rounded || /rounded/i.test(attribute),
          parts: 1,
        });
        continue;
      }
      prev.parts += 1;
      prev.value = prev.value === null || value === null ? null : prev.value + value;
      prev.status =
        prev.value === null
          ? 'secret'
          : prev.status === 'provisional' || status === 'provisional'
            ? 'provisional'
            : 'final';
    }
    // a sum with a part missing is unknown
    for (const c of cells.values())
      if (c.measure === m.key && c.parts !== wanted) {
        c.value = null;
        c.status = 'secret';
      }
  }
  const out = [...cells.values()].map(({ parts: _parts, ...c }) => c);
  if (out.length === 0) return fail(lang, 'noCells', { table });
  return { ok: true, value: out };
}

/** A number as StatLine's CSV writes it: '1234', '1 234', '1.234', '12,5'; '.' or '' = unknown. */
export function dutchNumber(text: string): number | null | 'bad' {
  const t = text
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/[\s\u00a0]/g, '');
  if (t === '' || t === '.' || t === '-' || t === 'x') return null;
  // thousands dots only where a comma or nothing follows groups of three
  const normal = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)
    ? t.replace(/\./g, '').replace(',', '.')
    : t.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return 'bad';
  return Number(normal);
}

/**
 * The records of a StatLine CSV download with codes (`ID;RegioS;Perioden;<topic>…`), split by the
 * CSV library. A period's trailing '*' (provisional) is kept for `cellsFromRecords`.
 */
export function recordsFromCsv(
  rows: readonly (readonly string[])[],
  table: string,
  lang: Lang,
): CbsResult<CbsRecord[]> {
  const [header, ...body] = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (!header) return fail(lang, 'csvEmpty');
  const names = header.map((h) => h.trim());
  if (!names.includes('RegioS') || !names.includes('Perioden')) return fail(lang, 'csvNoHeader');
  const dimensions = new Set(['ID', 'RegioS', 'Perioden', ...Object.keys(dimensionColumns(table))]);
  const records: CbsRecord[] = [];
  for (const [i, row] of body.entries()) {
    const record: Record<string, string | number | null> = {};
    for (const [j, name] of names.entries()) {
      const cell = (row[j] ?? '').trim();
      if (dimensions.has(name)) {
        record[name] = cell;
        continue;
      }
      const n = dutchNumber(cell);
      if (n === 'bad') return fail(lang, 'badNumber', { table, line: i + 2, value: cell });
      record[name] = n;
    }
    records.push(record);
  }
  return { ok: true, value: records };
}

function dimensionColumns(table: string): Record<string, true> {
  const out: Record<string, true> = {};
  for (const m of measuresOfTable(table)) for (const d of Object.keys(m.dimensions)) out[d] = true;
  return out;
}
