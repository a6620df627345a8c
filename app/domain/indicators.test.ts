import { describe, expect, test } from 'vitest';
import { getElement } from './catalogue';
import { countParts, elementsOf, getIndicator, INDICATORS, indicatorsOf } from './indicators';
import { INDICATOR_TEXTS, indicatorTexts } from './indicator-texts.server';
import { PRINCIPLE_CODES } from './principles';

describe('indicator definitions', () => {
  test('every indicator is in exactly one group: a principle, the workforce or the outcomes', () => {
    const groups = [...PRINCIPLE_CODES, 'workforce', 'outcome'] as const;
    const perGroup = groups.map((g) => indicatorsOf(g).length);
    expect(perGroup.reduce((a, b) => a + b, 0)).toBe(INDICATORS.length);
    for (const p of PRINCIPLE_CODES) expect(indicatorsOf(p).length, p).toBeGreaterThan(0);
    expect(indicatorsOf('outcome').length).toBeGreaterThan(0);
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
      if (i.target === null || i.floor === null) continue;
      if (i.direction === 'higher') expect(i.target).toBeGreaterThan(i.floor);
      else expect(i.target).toBeLessThan(i.floor);
    }
  });

  test('only outcomes go without a target, and every indicator names the source of its target', () => {
    const withoutTarget = INDICATORS.filter((i) => i.target === null || i.floor === null).map((i) => i.code);
    expect(withoutTarget).toEqual([
      'handovers_per_case',
      'recurrence_after_closure',
      'recurrence_without_measure',
      'recurrence_with_measure',
      'closed_without_measure',
      'escalation_rate',
      'petitions_granted',
      'investigations_without_petition',
      'request_to_decision',
      'legal_aid_used',
    ]);
    for (const i of INDICATORS) {
      expect(INDICATOR_TEXTS[i.code]!.source.nl.length, i.code).toBeGreaterThan(20);
      expect(INDICATOR_TEXTS[i.code]!.source.en.length, i.code).toBeGreaterThan(20);
    }
  });

  test('every indicator has its explanation and source, and no texts are for another code', () => {
    expect(Object.keys(INDICATOR_TEXTS).sort()).toEqual(INDICATORS.map((i) => i.code).sort());
    for (const i of INDICATORS)
      for (const lang of ['nl', 'en'] as const)
        expect(INDICATOR_TEXTS[i.code]!.explanation[lang].length, `${i.code} ${lang}`).toBeGreaterThan(20);
    expect(Object.keys(indicatorTexts('triage_on_time', 'en'))).toEqual(['explanation', 'source']);
    expect(indicatorTexts('triage_on_time', 'en').source).toContain('Veilig Thuis protocol');
  });

  test('triage on time divides by the three triage elements, active families add local and RVT', () => {
    const triage = getIndicator('triage_on_time')!.formula;
    expect(triage.kind === 'ratio' && triage.denominator.map((t) => t.code)).toEqual([
      'triage_simple',
      'triage_complex',
      'triage_multi_complex',
    ]);
    // each caseload divides its own role's cases by its own role's FTE (issue 20)
    expect(elementsOf(getIndicator('caseload_local')!.formula)).toEqual([
      'families_active_local',
      'fte_local_team',
    ]);
    expect(elementsOf(getIndicator('caseload_rvt')!.formula)).toEqual(['families_active_rvt', 'fte_rvt']);
    expect(elementsOf(getIndicator('caseload')!.formula)).toEqual([
      'children_with_measure',
      'fte_youth_protection',
    ]);
  });

  test('only the recurrence outcomes follow a cohort, for twelve months', () => {
    expect(INDICATORS.filter((i) => i.followUpMonths).map((i) => [i.code, i.followUpMonths])).toEqual([
      ['recurrence_after_closure', 12],
      ['recurrence_without_measure', 12],
      ['recurrence_with_measure', 12],
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
