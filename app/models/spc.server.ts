/**
 * Control charts of the indicators per month (app/domain/spc.ts) and the recalculations of their
 * limits that managers record. Monthly figures are exact figures: a viewer whose figures are
 * disclosed per whole quarter (reviewers, the publication) gets no control chart at all, because a
 * month is not disclosed to them and a chart of rounded quarters has too few points for limits
 * from a baseline (ADR 017).
 */
import { populationEntriesOf } from './population-in-scope.server';
import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { WRITE_TX } from '#db/client';
import { controlLimitRecalculations, users } from '#db/schema';
import { bucketRange } from '#app/domain/aggregation';
import { getIndicator, INDICATORS, type Indicator } from '#app/domain/indicators';
import { addMonths, type Period } from '#app/domain/periods';
import {
  computeSpc,
  recalculationsInForce,
  type SpcChartKind,
  type SpcInput,
  type SpcResult,
} from '#app/domain/spc';
import type { IndicatorFigure } from '#app/domain/scorecard';
import { getDb } from '#app/utils/db.server';
import { recordAudit } from './audit.server';
import { cachedFigures } from './figures-cache.server';
import { loadScorecards, queryRegionBuckets } from './figures.server';
import { buildOutcomes, RATE_OUTCOMES } from '#app/domain/outcomes';
import { RATE_BASE } from '#app/domain/population';
import type { Viewer } from './viewer.server';

/** How many months a control chart shows, ending with the period's last month. */
export const SPC_MONTHS = 36;

/**
 * The chart for an indicator's kind of measure: p for a share of counts, u for a count per 100 of a
 * count, XmR for the rest (days, scores, means, and ratios of hours or families to FTE, whose
 * numerators are not counts of independent events, so Poisson limits would not fit).
 */
export function spcKindOf(indicator: Indicator): { kind: SpcChartKind; scale: number } {
  const f = indicator.formula;
  if (f.kind === 'ratio' && indicator.unit === 'percent' && f.scale === 100 && f.stocks === 'level')
    return { kind: 'p', scale: 100 };
  if (f.kind === 'ratio' && indicator.unit === 'per100') return { kind: 'u', scale: f.scale };
  return { kind: 'xmr', scale: 1 };
}

function inputOf(period: string, kind: SpcChartKind, f: IndicatorFigure | undefined): SpcInput {
  if (!f || f.hidden) return { period, value: null };
  if (kind === 'xmr') return { period, value: f.value };
  const num = typeof f.numerator === 'number' ? f.numerator : null;
  const den = typeof f.denominator === 'number' ? f.denominator : null;
  return { period, numerator: f.value === null ? null : num, denominator: den };
}

export function spcMonths(period: string): Period[] {
  const to = bucketRange(period).to;
  return Array.from({ length: SPC_MONTHS }, (_, i) => addMonths(to, i - SPC_MONTHS + 1));
}

/** Every recorded (not withdrawn) recalculation of one indicator, programme and regions. */
export function listAllRecalculations(indicatorCode: string) {
  return selectRecalculations(eq(controlLimitRecalculations.indicatorCode, indicatorCode));
}

/** Recorded (not withdrawn) recalculations of one region (or the programme, null). */
export function listRecalculations(regionId: number | null) {
  return selectRecalculations(
    regionId === null
      ? isNull(controlLimitRecalculations.regionId)
      : eq(controlLimitRecalculations.regionId, regionId),
  );
}

/** The columns of a recalculation as the pages list it, with the name of who recorded it. */
const RECALCULATION_COLUMNS = {
  id: controlLimitRecalculations.id,
  indicatorCode: controlLimitRecalculations.indicatorCode,
  regionId: controlLimitRecalculations.regionId,
  fromMonth: controlLimitRecalculations.fromMonth,
  reason: controlLimitRecalculations.reason,
  createdAt: controlLimitRecalculations.createdAt,
  createdBy: users.name,
  withdrawnAt: controlLimitRecalculations.withdrawnAt,
};

function selectRecalculations(where: SQL) {
  return getDb()
    .select(RECALCULATION_COLUMNS)
    .from(controlLimitRecalculations)
    .leftJoin(users, eq(users.id, controlLimitRecalculations.createdBy))
    .where(and(where, isNull(controlLimitRecalculations.withdrawnAt)))
    .orderBy(asc(controlLimitRecalculations.fromMonth), asc(controlLimitRecalculations.id))
    .all();
}

/**
 * Every recalculation of one indicator, withdrawn ones included (the history shows both), in the
 * order they were recorded.
 */
export function listRecalculationHistory(indicatorCode: string) {
  const withdrawer = alias(users, 'withdrawer');
  return getDb()
    .select({
      ...RECALCULATION_COLUMNS,
      withdrawnBy: withdrawer.name,
      withdrawnReason: controlLimitRecalculations.withdrawnReason,
    })
    .from(controlLimitRecalculations)
    .leftJoin(users, eq(users.id, controlLimitRecalculations.createdBy))
    .leftJoin(withdrawer, eq(withdrawer.id, controlLimitRecalculations.withdrawnBy))
    .where(eq(controlLimitRecalculations.indicatorCode, indicatorCode))
    .orderBy(asc(controlLimitRecalculations.id))
    .all();
}

/**
 * Withdraws a recalculation of an indicator with a reason, audited in the same transaction: the
 * chart goes back to the limits before it; the row stays (history). 'notFound': no such
 * recalculation of this indicator; 'withdrawn': it was withdrawn already (nothing changes).
 */
export function withdrawRecalculation(v: {
  id: number;
  indicatorCode: string;
  reason: string;
  userId: number;
}): 'ok' | 'notFound' | 'withdrawn' {
  return getDb().transaction((tx) => {
    const row = tx
      .select()
      .from(controlLimitRecalculations)
      .where(
        and(
          eq(controlLimitRecalculations.id, v.id),
          eq(controlLimitRecalculations.indicatorCode, v.indicatorCode),
        ),
      )
      .get();
    if (!row) return 'notFound';
    if (row.withdrawnAt !== null) return 'withdrawn';
    tx.update(controlLimitRecalculations)
      .set({ withdrawnAt: new Date().toISOString(), withdrawnBy: v.userId, withdrawnReason: v.reason })
      .where(eq(controlLimitRecalculations.id, v.id))
      .run();
    recordAudit(
      {
        userId: v.userId,
        action: 'spc.withdraw',
        entityType: 'control_limits',
        entityId: v.id,
        detail: {
          indicatorCode: row.indicatorCode,
          regionId: row.regionId,
          fromMonth: row.fromMonth,
          reason: v.reason,
        },
      },
      tx,
    );
    return 'ok';
  }, WRITE_TX);
}

/**
 * Every indicator's control chart for one region (regionId) or the programme total (null), over
 * the SPC_MONTHS months up to the period; null for a viewer that is not shown months.
 */
export function loadSpc(
  viewer: Viewer,
  opts: {
    period: string;
    regionId: number | null;
    regionIds: readonly number[];
    baseline: { from: string; to: string } | null;
    indicators?: readonly Indicator[];
  },
): Record<string, SpcResult> | null {
  if (viewer.suppress) return null;
  const months = spcMonths(opts.period);
  const ids = opts.regionId === null ? opts.regionIds : [opts.regionId];
  const cards = loadScorecards(viewer, months, ids);
  const rows = cards.map((c) => (opts.regionId === null ? c.total : c.regions[0]));
  const recalcs = listRecalculations(opts.regionId);
  const out: Record<string, SpcResult> = {};
  for (const ind of (opts.indicators ?? INDICATORS).filter((i) => i.formula.kind !== 'register')) {
    const { kind, scale } = spcKindOf(ind);
    out[ind.code] = computeSpc(
      rows.map((r, i) => inputOf(months[i], kind, r.indicators[ind.code])),
      {
        kind,
        scale,
        direction: ind.target === null ? null : ind.direction,
        baseline: opts.baseline,
        recalculations: recalculationsInForce(recalcs.filter((r) => r.indicatorCode === ind.code)),
      },
    );
  }
  return out;
}

/** Records a recalculation from a month on, with its reason, audited in the same transaction. */
export function recordRecalculation(v: {
  indicatorCode: string;
  regionId: number | null;
  fromMonth: string;
  reason: string;
  userId: number;
}) {
  return getDb().transaction((tx) => {
    const row = tx
      .insert(controlLimitRecalculations)
      .values({
        indicatorCode: v.indicatorCode,
        regionId: v.regionId,
        fromMonth: v.fromMonth,
        reason: v.reason,
        createdBy: v.userId,
      })
      .returning({ id: controlLimitRecalculations.id })
      .get();
    recordAudit(
      {
        userId: v.userId,
        action: 'spc.recalculate',
        entityType: 'control_limits',
        entityId: row.id,
        detail: {
          indicatorCode: v.indicatorCode,
          regionId: v.regionId,
          fromMonth: v.fromMonth,
          reason: v.reason,
        },
      },
      tx,
    );
    return row.id;
  }, WRITE_TX);
}

/**
 * The outcome figures of one region per month (the rates' counts over child-years), kept at the
 * current figures version by the months they are made of: the report history and the region page
 * showed them computed from the database per view (36 months of values each time); a save of
 * another month keeps them. The limits, which also follow the recorded recalculations, are
 * computed from them per view (loadOutcomeSpc).
 */
function outcomeRatesPerMonth(viewer: Viewer, regionId: number, months: readonly Period[]) {
  const from = months[0];
  const to = months[months.length - 1];
  return cachedFigures(
    `outcome-months|${regionId}|${from}..${to}|${JSON.stringify([viewer.visibility, viewer.suppress])}`,
    () => {
      const rows = queryRegionBuckets({ viewer, from, to, grain: 'month', regionIds: [regionId] });
      const scopes = populationEntriesOf([regionId]);
      return months.map(
        (m) =>
          buildOutcomes({
            regionIds: [regionId],
            buckets: new Map(rows.filter((r) => r.bucket === m).map((r) => [r.regionId, r])),
            ranges: new Map([[regionId, { from: m, to: m }]]),
            scopes,
          }).regions[0]?.figures ?? {},
      );
    },
    { from, to },
  );
}

/**
 * The control charts of the outcome rates per 10,000 children per month for one region: a u-chart
 * of the month's new cases over its child-years (the scope in force that month), limits from the
 * region's baseline, as for the indicators; null for a viewer who is not shown months (reviewers).
 * Outcomes have no target, so the icon has no direction ("neither" where a month is special).
 */
export function loadOutcomeSpc(
  viewer: Viewer,
  opts: { period: string; regionId: number; baseline: { from: string; to: string } | null },
): Record<string, SpcResult> | null {
  if (viewer.suppress) return null;
  const months = spcMonths(opts.period);
  const perMonth = outcomeRatesPerMonth(viewer, opts.regionId, months);
  const recalcs = listRecalculations(opts.regionId);
  const out: Record<string, SpcResult> = {};
  for (const rate of RATE_OUTCOMES) {
    out[rate.code] = computeSpc(
      months.map((period, i) => {
        const f = perMonth[i][rate.code];
        const count = f && f.value !== null && typeof f.numerator === 'number' ? f.numerator : null;
        const years = f && typeof f.denominator === 'number' ? f.denominator : null;
        return { period, numerator: count, denominator: years };
      }),
      {
        kind: 'u',
        scale: RATE_BASE,
        direction: null,
        baseline: opts.baseline,
        recalculations: recalculationsInForce(recalcs.filter((r) => r.indicatorCode === rate.code)),
      },
    );
  }
  return out;
}

/**
 * The chart a region's page asks for with ?spc=code: an outcome rate per 10,000 children when it
 * names one, else the indicator it names, else the first indicator; null when the viewer is not
 * shown months (no charts).
 */
export function pickRegionSpc(
  asked: string,
  spc: Record<string, SpcResult> | null,
  outcomeSpc: Record<string, SpcResult> | null,
): { code: string; result: SpcResult } | null {
  if (outcomeSpc?.[asked]) return { code: asked, result: outcomeSpc[asked] };
  if (!spc) return null;
  const code = spc[asked] ? asked : Object.keys(spc)[0];
  return code ? { code, result: spc[code]! } : null;
}

/**
 * One control chart of a region (?spc=code, as pickRegionSpc), computing only that chart: for a
 * page that shows one chart and no variation column (the region's report history).
 */
export function loadRegionControlChart(
  viewer: Viewer,
  opts: { period: string; regionId: number; baseline: { from: string; to: string }; asked: string },
): { code: string; result: SpcResult } | null {
  if (viewer.suppress) return null;
  if (RATE_OUTCOMES.some((r) => r.code === opts.asked))
    return pickRegionSpc(opts.asked, null, loadOutcomeSpc(viewer, opts));
  const asked = getIndicator(opts.asked);
  const indicator =
    asked && asked.formula.kind !== 'register'
      ? asked
      : INDICATORS.find((i) => i.formula.kind !== 'register')!;
  const spc = loadSpc(viewer, { ...opts, regionIds: [opts.regionId], indicators: [indicator] });
  return pickRegionSpc(indicator.code, spc, null);
}
