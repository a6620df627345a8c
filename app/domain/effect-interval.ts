/**
 * The 95 % interval of an experiment's difference-in-differences (experiment-effect.ts), from the
 * pooled counts of its four parts with the intervals of app/domain/intervals.ts: Garwood's exact
 * limits for a rate per 10,000, Wilson's for a share, combined by MOVER. A figure without counts
 * (a mean of days, a number per FTE) has no interval. A share of a stock (families at month end)
 * pooled over months counts the same families each month: its counts are divided by the months
 * used, so the interval is that of an average month, not twelve times too narrow.
 * Computed only from what the viewer is shown (a reviewer's rounded cells), so its width tells
 * nothing the rounded counts do not.
 * Pure: no database, Remix or React.
 */
import { getElement } from './catalogue';
import type { Effect, EffectTarget, SideFigure } from './experiment-effect';
import { intervalKind, targetScale } from './experiment-effect';
import { differenceInDifferences, isComputable, scaleInterval, type Interval } from './intervals';

export type { Interval } from './intervals';

/** Whether a target's parts hold stocks counted once a month (their pooled counts repeat families). */
function repeatsFamilies(t: EffectTarget): boolean {
  if (t.kind !== 'indicator' || t.indicator.formula.kind !== 'ratio') return false;
  const f = t.indicator.formula;
  return (
    f.stocks === 'level' &&
    [...f.numerator, ...f.denominator].some((term) => getElement(term.code)?.aggregation === 'stock')
  );
}

export function didInterval(target: EffectTarget, effect: Effect): Interval | null {
  const kind = intervalKind(target);
  const { before, after } = effect.region;
  const pool = effect.pool.parts;
  if (!kind || effect.differenceInDifferences === null || !after || !pool.before || !pool.after) return null;
  if (before.state !== 'known' || after.state !== 'known') return null;
  const repeats = repeatsFamilies(target);
  // a stock's pooled months count the same families each month: an average month's counts
  const share = (f: SideFigure) => ({
    successes: f.numerator! / (repeats ? f.coverage.known : 1),
    n: f.denominator! / (repeats ? f.coverage.known : 1),
  });
  const poolShare = (side: 'before' | 'after') => {
    const p = repeats ? effect.pool.monthly[side]! : pool[side]!;
    return { successes: p.numerator, n: p.denominator };
  };
  const result =
    kind === 'rate'
      ? differenceInDifferences({
          kind: 'rate',
          per: targetScale(target),
          treatedAfter: { count: after.numerator, childYears: after.denominator },
          treatedBefore: { count: before.numerator, childYears: before.denominator },
          controlAfter: { count: pool.after.numerator, childYears: pool.after.denominator },
          controlBefore: { count: pool.before.numerator, childYears: pool.before.denominator },
        })
      : scaleInterval(
          differenceInDifferences({
            kind: 'share',
            treatedAfter: share(after),
            treatedBefore: share(before),
            controlAfter: poolShare('after'),
            controlBefore: poolShare('before'),
          }),
          100,
        );
  return isComputable(result) ? result : null;
}
