/**
 * Stored values that today's forms would refuse: periods outside the years a period may name
 * (periods.ts: 2015 to next year; a baseline 0000-01, a reporting start 0000-01, a narrative for
 * 2099-Q4 entered before the forms checked), and names with a control character (a CR/LF once
 * reached e-mail subjects). Nothing is changed or deleted: the server logs what it finds when it
 * starts (scripts/server.ts), and managers and administrators see the list on their start page
 * with a link to where each is corrected. The pages read such a value without failing
 * (periods.ts clampToWindow).
 */
import type Database from 'better-sqlite3';
import { CONTROL_RUNS_RE, hasControlCharacter } from '#app/domain/entered-fields';
import { bucketRange, grainOf } from '#app/domain/aggregation';
import { FIRST_YEAR, yearInWindow } from '#app/domain/periods';
import { getDb } from '#app/utils/db.server';

export type StoredProblemKind = 'period' | 'name';

export interface StoredProblem {
  kind: StoredProblemKind;
  /** what holds the value, as `table.column` */
  field: string;
  /** the row's id */
  id: number;
  /** the stored period (a period is no one's secret; a name is not repeated) */
  value: string | null;
  /** where a manager or administrator corrects it */
  href: string;
  /** a region's or user's name, or the series' code, to recognise the row by */
  label: string;
}

/** A stored month, quarter or year that is well formed and within the window. */
export function isStoredPeriodSane(value: string | null, today: Date = new Date()): boolean {
  if (value === null) return true;
  const grain = grainOf(value);
  if (grain === null || grain === 'range') return false;
  const { from, to } = bucketRange(value);
  return yearInWindow(Number(from.slice(0, 4)), today) && yearInWindow(Number(to.slice(0, 4)), today);
}

/** Everything stored that the forms would refuse now, in a stable order. */
export function findStoredDataProblems(
  client: Database.Database = getDb().$client,
  today: Date = new Date(),
): StoredProblem[] {
  const out: StoredProblem[] = [];
  const period = (field: string, id: number, value: string | null, href: string, label: string) => {
    if (!isStoredPeriodSane(value, today)) out.push({ kind: 'period', field, id, value, href, label });
  };
  const name = (field: string, id: number, value: string, href: string, label: string) => {
    if (hasControlCharacter(value)) out.push({ kind: 'name', field, id, value: null, href, label });
  };
  const clean = (s: string) => s.replace(CONTROL_RUNS_RE, ' ');

  const regions = client
    .prepare(
      'select id, slug, name, reporting_start, pilot_start, baseline_from, baseline_to from regions order by id',
    )
    .all() as {
    id: number;
    slug: string;
    name: string;
    reporting_start: string;
    pilot_start: string | null;
    baseline_from: string | null;
    baseline_to: string | null;
  }[];
  for (const r of regions) {
    const label = clean(r.name);
    const admin = `/beheer/regios/${encodeURIComponent(r.slug)}`;
    name('regions.name', r.id, r.name, admin, label);
    period('regions.reporting_start', r.id, r.reporting_start, admin, label);
    period('regions.pilot_start', r.id, r.pilot_start, admin, label);
    const baseline = `/regios/${encodeURIComponent(r.slug)}/basisperiode`;
    period('regions.baseline_from', r.id, r.baseline_from, baseline, label);
    period('regions.baseline_to', r.id, r.baseline_to, baseline, label);
  }
  const slugOf = new Map(regions.map((r) => [r.id, r]));
  // the period columns of a region's rows, each with the page where it is put right
  const regionPeriods: { column: string; sql: string; page: (slug: string, value: string) => string }[] = [
    {
      column: 'region_scopes.effective_from',
      sql: 'select id, region_id, effective_from as value from region_scopes order by id',
      page: (slug) => `/beheer/regios/${slug}`,
    },
    {
      column: 'reports.period',
      sql: 'select id, region_id, period as value from reports order by id',
      page: (slug) => `/regios/${slug}/rapportages`,
    },
    {
      column: 'narratives.quarter',
      sql: 'select id, region_id, quarter as value from narratives order by id',
      page: (slug, quarter) => `/regios/${slug}/verhaal/${encodeURIComponent(quarter)}`,
    },
  ];
  for (const c of regionPeriods)
    for (const row of client.prepare(c.sql).all() as { id: number; region_id: number; value: string }[]) {
      const region = slugOf.get(row.region_id);
      period(
        c.column,
        row.id,
        row.value,
        c.page(encodeURIComponent(region?.slug ?? ''), row.value),
        clean(region?.name ?? ''),
      );
    }
  for (const t of client
    .prepare('select id, indicator_code, effective_from from indicator_targets order by id')
    .all() as { id: number; indicator_code: string; effective_from: string }[])
    period('indicator_targets.effective_from', t.id, t.effective_from, '/doelen', t.indicator_code);
  for (const v of client
    .prepare(
      `select s.id, s.code, v.period from reference_values v join reference_series s on s.id = v.series_id
       order by s.id, v.period`,
    )
    .all() as { id: number; code: string; period: string }[])
    period('reference_values.period', v.id, v.period, '/referenties', v.code);
  for (const u of client.prepare('select id, name from users order by id').all() as {
    id: number;
    name: string;
  }[])
    name('users.name', u.id, u.name, '/beheer', clean(u.name));
  return out;
}

/**
 * One log line per problem: the column and row, never the stored text (logs hold no form
 * contents); the page lists the values.
 */
export function describeForLog(problems: readonly StoredProblem[]): string[] {
  return problems.map(
    (p) =>
      `Stored ${p.kind === 'period' ? `period outside ${FIRST_YEAR} to next year` : 'name with a control character'} in ${p.field}, row ${p.id}: left as it is, for a manager or administrator to correct (${p.href.split('/').slice(0, 2).join('/')}/…).`,
  );
}
