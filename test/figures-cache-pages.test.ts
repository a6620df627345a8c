/**
 * Issue 23's pages back within the targets (issue 26): the experiment page's before/after, the
 * summary that heads the start pages and the progress report, and a region's outcome-rate control
 * chart are kept in the figures cache by the months they are made of. A save of another month
 * keeps them; a save of one of their months recomputes them, and what is kept or recomputed equals
 * a computation from the database. Writes come from another connection, as from another server
 * process.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { listRegions } from '#app/models/regions.server';
import { loadMonthBuckets, queryRegionBuckets } from '#app/models/figures.server';
import {
  computeExperimentEffects,
  loadExperimentEffects,
  type EffectExperiment,
} from '#app/models/experiment-effect.server';
import { computeSummary, loadSummary } from '#app/models/summary.server';
import { referenceLinesFor, referenceLinesOf } from '#app/models/references.server';
import { loadProgressReport } from '#app/models/progress-report.server';
import { loadOutcomeSpc } from '#app/models/spc.server';
import { latestApprovedQuarter } from '#app/models/todo.server';
import { PUBLICATION_VIEWER, viewerFor } from '#app/models/viewer.server';
import { setupTestDatabase } from './db';

const db = setupTestDatabase('seeded');
const manager = viewerFor({ role: 'manager', regionId: null });
const reviewer = viewerFor({ role: 'reviewer', regionId: null });
const regions = listRegions();
const ids = regions.map((r) => r.id);
const utrecht = regions.find((r) => r.slug === 'utrecht')!.id;

// Another server process: its own connection to the same file.
const other = new Database(db.$client.name);
afterAll(() => other.close());

/** Adds `delta` to an element of a region's report of a month (unknown counts as 0). */
function save(regionId: number, period: string, element: string, delta: number) {
  const done = other
    .prepare(
      `update report_values set value = coalesce(value, 0) + ? where element_code = ?
        and report_id = (select id from reports where region_id = ? and period = ?)`,
    )
    .run(delta, element, regionId, period);
  expect(done.changes).toBe(1);
}

/** A write to a table other than the reports: the whole cache is dropped (a fresh computation). */
const dropEverything = () =>
  other.exec(`update settings set value = value where key = 'small_count_threshold'`);

/** How many statements that read report values ran during `run` (0: everything came from the cache). */
function valueReads<T>(run: () => T): { result: T; reads: number } {
  const proto = Object.getPrototypeOf(db.$client.prepare('select 1')) as Record<string, unknown>;
  const methods = ['all', 'get', 'iterate', 'run'] as const;
  const originals = methods.map((m) => proto[m] as (...a: unknown[]) => unknown);
  let reads = 0;
  methods.forEach((m, i) => {
    proto[m] = function (this: { source: string }, ...args: unknown[]) {
      if (/\breport_values\b/.test(this.source)) reads += 1;
      return originals[i].apply(this, args);
    };
  });
  try {
    return { result: run(), reads };
  } finally {
    methods.forEach((m, i) => (proto[m] = originals[i]));
  }
}

describe("an experiment's before/after is kept by its months", () => {
  // today 2026-04-10: before = 2024-04 … 2025-03, after = 2025-05 … 2026-03 for a manager
  const today = new Date('2026-04-10T12:00:00Z');
  const experiment: EffectExperiment = {
    regionId: utrecht,
    startDate: '2025-04-15',
    endDate: null,
    indicators: ['analysis_on_time', 'measures_rate'],
  };

  test('months: a save of another month keeps it, a save of one of its months recomputes it, equal to the range query', () => {
    const first = loadExperimentEffects(manager, experiment, today);
    expect(first.window).toEqual({
      grain: 'month',
      before: { from: '2024-04', to: '2025-03' },
      after: { from: '2025-05', to: '2026-03' },
    });
    expect(first.effects.map((e) => e.code)).toEqual(['analysis_on_time', 'measures_rate']);
    expect(first.effects.every((e) => e.effect.differenceInDifferences !== null)).toBe(true);
    // computed once: a second view reads no report values and gets the same figures
    const again = valueReads(() => loadExperimentEffects(manager, experiment, today));
    expect(again.reads).toBe(0);
    expect(again.result).toBe(first);
    // the months kept per month are what the one query over the window gives
    expect(first).toEqual(computeExperimentEffects(manager, experiment, today));

    // 2026-06 and (through closed_12m_ago) 2027-06 lie outside the window: kept
    save(utrecht, '2026-06', 'measures_new', 5);
    expect(loadExperimentEffects(manager, experiment, today)).toBe(first);

    // a pool region's 2025-07 lies in the window: recomputed from that month (the others kept)
    const pool = first.effects[1].effect.pool.used[0];
    const june = loadMonthBuckets(manager, '2025-06', '2025-06', ids);
    save(pool, '2025-07', 'measures_new', 7);
    const recomputed = valueReads(() => loadExperimentEffects(manager, experiment, today));
    expect(recomputed.result).not.toBe(first);
    expect(recomputed.reads).toBeGreaterThan(0);
    const after = recomputed.result.effects[1].effect.pool.parts.after!;
    expect(after.numerator).toBe(first.effects[1].effect.pool.parts.after!.numerator + 7);
    expect(recomputed.result).toEqual(computeExperimentEffects(manager, experiment, today));
    expect(loadMonthBuckets(manager, '2025-06', '2025-06', ids)[0]).toBe(june[0]);
    // the kept months equal the range query's rows, region by region
    expect(loadMonthBuckets(manager, '2025-05', '2025-08', ids)).toEqual(
      queryRegionBuckets({ viewer: manager, from: '2025-05', to: '2025-08', grain: 'month', regionIds: ids }),
    );
  });

  test("a reviewer's comparison of rounded quarters: kept and recomputed alike", () => {
    const first = loadExperimentEffects(reviewer, experiment, today);
    expect(first.window?.grain).toBe('quarter');
    expect(loadExperimentEffects(reviewer, experiment, today)).toBe(first);
    save(utrecht, '2026-06', 'measures_new', 5);
    expect(loadExperimentEffects(reviewer, experiment, today)).toBe(first);
    save(utrecht, '2024-05', 'measures_new', 40);
    const second = loadExperimentEffects(reviewer, experiment, today);
    expect(second).not.toBe(first);
    expect(second).toEqual(computeExperimentEffects(reviewer, experiment, today));
    dropEverything();
    expect(loadExperimentEffects(reviewer, experiment, today)).toEqual(second);
  });
});

describe('the summary is kept by its months and shared by the start pages and the progress report', () => {
  const period = '2026-Q3';
  const approvedIn = (p: string) =>
    other
      .prepare(`select region_id as id from reports where period = ? and status = 'goedgekeurd' limit 1`)
      .get(p) as { id: number };

  test('computed once for the progress report, then read by the start pages; a save of another month keeps it', () => {
    dropEverything();
    const report = loadProgressReport(period);
    const start = valueReads(() => loadSummary(PUBLICATION_VIEWER, period, ids));
    expect(start.reads).toBe(0);
    expect(start.result).toEqual(report.summary);
    expect(start.result.lines.length).toBeGreaterThan(0);
    // 2026-10 (and 2027-10) is in neither the trend, a baseline nor a follow-up of 2026-Q3
    save(approvedIn('2026-10').id, '2026-10', 'measures_new', 9);
    const kept = valueReads(() => loadSummary(PUBLICATION_VIEWER, period, ids));
    expect(kept.reads).toBe(0);
    expect(kept.result).toEqual(computeSummary(PUBLICATION_VIEWER, period, ids));
  });

  test('a save of one of its months recomputes it, equal to a computation from the database', () => {
    const before = loadSummary(PUBLICATION_VIEWER, period, ids);
    const measures = (s: typeof before) => s.lines.find((l) => l.code === 'measures_rate')!.value;
    save(approvedIn('2026-08').id, '2026-08', 'measures_new', 60);
    const after = valueReads(() => loadSummary(PUBLICATION_VIEWER, period, ids));
    expect(after.reads).toBeGreaterThan(0);
    expect(measures(after.result)).toBeGreaterThan(measures(before)!);
    expect(after.result).toEqual(computeSummary(PUBLICATION_VIEWER, period, ids));
    dropEverything();
    expect(loadSummary(PUBLICATION_VIEWER, period, ids)).toEqual(after.result);
  });

  test('the reference series of several indicators read at once are those read one by one', () => {
    const periods = ['2026-Q3', '2025-Q3', '2023-Q1', '2023-Q2'];
    const codes = ['triage_on_time', 'one_plan', 'analysis_on_time'];
    const all = referenceLinesOf({ indicatorCodes: codes, periods });
    for (const code of codes)
      expect(all.get(code) ?? []).toEqual(referenceLinesFor({ indicatorCode: code, periods }));
    expect(all.get('triage_on_time')!.map((l) => l.code)).toEqual(['demo-vt-triage']);
    expect(all.get('triage_on_time')![0].values.some((v) => v !== null)).toBe(true);
    // and the summary's line of an indicator with a stored series names it as its comparison group
    const line = loadSummary(PUBLICATION_VIEWER, period, ids).lines.find((l) => l.code === 'triage_on_time');
    expect(line?.comparison).not.toBeNull();
  });

  test('the latest approved quarter: the last quarter begun by the last ended month with its three months approved in a region', () => {
    expect(latestApprovedQuarter(new Date('2026-11-10T12:00:00Z'))).toBe('2026-Q3');
    const region = approvedIn('2026-08').id;
    other
      .prepare(`update reports set status = 'ingediend' where period = '2026-08' and region_id <> ?`)
      .run(region);
    expect(latestApprovedQuarter(new Date('2026-11-10T12:00:00Z'))).toBe('2026-Q3');
    other.prepare(`update reports set status = 'ingediend' where period = '2026-08'`).run();
    expect(latestApprovedQuarter(new Date('2026-11-10T12:00:00Z'))).toBe('2026-Q2');
    // a quarter counts once it has begun by the last ended month (2026-04), not before (2026-03)
    expect(latestApprovedQuarter(new Date('2026-05-10T12:00:00Z'))).toBe('2026-Q2');
    expect(latestApprovedQuarter(new Date('2026-04-10T12:00:00Z'))).toBe('2026-Q1');
  });
});

describe("a region's outcome-rate control chart is kept by its 36 months", () => {
  const opts = { period: '2025-06', regionId: utrecht, baseline: { from: '2023-01', to: '2023-12' } };

  test('a save of another month keeps it, a save of one of its months recomputes it', () => {
    dropEverything();
    const first = loadOutcomeSpc(manager, opts)!;
    const measures = () => loadOutcomeSpc(manager, opts)!.measures_rate;
    const again = valueReads(() => loadOutcomeSpc(manager, opts));
    expect(again.reads).toBe(0);
    expect(again.result).toEqual(first);
    // 2026-08 and 2027-08 are after the chart's months (2022-07 … 2025-06)
    save(utrecht, '2026-08', 'measures_new', 5);
    expect(valueReads(() => loadOutcomeSpc(manager, opts)).reads).toBe(0);
    const february = first.measures_rate.points.find((p) => p.period === '2025-02')!;
    expect(february.value).not.toBeNull();
    save(utrecht, '2025-02', 'measures_new', 30);
    const recomputed = valueReads(() => measures());
    expect(recomputed.reads).toBeGreaterThan(0);
    const point = recomputed.result.points.find((p) => p.period === '2025-02')!;
    expect(point.value).toBeGreaterThan(february.value!);
    // the other months' points are as they were
    expect(recomputed.result.points.find((p) => p.period === '2025-01')).toEqual(
      first.measures_rate.points.find((p) => p.period === '2025-01'),
    );
    dropEverything();
    expect(measures()).toEqual(recomputed.result);
  });
});
