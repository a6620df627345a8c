import { describe, expect, test } from 'vitest';
import { getElement } from './catalogue';
import { countParts, elementsOf, getIndicator, INDICATORS, indicatorsOf } from './indicators';
import { PRINCIPLE_CODES } from './principles';

describe('indicator definitions', () => {
  test('every principle has six or four indicators and workforce four, 26 in all', () => {
    expect(INDICATORS).toHaveLength(26);
    expect(PRINCIPLE_CODES.map((p) => indicatorsOf(p).length)).toEqual([4, 6, 6, 6]);
    expect(indicatorsOf('workforce')).toHaveLength(4);
  });

  test('codes are unique and every formula reads only catalogue elements', () => {
    expect(new Set(INDICATORS.map((i) => i.code)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS)
      for (const code of elementsOf(i.formula)) expect(getElement(code)).toBeDefined();
  });

  test('a weighted formula names the weight the catalogue gives its element', () => {
    for (const i of INDICATORS) {
      if (i.formula.kind !== 'weighted') continue;
      expect(getElement(i.formula.element)?.weight).toBe(i.formula.weight);
    }
  });

  test('target and floor differ and lie on the side the direction says', () => {
    for (const i of INDICATORS) {
      if (i.direction === 'higher') expect(i.target).toBeGreaterThan(i.floor);
      else expect(i.target).toBeLessThan(i.floor);
    }
  });

  test('triage on time divides by the three triage elements, active families add local and RVT', () => {
    const triage = getIndicator('triage_on_time')!.formula;
    expect(triage.kind === 'ratio' && triage.denominator.map((t) => t.code)).toEqual([
      'triage_simple',
      'triage_complex',
      'triage_multi_complex',
    ]);
    expect(elementsOf(getIndicator('caseload')!.formula)).toEqual([
      'families_active_local',
      'families_active_rvt',
      'fte_filled',
    ]);
  });

  test('counts are told apart from FTE and weighted sums for suppression', () => {
    expect(countParts(getIndicator('caseload')!)).toEqual({ numerator: true, denominator: false });
    expect(countParts(getIndicator('days_to_help')!)).toEqual({ numerator: false, denominator: true });
    // register counts are experiments, not families: never suppressed
    expect(countParts(getIndicator('experiments_evaluated')!)).toEqual({
      numerator: false,
      denominator: false,
    });
  });
});
