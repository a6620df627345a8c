/**
 * The catalogue's relations between base cells stay within what rounding to 5 protects (#22): an
 * identity of at most four rounded count cells cannot pin one (docs/security.md, "Small numbers"),
 * five or more can. A new rule, sum or balance of five or more counts fails here until its
 * disclosure is reviewed and recorded in `REVIEWED_IDENTITIES` (app/domain/disclosure.ts).
 */
import { describe, expect, test } from 'vitest';
import { DERIVED_ELEMENTS, getElement } from './catalogue';
import { MAX_SAFE_IDENTITY_CELLS, REVIEWED_IDENTITIES, roundCount } from './disclosure';
import { HARD_RULES, PART_WHOLE_RELATIONS, SOFT_RULES } from './rules';

interface Relation {
  code: string;
  elements: readonly string[];
}

const isCount = (code: string) => getElement(code)?.unit === 'count';

/** The relations of more count cells than rounding protects that nobody reviewed, with the reason. */
function unreviewed(relations: readonly Relation[], reviewed: Readonly<Record<string, string>>): string[] {
  return relations.flatMap((r) => {
    const cells = new Set(r.elements.filter(isCount));
    if (cells.size <= MAX_SAFE_IDENTITY_CELLS || reviewed[r.code]) return [];
    return [
      `${r.code} relates ${cells.size} count cells (${[...cells].join(', ')}): more than ${MAX_SAFE_IDENTITY_CELLS}, ` +
        'so a rounded publication could pin one (a residual that is a multiple of 5 can equal 2·k ' +
        'half-widths once k ≥ 5). Review its disclosure (docs/security.md, "Small numbers"), hide ' +
        'where the interval collapses, and record why it is safe in REVIEWED_IDENTITIES (app/domain/disclosure.ts).',
    ];
  });
}

/** Rules checked on each element alone (a value is finite, ≥ 0, whole, in range): no relation. */
const PER_CELL = new Set(['finite_number', 'non_negative', 'whole_number', 'score_range', 'max_value']);

const RULES: Relation[] = [
  ...[...HARD_RULES, ...SOFT_RULES]
    .filter((r) => !PER_CELL.has(r.code))
    .map((r) => ({ code: r.code, elements: r.elements })),
  ...PART_WHOLE_RELATIONS.map((r) => ({
    code: `part_le_whole:${r.code ?? r.part}`,
    elements: [r.part, ...r.whole, ...(r.minus ?? [])],
  })),
];

describe('the catalogue holds no identity that rounding to 5 cannot protect', () => {
  test('every rule between elements relates at most four count cells, or its disclosure is reviewed', () => {
    expect(RULES.length).toBeGreaterThan(40);
    // the rules left out are per cell: a bad value of one element flags that element alone
    const perCell = HARD_RULES.filter((r) => PER_CELL.has(r.code));
    expect(perCell).toHaveLength(PER_CELL.size);
    for (const r of perCell) {
      const flagged = r.elements.flatMap((e) =>
        [Infinity, -1, 0.5, 1e30].flatMap((bad) => r.check({ [e]: bad }).map((v) => [e, v.elementCode])),
      );
      expect(flagged.length, r.code).toBeGreaterThan(0);
      expect(
        flagged.filter(([e, at]) => e !== at),
        r.code,
      ).toEqual([]);
    }
    expect(unreviewed(RULES, REVIEWED_IDENTITIES)).toEqual([]);
    // the largest today: triage on time ≤ the three triage counts, and triage ≤ signals (4 each)
    expect(Math.max(...RULES.map((r) => r.elements.filter(isCount).length))).toBe(4);
  });

  test('a derived element is one other count cell, which rounds alike', () => {
    for (const d of DERIVED_ELEMENTS) {
      const source = getElement(d.derivedFrom!.element);
      expect(source?.unit, d.code).toBe(d.unit);
      expect(source?.aggregation, d.code).toBe(d.aggregation);
      expect(d.derivedFrom!.lagMonths % 3, `${d.code}: a whole number of quarters`).toBe(0);
    }
  });

  test('the check fails on a new balance of five counts, with its reason, until it is reviewed', () => {
    const balance: Relation = {
      code: 'families_balance',
      elements: ['families_active_local', 'intakes', 'families_closed', 'escalated_to_rvt', 'rvt_closed'],
    };
    expect(balance.elements.every(isCount)).toBe(true);
    const failures = unreviewed([...RULES, balance], REVIEWED_IDENTITIES);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^families_balance relates 5 count cells .*REVIEWED_IDENTITIES/);
    expect(unreviewed([balance], { families_balance: 'hidden where its interval collapses' })).toEqual([]);
  });

  test('why four is the limit: a whole of four parts can be pinned by rounding, a whole of three cannot', () => {
    // parts rounded to 0 (true 0…2) and their whole rounded to r (true r − 2 … r + 2): the true tuples
    const fits = (parts: number, r: number) => {
      let tuples: number[][] = [[]];
      for (let i = 0; i < parts; i++) tuples = tuples.flatMap((t) => [0, 1, 2].map((v) => [...t, v]));
      return tuples
        .map((t) => [...t, t.reduce((a, b) => a + b, 0)])
        .filter((t) => roundCount(t[parts]) === r);
    };
    // five cells (four parts and their whole, 10): only 2, 2, 2, 2 and 8
    expect(fits(4, 10)).toEqual([[2, 2, 2, 2, 8]]);
    // four cells (three parts and their whole): every rounded whole leaves several datasets
    expect([0, 5].map((r) => fits(3, r).length)).toEqual([10, 17]);
  });
});
