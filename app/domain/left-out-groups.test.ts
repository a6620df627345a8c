import { describe, expect, test } from 'vitest';
import type { MatchedLeftOut } from './baseline-coverage';
import { groupLeftOut, leftOutOf } from './left-out-groups';

const base = (regionId: number): MatchedLeftOut => ({ regionId, side: 'baseline', reason: 'coverage' });
const now = (regionId: number): MatchedLeftOut => ({ regionId, side: 'now', reason: 'unknown' });

describe('left-out regions sent once', () => {
  test('lines that leave out the same regions for the same reason share one list; each line keeps its own order', () => {
    const lines = [
      [now(6), base(7), base(8), base(9)],
      [base(7), base(8), base(9)],
      [base(7), base(8), base(9), now(12)],
      [],
      undefined,
      [base(7), base(9)],
    ];
    const { groups, refs } = groupLeftOut(lines);
    expect(groups).toEqual([
      { side: 'now', reason: 'unknown', regionIds: [6] },
      { side: 'baseline', reason: 'coverage', regionIds: [7, 8, 9] },
      { side: 'now', reason: 'unknown', regionIds: [12] },
      { side: 'baseline', reason: 'coverage', regionIds: [7, 9] },
    ]);
    expect(refs).toEqual([[0, 1], [1], [1, 2], [], [], [3]]);
    // what each line leaves out is what it left out, grouped by side and reason
    expect(leftOutOf(groups, refs[0])).toEqual([now(6), base(7), base(8), base(9)]);
    expect(leftOutOf(groups, refs[2])).toEqual(lines[2]);
    expect(leftOutOf(groups, refs[4])).toEqual([]);
    expect(leftOutOf(groups, undefined)).toEqual([]);
  });

  test('a side with two reasons is two groups, in the order they first occur', () => {
    const hidden: MatchedLeftOut = { regionId: 3, side: 'baseline', reason: 'hidden' };
    const { groups, refs } = groupLeftOut([[base(1), hidden, base(4)]]);
    expect(groups.map((g) => [g.reason, g.regionIds])).toEqual([
      ['coverage', [1, 4]],
      ['hidden', [3]],
    ]);
    expect(leftOutOf(groups, refs[0])).toEqual([base(1), base(4), hidden]);
  });
});
