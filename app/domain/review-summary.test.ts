import { describe, expect, test } from 'vitest';
import { DATA_ELEMENTS } from './catalogue';
import { summarizeForReview } from './review-summary';

const full = (v: number) => Object.fromEntries(DATA_ELEMENTS.map((e) => [e.code, v]));

describe('the review summary of a submitted month', () => {
  test('lists the empty fields, and the largest changes against last month with last year beside them', () => {
    const values = { ...full(10), intakes: 20, signals_new: 5, fte_filled: null };
    const summary = summarizeForReview({
      values,
      previous: { ...full(10), signals_new: 10, intakes: 10, triage_simple: 0 },
      lastYear: { intakes: 8 },
      history: {},
      explanations: [],
      top: 2,
    });
    expect(summary.empty).toEqual(['fte_filled']);
    expect(summary.changes).toEqual([
      { elementCode: 'intakes', value: 20, previous: 10, lastYear: 8, change: 1 },
      { elementCode: 'signals_new', value: 5, previous: 10, lastYear: null, change: -0.5 },
    ]);
  });

  test('a warning carries the coordinator’s latest explanation; unknown last month gives no change', () => {
    const values = { fte_filled: 12, fte_budgeted: 10 };
    const input = { values, previous: {}, lastYear: {}, history: {} };
    const bare = summarizeForReview({ ...input, explanations: [] });
    expect(bare.changes).toEqual([]);
    expect(bare.empty).toHaveLength(DATA_ELEMENTS.length - 2);
    expect(bare.warnings.map((w) => [w.ruleCode, w.elementCode, w.explanation])).toEqual([
      ['fte_filled_above_budget', 'fte_filled', null],
    ]);
    const explained = summarizeForReview({
      ...input,
      explanations: [
        { ruleCode: 'fte_filled_above_budget', elementCode: 'fte_filled', body: 'eerste' },
        { ruleCode: null, elementCode: null, body: 'een gewone opmerking' },
        { ruleCode: 'fte_filled_above_budget', elementCode: 'fte_filled', body: 'tijdelijke overbezetting' },
      ],
    });
    expect(explained.warnings.map((w) => w.explanation)).toEqual(['tijdelijke overbezetting']);
  });
});
