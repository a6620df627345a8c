/**
 * The programme total over the baseline: every region has its own baseline period (the year before
 * its pilot started, or as a manager set it), so the programme's baseline of an indicator is
 * Σ numerators / Σ denominators over each region's own baseline months, never a mean of the
 * regions' baseline values. A region whose baseline figure is unknown is left out and named; so is
 * one whose figure the viewer is not shown (small numbers): the total is then made of shown parts
 * only and tells nothing the shown cells do not.
 * Pure: no database, Remix or React.
 */
import type { Indicator } from './indicators';
import { changeAgainst } from './population';
import { computeIndicatorValue } from './scoring';
import type { ShownCount } from './disclosure';

export interface BaselinePart {
  regionId: number;
  numerator: ShownCount;
  denominator: ShownCount;
  hidden: boolean;
  /** fewer known months than the minimum coverage (baseline-coverage.ts) */
  short?: boolean;
}

export interface ProgrammeBaseline {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  excluded: { regionId: number; reason: 'unknown' | 'hidden' | 'coverage' }[];
}

export function programmeBaseline(indicator: Indicator, parts: readonly BaselinePart[]): ProgrammeBaseline {
  const used: { numerator: number; denominator: number }[] = [];
  const excluded: ProgrammeBaseline['excluded'] = [];
  for (const p of parts) {
    if (typeof p.numerator === 'number' && typeof p.denominator === 'number' && !p.hidden)
      used.push({ numerator: p.numerator, denominator: p.denominator });
    else
      excluded.push({
        regionId: p.regionId,
        reason:
          p.hidden || typeof p.numerator === 'string' || typeof p.denominator === 'string'
            ? 'hidden'
            : p.short
              ? 'coverage'
              : 'unknown',
      });
  }
  const v = computeIndicatorValue(indicator, used);
  return { value: v.value, numerator: v.numerator, denominator: v.denominator, excluded };
}

/** Now against the baseline, in the indicator's unit (percentage points for a share); unknown stays unknown. */
export function changeAgainstBaseline(now: number | null, baseline: { value: number | null }): number | null {
  return changeAgainst(now, baseline.value).difference;
}
