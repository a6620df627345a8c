/**
 * An experiment's before/after against its region's matched comparison group from CBS figures
 * (issue 24; ADR 024): for each outcome rate the experiment names that has a CBS measure, the
 * region's change (the before/after of experiment-effect.server.ts, as its viewer sees it) beside
 * the matched group's change in the CBS rate over the whole CBS periods within the same windows.
 * The arithmetic is pure (domain/experiment-matched-group.ts); the cells come through the CBS source.
 *
 * Disclosure: the region's side is the figure its viewer is shown (a reviewer's rounded quarters),
 * the group's are CBS's public figures, so the difference and its interval give nothing away.
 */
import { CBS_MEASURES } from '#app/domain/cbs-catalogue';
import type { CbsGrain } from '#app/domain/comparison-groups';
import type { EffectWindow, SideFigure } from '#app/domain/experiment-effect';
import { matchedGroupEffect, type MatchedGroupEffect } from '#app/domain/experiment-matched-group';
import type { RateCounts } from '#app/domain/intervals';
import type { Text } from '#app/domain/lang';
import { groupsOfRegion, listOutcomeCbsMappings } from './comparison-groups.server';
import type { IndicatorEffect } from './experiment-effect.server';
import { SOURCES } from './figure-sources.server';
import { municipalityNames } from './municipality-names.server';

export interface MatchedGroupEffects {
  /** per outcome code the experiment names (only rates with a CBS measure) */
  effects: Record<string, MatchedGroupEffect & { measureLabel: Text }>;
  /** the names of the municipalities (matched group and those named as missing) */
  names: Record<string, string>;
  /**
   * Per indicator the experiment names that has no such comparison, why: `noMeasure` (the mapping
   * holds no CBS measure for it), `otherUnit` (its CBS measure is a count per 10,000 children, not
   * in the indicator's unit). Shown instead of a blank (issue 24).
   */
  withoutComparison: Record<string, 'noMeasure' | 'otherUnit'>;
}

const countsOf = (f: SideFigure | null): RateCounts | null =>
  f && f.state === 'known' ? { count: f.numerator, childYears: f.denominator } : null;

export function loadMatchedGroupEffects(
  regionId: number,
  window: EffectWindow | null,
  effects: readonly IndicatorEffect[],
): MatchedGroupEffects {
  const mappings = listOutcomeCbsMappings();
  // An indicator compares with a CBS measure only in its own unit: CBS's measures per municipality
  // are counts pooled per 10,000 children (and a share without its base), none the numerator and
  // denominator of an indicator, so the mapping holds no indicator today; the reason is shown.
  const withoutComparison: MatchedGroupEffects['withoutComparison'] = Object.fromEntries(
    effects
      .filter((e) => e.kind === 'indicator')
      .map((e) => [e.code, mappings.some((m) => m.outcomeCode === e.code) ? 'otherUnit' : 'noMeasure']),
  );
  const rates = effects.filter((e) => e.kind === 'rate');
  if (!window || rates.length === 0) return { effects: {}, names: {}, withoutComparison };
  const mapped = rates.flatMap((e) => {
    const m = mappings.find((x) => x.outcomeCode === e.code);
    return m ? [{ effect: e, measure: m.measure }] : [];
  });
  if (mapped.length === 0) return { effects: {}, names: {}, withoutComparison };
  // the group in force at the end of the comparison
  const groups = groupsOfRegion(regionId, window.after?.to ?? window.before.to);
  const matched = groups.find((g) => g.kind === 'matched');
  const changes = SOURCES.cbs.municipalityChanges();
  const codes = new Set(matched?.members ?? []);
  // the old municipalities of a merger carry the figures of the years before it
  for (const ch of changes) if (codes.has(ch.newCode)) codes.add(ch.oldCode);
  const regions = [...codes];
  const population = regions.length ? SOURCES.cbs.cells({ measure: 'population_0_17', regions }) : [];
  const out: MatchedGroupEffects['effects'] = {};
  for (const { effect, measure } of mapped) {
    const grain: CbsGrain = CBS_MEASURES[measure].grain === 'year' ? 'year' : 'half-year';
    const e = matchedGroupEffect({
      measure,
      grain,
      group: matched,
      window: { before: window.before, after: window.after },
      region: { before: countsOf(effect.effect.region.before), after: countsOf(effect.effect.region.after) },
      events: regions.length ? SOURCES.cbs.cells({ measure, regions }) : [],
      population,
      changes,
    });
    out[effect.code] = { ...e, measureLabel: CBS_MEASURES[measure].label };
  }
  return { effects: out, names: municipalityNames(), withoutComparison };
}
