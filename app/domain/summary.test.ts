import { describe, expect, test } from 'vitest';
import { buildSummaryLine, type SummaryInput } from './summary';
import { summarySentence } from './summary-sentence';

const MEASURES = { nl: 'Nieuwe maatregelen', en: 'New measures' };
const SHARE = { nl: 'Afgesloten zonder maatregel', en: 'Closed without a measure' };

/** a rate per 10,000 children per year as shown: count over child-years */
const rate = (count: number, childYears: number) => ({
  numerator: count,
  denominator: childYears,
  value: (count * 10_000) / childYears,
  hidden: false,
});
const share = (x: number, n: number) => ({
  numerator: x,
  denominator: n,
  value: (x / n) * 100,
  hidden: false,
});

const line = (input: Partial<SummaryInput>) =>
  buildSummaryLine({
    code: 'measures_rate',
    kind: 'outcome',
    label: MEASURES,
    unit: 'rate',
    intervalKind: 'rate',
    now: undefined,
    baseline: undefined,
    ...input,
  });

describe('the summary sentence', () => {
  test('20 against 30 per 10,000 (each over 10,000 child-years) is within chance: −10 (−25.00 to 4.62)', () => {
    // Garwood: 20 → (12.2165, 30.8884), 30 → (20.2409, 42.8269);
    // −10 − √(7.7835² + 12.8269²) = −25.0040, −10 + √(10.8884² + 9.7591²) = 4.6217
    const l = line({ now: rate(20, 10_000), baseline: rate(30, 10_000) });
    expect(l.baseline.difference).toBeCloseTo(-10, 12);
    expect(l.baseline.interval!.lower).toBeCloseTo(-25.004, 3);
    expect(l.baseline.interval!.upper).toBeCloseTo(4.6217, 3);
    expect(l.baseline.verdict).toBe('within-chance');
    expect(summarySentence(l, 'nl')).toBe(
      'Nieuwe maatregelen: 10 per 10.000 minder dan bij de basis; binnen toevalsvariatie',
    );
    expect(summarySentence(l, 'en')).toBe(
      'New measures: 10 per 10,000 fewer than at baseline; within chance variation',
    );
  });

  test('200 against 300 per 10,000 is a fall beyond chance: the interval lies below 0', () => {
    const l = line({ now: rate(200, 10_000), baseline: rate(300, 10_000) });
    expect(l.baseline.verdict).toBe('decrease');
    expect(l.baseline.interval!.upper).toBeLessThan(0);
    expect(summarySentence(l, 'nl')).toBe(
      'Nieuwe maatregelen: 100 per 10.000 minder dan bij de basis; een daling buiten toevalsvariatie',
    );
  });

  test('a share: 56/70 against 48/80 is 20.0 points higher (5.24 to 33.39), a rise beyond chance', () => {
    const l = buildSummaryLine({
      code: 'closed_without_measure',
      kind: 'outcome',
      label: SHARE,
      unit: 'percent',
      intervalKind: 'share',
      now: share(56, 70),
      baseline: share(48, 80),
    });
    expect(l.baseline.interval!.lower).toBeCloseTo(5.2431, 3);
    expect(l.baseline.interval!.upper).toBeCloseTo(33.3873, 3);
    expect(summarySentence(l, 'nl')).toBe(
      'Afgesloten zonder maatregel: 20 procentpunt hoger dan bij de basis; een stijging buiten toevalsvariatie',
    );
  });

  test('a comparison group whose own trend explains the rise: within chance after correction', () => {
    const l = buildSummaryLine({
      code: 'closed_without_measure',
      kind: 'outcome',
      label: SHARE,
      unit: 'percent',
      intervalKind: 'share',
      now: share(56, 70),
      baseline: share(48, 80),
      reference: { label: 'CBS', source: 'CBS StatLine', now: 60, baseline: 45 },
    });
    expect(l.comparison!.change).toBe(15);
    expect(l.comparison!.corrected!.difference).toBeCloseTo(5, 12);
    expect(l.comparison!.corrected!.verdict).toBe('within-chance');
    expect(summarySentence(l, 'nl')).toBe(
      'Afgesloten zonder maatregel: 20 procentpunt hoger dan bij de basis; een stijging buiten toevalsvariatie, maar na correctie voor de trend van CBS binnen toevalsvariatie',
    );
  });

  test('a comparison group with a flat trend: the rise holds after correction', () => {
    const l = buildSummaryLine({
      code: 'closed_without_measure',
      kind: 'outcome',
      label: SHARE,
      unit: 'percent',
      intervalKind: 'share',
      now: share(56, 70),
      baseline: share(48, 80),
      reference: { label: 'CBS', source: 'CBS StatLine', now: 40, baseline: 40 },
    });
    expect(summarySentence(l, 'en')).toBe(
      'Closed without a measure: 20 percentage points higher than at baseline; a rise beyond chance variation, also after correcting for the trend of CBS',
    );
  });

  test('without a stored reference there is no comparison group and no correction', () => {
    const l = line({ now: rate(200, 10_000), baseline: rate(300, 10_000) });
    expect(l.comparison).toBeNull();
  });

  test('hidden and unknown figures compare nothing', () => {
    const hidden = line({
      now: { numerator: 'x', denominator: 5, value: null, hidden: true },
      baseline: rate(30, 10_000),
    });
    expect(hidden.baseline.difference).toBeNull();
    expect(hidden.baseline.interval).toBeNull();
    expect(hidden.baseline.verdict).toBe('not-computable');
    expect(summarySentence(hidden, 'nl')).toBe(
      'Nieuwe maatregelen: verborgen (kleine noemer); geen vergelijking met de basis',
    );
    const unknown = line({
      now: { numerator: null, denominator: null, value: null },
      baseline: rate(30, 10_000),
    });
    expect(summarySentence(unknown, 'nl')).toBe(
      'Nieuwe maatregelen: onbekend; geen vergelijking met de basis',
    );
    const noBase = line({ now: rate(20, 10_000), baseline: undefined });
    expect(summarySentence(noBase, 'nl')).toBe('Nieuwe maatregelen: de basis is onbekend; geen vergelijking');
  });

  test('the same quarter a year earlier is compared with its own interval', () => {
    const l = line({
      now: rate(20, 2_500),
      baseline: rate(100, 10_000),
      yearEarlier: { period: '2025-Q3', figure: rate(40, 2_500) },
    });
    expect(l.yearEarlier!.period).toBe('2025-Q3');
    expect(l.yearEarlier!.difference).toBeCloseTo(-80, 12);
    expect(l.yearEarlier!.verdict).toBe('decrease');
    expect(l.baseline.verdict).toBe('within-chance');
  });

  test('an indicator that is no share of counts has a difference but no interval and no claim', () => {
    const l = buildSummaryLine({
      code: 'days_to_help',
      kind: 'indicator',
      label: { nl: 'Dagen tot hulp', en: 'Days to help' },
      unit: 'days',
      intervalKind: null,
      now: { numerator: 300, denominator: 20, value: 15, hidden: false },
      baseline: { numerator: 400, denominator: 20, value: 20, hidden: false },
    });
    expect(l.baseline.difference).toBe(-5);
    expect(l.baseline.interval).toBeNull();
    expect(summarySentence(l, 'nl')).toBe(
      'Dagen tot hulp: 5 lager dan bij de basis; zonder interval (geen aandeel of tempo van aantallen), dus geen uitspraak',
    );
  });
});
