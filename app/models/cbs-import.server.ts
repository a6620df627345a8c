/**
 * The import of CBS StatLine tables (issue 24, ADR 020): a manager's action. A fetch from CBS's
 * OData API (server side, with a timeout; the fetch function is injectable, so no test and no
 * start-up reaches the internet) or the files StatLine lets a user download are read whole; any
 * failure stores nothing. A read becomes a pending import with its dry run (tables, periods,
 * municipalities, provisional / secret / rounded cells, revisions, redivisions); approving it
 * stores everything in one transaction, audited. A cell stored before is never changed: the new
 * one is added and the old one marked superseded by this import, so the history stays.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { cbsImports, cbsObservations, cbsTables, municipalities, municipalityChanges } from '#db/schema';
import { WRITE_TX, type AppDatabase } from '#db/client';
import {
  CBS_LICENCE,
  CBS_TABLES,
  isCbsTableId,
  isMunicipalityCode,
  measuresOfTable,
  type CbsSource,
  type CbsTableId,
} from '#app/domain/cbs-catalogue';
import {
  CBS_MAX_PAGES,
  cellsFromRecords,
  parseODataPage,
  parsePeriodStatuses,
  parseRegions,
  parseTableInfo,
  readJson,
  recordsFromCsv,
  type CbsParsedCell,
  type CbsRecord,
  type CbsRedivision,
  type CbsRegionInfo,
  type CbsResult,
} from '#app/domain/cbs-odata';
import type { Lang } from '#app/domain/lang';
import { translate, type Params } from '#app/i18n/i18n';
import { cbsPage as pageDict, type CbsPageKey } from '#app/i18n/cbs-page';
import { recordAudit } from './audit.server';
import { readCsv } from './report-import.server';

/** One table as read from CBS or from files, before anything is stored. */
export interface CbsTableRead {
  tableId: CbsTableId;
  title: string;
  modified: string | null;
  source: CbsSource;
  retrievedAt: string;
  cells: CbsParsedCell[];
  regions: CbsRegionInfo[];
  redivisions: CbsRedivision[];
}

/** The fetch the import uses: the platform's `fetch`, or a stub in tests. */
export type CbsFetch = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

export const CBS_ODATA_BASE = 'https://opendata.cbs.nl/ODataApi/odata';
export const CBS_FETCH_TIMEOUT_MS = 20_000;

declare global {
  var __proeftuinCbsFetch: CbsFetch | undefined;
}

/** The fetch of the import: the platform's, unless a test put a stub in its place. */
export function getCbsFetch(): CbsFetch {
  return globalThis.__proeftuinCbsFetch ?? fetch;
}

/** Tests answer CBS's requests with recorded responses (or a failure); undefined restores `fetch`. */
export function setCbsFetchForTests(fn: CbsFetch | undefined): void {
  globalThis.__proeftuinCbsFetch = fn;
}

const pt = (lang: Lang, key: CbsPageKey, params?: Params) => translate(pageDict, lang, key, params);

/**
 * The address of a table's data: only our topics and dimension keys, municipalities and the
 * Netherlands (a CBS v3 request gives at most 10,000 rows, so a whole table is never asked for).
 */
export function typedDataSetUrl(tableId: CbsTableId): string {
  const measures = measuresOfTable(tableId);
  const dims = new Map<string, Set<string>>();
  for (const m of measures)
    for (const [d, keys] of Object.entries(m.dimensions)) {
      const set = dims.get(d) ?? new Set<string>();
      for (const k of typeof keys === 'string' ? [keys] : keys) set.add(k);
      dims.set(d, set);
    }
  const filters = [
    `(substringof('GM',RegioS) or substringof('NL01',RegioS))`,
    ...[...dims].map(([d, keys]) => `(${[...keys].map((k) => `${d} eq '${k}'`).join(' or ')})`),
  ];
  const select = ['RegioS', 'Perioden', ...dims.keys(), ...new Set(measures.map((m) => m.topic))];
  return `${CBS_ODATA_BASE}/${tableId}/TypedDataSet?$format=json&$filter=${encodeURIComponent(
    filters.join(' and '),
  )}&$select=${select.join(',')}`;
}

async function getJson(
  url: string,
  tableId: string,
  fetchFn: CbsFetch,
  signal: AbortSignal,
  lang: Lang,
): Promise<CbsResult<unknown>> {
  let response: Response;
  try {
    response = await fetchFn(url, { signal });
  } catch (error) {
    const timeout = (error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError';
    return {
      ok: false,
      message: pt(lang, timeout ? 'fetchTimeout' : 'fetchUnreachable', { table: tableId }),
    };
  }
  if (!response.ok)
    return { ok: false, message: pt(lang, 'fetchStatus', { table: tableId, status: response.status }) };
  return readJson(await response.text(), tableId, lang);
}

/** Fetches one table from CBS: its info, period statuses, regions and every page of its data. */
export async function fetchCbsTable(
  tableId: CbsTableId,
  lang: Lang,
  fetchFn: CbsFetch = fetch,
  timeoutMs = CBS_FETCH_TIMEOUT_MS,
): Promise<CbsResult<CbsTableRead>> {
  const signal = AbortSignal.timeout(timeoutMs);
  const base = `${CBS_ODATA_BASE}/${tableId}`;
  const info = await getJson(`${base}/TableInfos?$format=json`, tableId, fetchFn, signal, lang);
  if (!info.ok) return info;
  const periods = await getJson(`${base}/Perioden?$format=json`, tableId, fetchFn, signal, lang);
  if (!periods.ok) return periods;
  const regions = await getJson(`${base}/RegioS?$format=json`, tableId, fetchFn, signal, lang);
  if (!regions.ok) return regions;
  const records: CbsRecord[] = [];
  let next: string | null = typedDataSetUrl(tableId);
  for (let n = 0; next; n++) {
    if (n >= CBS_MAX_PAGES)
      return { ok: false, message: pt(lang, 'tooManyPages', { table: tableId, max: CBS_MAX_PAGES }) };
    const body = await getJson(next, tableId, fetchFn, signal, lang);
    if (!body.ok) return body;
    const page = parseODataPage(body.value, tableId, lang);
    if (!page.ok) return page;
    records.push(...page.value.records);
    next = page.value.nextLink;
  }
  return assemble(tableId, 'odata', records, info.value, periods.value, regions.value, lang);
}

function assemble(
  tableId: CbsTableId,
  source: CbsSource,
  records: CbsRecord[],
  info: unknown,
  periods: unknown,
  regions: unknown,
  lang: Lang,
): CbsResult<CbsTableRead> {
  const cells = cellsFromRecords(tableId, records, parsePeriodStatuses(periods), lang);
  if (!cells.ok) return cells;
  const meta = parseTableInfo(info);
  const r = parseRegions(regions);
  return {
    ok: true,
    value: {
      tableId,
      title: meta.title ?? CBS_TABLES[tableId].title,
      modified: meta.modified,
      source,
      retrievedAt: new Date().toISOString(),
      cells: cells.value,
      regions: r.regions,
      redivisions: r.redivisions,
    },
  };
}

export interface CbsUploadedFile {
  name: string;
  text: string;
}

/**
 * The files StatLine lets a user download for one table: the data (`TypedDataSet` JSON, one or more
 * pages, or the CSV with codes) and, if present, its `TableInfos`, `Perioden` and `RegioS` JSON.
 * Each JSON file is recognised by its content.
 */
export function readCbsFiles(
  tableId: string,
  files: readonly CbsUploadedFile[],
  lang: Lang,
): CbsResult<CbsTableRead> {
  if (!isCbsTableId(tableId)) return { ok: false, message: pt(lang, 'unknownTable', { table: tableId }) };
  if (files.length === 0) return { ok: false, message: pt(lang, 'fileRequired') };
  const records: CbsRecord[] = [];
  let info: unknown = null;
  let periods: unknown = null;
  let regions: unknown = null;
  for (const file of files) {
    const text = file.text.replace(/^\uFEFF/, '');
    if (!/^\s*[[{]/.test(text)) {
      const csv = readCsv(text);
      if (csv.error)
        return { ok: false, message: pt(lang, 'csvBroken', { file: file.name, message: csv.error.message }) };
      const r = recordsFromCsv(csv.records, tableId, lang);
      if (!r.ok) return r;
      records.push(...r.value);
      continue;
    }
    const json = readJson(text, tableId, lang);
    if (!json.ok) return json;
    const page = parseODataPage(json.value, tableId, lang);
    if (!page.ok) return page;
    const first = page.value.records[0];
    if (first && 'Modified' in first) info = json.value;
    else if (first && 'Key' in first && 'Status' in first) periods = json.value;
    else if (first && 'Key' in first && 'Title' in first) regions = json.value;
    else records.push(...page.value.records);
  }
  return assemble(tableId, 'file', records, info, periods, regions, lang);
}

/** What an approval would do, table by table: the dry run a manager sees. */
export interface CbsDryRunTable {
  tableId: string;
  title: string;
  modified: string | null;
  source: CbsSource;
  periods: string[];
  municipalities: number;
  cells: number;
  provisional: number;
  secret: number;
  rounded: number;
  /** new cells; cells that replace a stored one (a provisional made final, a correction); unchanged */
  added: number;
  revised: number;
  unchanged: number;
  /** stored provisional cells this import makes final */
  madeFinal: number;
  unknownMunicipalities: string[];
}
export interface CbsDryRun {
  tables: CbsDryRunTable[];
  redivisions: (CbsRedivision & { oldName: string | null; newName: string | null })[];
}

type Current = { id: number; value: number | null; status: string; rounded: number };

function currentCells(db: AppDatabase, cells: readonly CbsParsedCell[]): Map<string, Current> {
  const out = new Map<string, Current>();
  const measures = [...new Set(cells.map((c) => c.measure))];
  for (const measure of measures)
    for (const r of db.all<Current & { region: string; period: string }>(
      sql`select id, region_code as region, period, value, status, rounded from cbs_observations
        where measure = ${measure} and superseded_by is null`,
    ))
      out.set(`${measure}|${r.region}|${r.period}`, r);
  return out;
}

const same = (a: Current, c: CbsParsedCell) =>
  a.value === c.value && a.status === c.status && (a.rounded === 1) === c.rounded;

export function dryRunOf(db: AppDatabase, reads: readonly CbsTableRead[]): CbsDryRun {
  const known = new Map(
    db
      .select()
      .from(municipalities)
      .all()
      .map((m) => [m.code, m.name]),
  );
  const names = new Map<string, string>(known);
  for (const r of reads) for (const g of r.regions) names.set(g.code, g.name);
  const tables = reads.map((r): CbsDryRunTable => {
    const current = currentCells(db, r.cells);
    let added = 0;
    let revised = 0;
    let unchanged = 0;
    let madeFinal = 0;
    for (const c of r.cells) {
      const old = current.get(`${c.measure}|${c.region}|${c.period}`);
      if (!old) added++;
      else if (same(old, c)) unchanged++;
      else {
        revised++;
        if (old.status === 'provisional' && c.status === 'final') madeFinal++;
      }
    }
    const codes = [...new Set(r.cells.map((c) => c.region).filter(isMunicipalityCode))];
    return {
      tableId: r.tableId,
      title: r.title,
      modified: r.modified,
      source: r.source,
      periods: [...new Set(r.cells.map((c) => c.period))].sort(),
      municipalities: codes.length,
      cells: r.cells.length,
      provisional: r.cells.filter((c) => c.status === 'provisional').length,
      secret: r.cells.filter((c) => c.status === 'secret').length,
      rounded: r.cells.filter((c) => c.rounded).length,
      added,
      revised,
      unchanged,
      madeFinal,
      unknownMunicipalities: codes.filter((c) => !names.has(c)).sort(),
    };
  });
  const seen = new Set<string>();
  const redivisions: CbsDryRun['redivisions'] = [];
  const stored = db.select().from(municipalityChanges).all();
  const codesInData = new Set(reads.flatMap((r) => r.cells.map((c) => c.region)));
  for (const d of [
    ...reads.flatMap((r) => r.redivisions),
    // stored redivisions that this data meets (an old code in its cells)
    ...stored.filter((s) => codesInData.has(s.oldCode)),
  ]) {
    const key = `${d.oldCode}|${d.newCode}|${d.effectiveOn}`;
    if (seen.has(key)) continue;
    seen.add(key);
    redivisions.push({
      oldCode: d.oldCode,
      newCode: d.newCode,
      effectiveOn: d.effectiveOn,
      oldName: names.get(d.oldCode) ?? null,
      newName: names.get(d.newCode) ?? null,
    });
  }
  return { tables, redivisions };
}

/** Stores the reads as a pending import with its dry run; nothing else is written. */
export function createPendingImport(
  db: AppDatabase,
  { reads, source, userId }: { reads: CbsTableRead[]; source: CbsSource; userId: number },
): { importId: number; dryRun: CbsDryRun } {
  const dryRun = dryRunOf(db, reads);
  const row = db
    .insert(cbsImports)
    .values({
      createdBy: userId,
      source,
      status: 'pending',
      summary: dryRun as unknown as Record<string, unknown>,
      payload: JSON.stringify(reads),
    })
    .returning({ id: cbsImports.id })
    .get();
  return { importId: row.id, dryRun };
}

export function latestPendingImport(db: AppDatabase) {
  return (
    db
      .select({
        id: cbsImports.id,
        createdAt: cbsImports.createdAt,
        source: cbsImports.source,
        summary: cbsImports.summary,
      })
      .from(cbsImports)
      .where(eq(cbsImports.status, 'pending'))
      .orderBy(desc(cbsImports.id))
      .limit(1)
      .get() ?? null
  );
}

export class CbsImportGoneError extends Error {}

/**
 * Approves a pending import: every cell, table, municipality and redivision in one transaction.
 * The dry run is computed again inside it, so what is stored is what the data says now.
 */
export function approveImport(
  db: AppDatabase,
  { importId, userId }: { importId: number; userId: number },
): { added: number; revised: number; unchanged: number } {
  return db.transaction((tx) => {
    const row = tx.select().from(cbsImports).where(eq(cbsImports.id, importId)).get();
    if (!row || row.status !== 'pending' || !row.payload) throw new CbsImportGoneError();
    const reads = JSON.parse(row.payload) as CbsTableRead[];
    let added = 0;
    let revised = 0;
    let unchanged = 0;
    for (const r of reads) {
      for (const g of r.regions)
        tx.insert(municipalities).values({ code: g.code, name: g.name }).onConflictDoNothing().run();
      for (const d of r.redivisions) {
        tx.insert(municipalityChanges)
          .values({ ...d, importId })
          .onConflictDoNothing()
          .run();
        const lastDay = new Date(`${d.effectiveOn}T00:00:00Z`);
        lastDay.setUTCDate(lastDay.getUTCDate() - 1);
        tx.update(municipalities)
          .set({ validTo: lastDay.toISOString().slice(0, 10) })
          .where(and(eq(municipalities.code, d.oldCode), isNull(municipalities.validTo)))
          .run();
      }
      const current = currentCells(tx as unknown as AppDatabase, r.cells);
      for (const c of r.cells) {
        const old = current.get(`${c.measure}|${c.region}|${c.period}`);
        if (old && same(old, c)) {
          unchanged++;
          continue;
        }
        if (old) {
          revised++;
          tx.update(cbsObservations)
            .set({ supersededBy: importId })
            .where(eq(cbsObservations.id, old.id))
            .run();
        } else added++;
        tx.insert(cbsObservations)
          .values({
            tableId: r.tableId,
            measure: c.measure,
            regionCode: c.region,
            period: c.period,
            value: c.value,
            status: c.status,
            rounded: c.rounded,
            importId,
          })
          .run();
      }
      tx.insert(cbsTables)
        .values({
          tableId: r.tableId,
          title: r.title,
          modified: r.modified,
          retrievedAt: r.retrievedAt,
          licence: CBS_LICENCE,
          source: r.source,
          importId,
        })
        .run();
    }
    tx.update(cbsImports)
      .set({ status: 'approved', payload: null, decidedBy: userId, decidedAt: new Date().toISOString() })
      .where(eq(cbsImports.id, importId))
      .run();
    recordAudit(
      {
        userId,
        action: 'cbs.import.approve',
        entityType: 'cbs_import',
        entityId: importId,
        detail: { tables: reads.map((r) => r.tableId), added, revised, unchanged },
      },
      tx,
    );
    return { added, revised, unchanged };
  }, WRITE_TX);
}

export function discardImport(
  db: AppDatabase,
  { importId, userId }: { importId: number; userId: number },
): boolean {
  return db.transaction((tx) => {
    const row = tx.select().from(cbsImports).where(eq(cbsImports.id, importId)).get();
    if (!row || row.status !== 'pending') return false;
    tx.update(cbsImports)
      .set({ status: 'discarded', payload: null, decidedBy: userId, decidedAt: new Date().toISOString() })
      .where(eq(cbsImports.id, importId))
      .run();
    recordAudit({ userId, action: 'cbs.import.discard', entityType: 'cbs_import', entityId: importId }, tx);
    return true;
  }, WRITE_TX);
}

/** A stored CBS table as its latest approved retrieval, with its numbers of cells. */
export interface StoredCbsTable {
  tableId: string;
  title: string;
  modified: string | null;
  retrievedAt: string;
  licence: string;
  source: string;
  cells: number;
  provisional: number;
  history: number;
}

/** The tables stored, each as its latest approved retrieval, with its number of current cells. */
export function storedCbsTables(db: AppDatabase) {
  return db.all<StoredCbsTable>(sql`select t.table_id as tableId, t.title, t.modified, t.retrieved_at as retrievedAt, t.licence, t.source,
      (select count(*) from cbs_observations o where o.table_id = t.table_id and o.superseded_by is null) as cells,
      (select count(*) from cbs_observations o where o.table_id = t.table_id and o.superseded_by is null
        and o.status = 'provisional') as provisional,
      (select count(*) from cbs_observations o where o.table_id = t.table_id and o.superseded_by is not null) as history
    from cbs_tables t
    where t.id = (select max(id) from cbs_tables u where u.table_id = t.table_id)
    order by t.table_id`);
}
