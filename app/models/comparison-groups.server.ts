/**
 * Comparison groups from CBS figures (issue 24 items 3–4, ADR 021): the outcome–CBS mapping, each
 * region's matched group (chosen by a manager, audited, with history) and the reference of each
 * outcome for the outcomes block. The CBS cells, municipalities and redivisions come through the
 * CBS source (sources/cbs.server.ts); the arithmetic is pure (domain/comparison-groups.ts).
 *
 * Disclosure: CBS figures are public; the pilot's side of a difference is the figure its viewer
 * sees (a reviewer's rounded counts over published child-years), so no interval gives a hidden
 * count away.
 */
import { desc, eq } from 'drizzle-orm';
import { comparisonGroupChoices, users } from '#db/schema';
import { WRITE_TX } from '#db/client';
import { CBS_MEASURES, CBS_TABLES, isCbsMeasure, type CbsMeasure } from '#app/domain/cbs-catalogue';
import {
  cbsPeriodsCovering,
  groupRate,
  NATIONAL_CODE,
  outcomeReference,
  regionGroups,
  suggestMatchedGroup,
  type CbsGrain,
  type GroupMembers,
  type OutcomeReference,
} from '#app/domain/comparison-groups';
import type { Text } from '#app/domain/lang';
import type { ShownOutcome } from '#app/domain/outcome-lines';
import { bucketRange } from '#app/domain/aggregation';
import type { Period } from '#app/domain/periods';
import { getDb } from '#app/utils/db.server';
import { recordAudit } from './audit.server';
import { cbsSource } from './sources/cbs.server';
import { comparisonGroupsSource } from './sources/comparison-groups.server';

export interface OutcomeCbsMapping {
  outcomeCode: string;
  measure: CbsMeasure;
  gap: Text;
}

/** Which outcome compares with which CBS measure, with the definitional gap (rows of migration 0015). */
export function listOutcomeCbsMappings(): OutcomeCbsMapping[] {
  return comparisonGroupsSource
    .mappings()
    .flatMap((r) =>
      isCbsMeasure(r.cbsMeasure)
        ? [{ outcomeCode: r.outcomeCode, measure: r.cbsMeasure, gap: { nl: r.gapNl, en: r.gapEn } }]
        : [],
    )
    .sort((a, b) => a.outcomeCode.localeCompare(b.outcomeCode));
}

export interface MatchedGroupChoice {
  id: number;
  municipalities: string[];
  reason: string;
  chosenBy: string | null;
  chosenAt: string;
}

/** A region's matched group choices, newest first (the first is in force). */
export function listMatchedGroupChoices(regionId: number): MatchedGroupChoice[] {
  return getDb()
    .select({
      id: comparisonGroupChoices.id,
      municipalities: comparisonGroupChoices.municipalities,
      reason: comparisonGroupChoices.reason,
      chosenBy: users.name,
      chosenAt: comparisonGroupChoices.chosenAt,
    })
    .from(comparisonGroupChoices)
    .leftJoin(users, eq(users.id, comparisonGroupChoices.chosenBy))
    .where(eq(comparisonGroupChoices.regionId, regionId))
    .orderBy(desc(comparisonGroupChoices.id))
    .all();
}

export function matchedGroupOf(regionId: number): string[] | null {
  return comparisonGroupsSource.matchedGroup(regionId);
}

export type ChooseResult = { ok: true } | { ok: false; unknown: string[]; inScope: string[] };

/**
 * Stores a region's matched group (an empty list clears it), audited in the same transaction.
 * Refuses codes that are no present-day municipality and municipalities of the pilot's own scope.
 */
export function chooseMatchedGroup(input: {
  regionId: number;
  municipalities: readonly string[];
  reason: string;
  userId: number;
  month: Period;
}): ChooseResult {
  const codes = [...new Set(input.municipalities)].sort();
  const existing = new Set(cbsSource.municipalitiesOf({}).map((m) => m.code));
  const scope = new Set(cbsSource.regionMunicipalities(input.regionId, input.month).map((m) => m.code));
  const unknown = codes.filter((c) => !existing.has(c));
  const inScope = codes.filter((c) => scope.has(c));
  if (unknown.length || inScope.length) return { ok: false, unknown, inScope };
  getDb().transaction((tx) => {
    tx.insert(comparisonGroupChoices)
      .values({
        regionId: input.regionId,
        municipalities: codes,
        reason: input.reason,
        chosenBy: input.userId,
        chosenAt: new Date().toISOString(),
      })
      .run();
    recordAudit(
      {
        userId: input.userId,
        action: 'region.comparison_group',
        entityType: 'region',
        entityId: input.regionId,
        detail: { municipalities: codes, reason: input.reason },
      },
      tx,
    );
  }, WRITE_TX);
  return { ok: true };
}

/** The municipalities a manager can choose from, with size (children 0–17) and urbanity, and a suggestion. */
export function matchedGroupOptions(regionId: number, month: Period) {
  const all = cbsSource.municipalitiesOf({});
  const scope = cbsSource.regionMunicipalities(regionId, month);
  const year = Number(month.slice(0, 4));
  // the newest year with population figures up to the month's year
  const cells = cbsSource.cells({
    measure: 'population_0_17',
    regions: all.map((m) => m.code),
    periods: [year, year - 1, year - 2].map((y) => `${y}JJ00`),
  });
  const children = new Map<string, number>();
  for (const c of [...cells].sort((a, b) => a.period.localeCompare(b.period)))
    if (c.value !== null) children.set(c.region, c.value);
  const profiles = all.map((m) => ({
    code: m.code,
    name: m.name,
    children: children.get(m.code) ?? null,
    urbanity: m.urbanity,
    youthCareRegion: m.youthCareRegion,
  }));
  const scopeCodes = new Set(scope.map((s) => s.code));
  const pilot = profiles.filter((p) => scopeCodes.has(p.code));
  const regionsOfScope = new Set(pilot.flatMap((p) => (p.youthCareRegion ? [p.youthCareRegion] : [])));
  return {
    scope,
    candidates: profiles.filter((p) => !scopeCodes.has(p.code)),
    // outside the pilot's own youth-care region: that rest is group (b) already
    suggestion: suggestMatchedGroup(
      pilot,
      profiles.filter((p) => !p.youthCareRegion || !regionsOfScope.has(p.youthCareRegion)),
    ),
  };
}

/** The four groups of a region in a month. */
export function groupsOfRegion(regionId: number, month: Period): GroupMembers[] {
  const scope = cbsSource.regionMunicipalities(regionId, month);
  const all = cbsSource.municipalitiesOf({});
  const own = new Set(scope.map((s) => s.code));
  const youthCare = [...new Set(all.filter((m) => own.has(m.code)).map((m) => m.youthCareRegion))];
  const region =
    youthCare.length === 1 && youthCare[0] !== null
      ? all.filter((m) => m.youthCareRegion === youthCare[0]).map((m) => m.code)
      : null;
  return regionGroups({ scope, youthCareRegion: region, matched: matchedGroupOf(regionId) });
}

/** The app's name of a CBS period as CBS codes it ('2023-H1' → '2023HJ01', '2023' → '2023JJ00'). */
function toCbsCode(period: string): string {
  return period.length === 4 ? `${period}JJ00` : `${period.slice(0, 4)}HJ0${period.slice(-1)}`;
}

const countOf = (v: ShownOutcome['numerator'] | undefined) => (typeof v === 'number' ? v : null);

export interface ReferenceRow {
  /** null: the programme total (compared with the Netherlands) */
  regionId: number | null;
  current: Readonly<Record<string, ShownOutcome>>;
  baseline: Readonly<Record<string, ShownOutcome>> | null;
  baselineRange: { from: Period; to: Period } | null;
  /** per outcome a baseline of its own span (one from CBS's pre-pilot years), over `baselineRange` otherwise */
  baselineRangeOf?: Readonly<Record<string, { from: Period; to: Period }>>;
}

export interface OutcomeReferences {
  /** per mapped outcome its CBS measure and definitional gap */
  mappings: { code: string; measure: CbsMeasure; gap: Text; label: Text }[];
  /** per row (regionId, null for the total) and outcome code */
  rows: { regionId: number | null; references: OutcomeReference[] }[];
}

/**
 * The CBS reference of every mapped outcome for the rows of the outcomes block at a period
 * ('YYYY-Qn', 'YYYY' or 'YYYY-MM'): one read of the cells of every municipality and period involved.
 */
export function loadOutcomeReferences(period: string, rows: readonly ReferenceRow[]): OutcomeReferences {
  const mappings = listOutcomeCbsMappings();
  if (mappings.length === 0 || rows.length === 0) return { mappings: [], rows: [] };
  const range = bucketRange(period);
  const groups = new Map(
    rows.map((r) => [
      r.regionId,
      r.regionId === null
        ? ([{ kind: 'national', members: [NATIONAL_CODE], reason: null }] as GroupMembers[])
        : groupsOfRegion(r.regionId, range.to),
    ]),
  );
  const codes = new Set<string>([NATIONAL_CODE]);
  for (const g of groups.values()) for (const m of g) for (const c of m.members ?? []) codes.add(c);
  const changes = cbsSource.municipalityChanges();
  // the old municipalities of a merger carry the figures of the years before it
  for (const ch of changes) if (codes.has(ch.newCode)) codes.add(ch.oldCode);
  const regions = [...codes];
  const population = cbsSource.cells({ measure: 'population_0_17', regions });
  const byMeasure = new Map(
    [...new Set(mappings.map((m) => m.measure))].map((measure) => [
      measure,
      cbsSource.cells({ measure, regions }),
    ]),
  );
  const grainOf = (measure: CbsMeasure): CbsGrain =>
    CBS_MEASURES[measure].grain === 'year' ? 'year' : 'half-year';
  return {
    mappings: mappings.map((m) => ({
      code: m.outcomeCode,
      measure: m.measure,
      gap: m.gap,
      label: CBS_MEASURES[m.measure].label,
    })),
    rows: rows.map((row) => ({
      regionId: row.regionId,
      references: mappings.map((m) => {
        const now = row.current[m.outcomeCode];
        const base = row.baseline?.[m.outcomeCode];
        return outcomeReference({
          code: m.outcomeCode,
          measure: m.measure,
          grain: grainOf(m.measure),
          groups: groups.get(row.regionId) ?? [],
          period: range,
          baseline: row.baselineRangeOf?.[m.outcomeCode] ?? row.baselineRange,
          pilot: {
            current: { count: countOf(now?.numerator), childYears: countOf(now?.denominator) },
            baseline: base ? { count: countOf(base.numerator), childYears: countOf(base.denominator) } : null,
          },
          events: byMeasure.get(m.measure) ?? [],
          population,
          changes,
        });
      }),
    })),
  };
}

/** The CBS period codes of a range at a grain (for the compare page's reference line). */
export function cbsCodesCovering(from: Period, to: Period, grain: CbsGrain): string[] {
  return cbsPeriodsCovering(from, to, grain).map(toCbsCode);
}

/**
 * The compare page's CBS reference line of a rate outcome (issue 24): the Netherlands' rate per
 * 10,000 in the CBS period that holds each bucket's last month, in the shape of a typed reference
 * series (illustrative: false). Empty when the outcome has no CBS measure or no figure at all.
 */
export function cbsReferenceLines(code: string, buckets: readonly string[]) {
  const mapping = listOutcomeCbsMappings().find((m) => m.outcomeCode === code);
  if (!mapping || buckets.length === 0) return [];
  const def = CBS_MEASURES[mapping.measure];
  const grain: CbsGrain = def.grain === 'year' ? 'year' : 'half-year';
  const regions = [NATIONAL_CODE];
  const events = cbsSource.cells({ measure: mapping.measure, regions });
  const population = cbsSource.cells({ measure: 'population_0_17', regions });
  const values = buckets.map((b) => {
    const { to } = bucketRange(b);
    return groupRate({
      members: regions,
      periods: cbsPeriodsCovering(to, to, grain),
      events,
      population,
      changes: [],
    }).value;
  });
  if (values.every((v) => v === null)) return [];
  const table = CBS_TABLES[def.table];
  return [
    {
      code: `cbs-${mapping.measure}-${NATIONAL_CODE}`,
      label: `${table.title}, ${NATIONAL_CODE}`,
      source: 'CBS StatLine',
      sourceTable: table.id,
      retrievedOn: comparisonGroupsSource.tableRetrieved(table.id),
      illustrative: false,
      values,
    },
  ];
}
