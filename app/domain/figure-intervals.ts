/**
 * Which interval a shown figure gets, computed from the figure as its viewer sees it: for a
 * reviewer (and the publication) from the rounded counts that the disclosure decision made, so an
 * interval's width depends on nothing but shown numbers and never reveals a hidden count. A hidden
 * or unknown figure has no interval; neither has a figure that is no count of people (days, FTE,
 * a mean, a ratio of stocks to flows).
 *
 * - a share of counts (unit percent, × 100; a part of its whole): Wilson, in percentage points;
 * - a rate per 10,000 children per year (the outcomes): Garwood's exact Poisson interval of the
 *   count over the child-years.
 */
import type { ShownCount } from './disclosure';
import { getElement } from './catalogue';
import type { Indicator } from './indicators';
import {
  isComputable,
  poissonRate,
  proportionDifference,
  rateDifference,
  scaleInterval,
  wilson,
  type IntervalMethod,
  type IntervalResult,
} from './intervals';
import { RATE_BASE } from './population';

/** An interval as pages, JSON and CSV carry it: limits in the figure's own unit. */
export interface FigureInterval {
  lower: number;
  upper: number;
  method: IntervalMethod;
}

/** The part of a figure an interval needs, as its viewer sees it. */
export interface ShownParts {
  numerator: ShownCount;
  denominator: ShownCount;
  value: number | null;
  hidden?: boolean;
}

const num = (c: ShownCount | undefined): number | null => (typeof c === 'number' ? c : null);

function toFigure(i: IntervalResult | null): FigureInterval | null {
  return i && isComputable(i) ? { lower: i.lower, upper: i.upper, method: i.method } : null;
}

/**
 * Whether an indicator is a share of counts a binomial interval fits: a ratio × 100 whose parts are
 * counts of people and whose stocks are levels (a stock summed over months counts a family once a
 * month, so it is no number of trials), or a register count × 100.
 */
export function hasShareInterval(ind: Indicator): boolean {
  const f = ind.formula;
  if (ind.unit !== 'percent') return false;
  if (f.kind === 'register') return f.scale === 100;
  if (f.kind !== 'ratio' || f.scale !== 100) return false;
  const terms = [...f.numerator, ...f.denominator];
  if (!terms.every((t) => getElement(t.code)?.unit === 'count')) return false;
  if (f.stocks === 'months' && terms.some((t) => getElement(t.code)?.aggregation === 'stock')) return false;
  return true;
}

/** A share's Wilson interval in percentage points, from the shown numerator and denominator. */
export function shareInterval(parts: ShownParts): FigureInterval | null {
  if (parts.hidden || parts.value === null) return null;
  return toFigure(scaleInterval(wilson(num(parts.numerator), num(parts.denominator)), 100));
}

/** A rate's exact interval per 10,000 children per year: the shown count over the child-years. */
export function rateInterval(parts: ShownParts): FigureInterval | null {
  if (parts.hidden || parts.value === null) return null;
  return toFigure(poissonRate(num(parts.numerator), num(parts.denominator), RATE_BASE));
}

/** An indicator figure's interval, or null (not a share of counts, hidden or unknown). */
export function indicatorInterval(ind: Indicator, parts: ShownParts): FigureInterval | null {
  return hasShareInterval(ind) ? shareInterval(parts) : null;
}

/**
 * The interval of a change between two shown figures of one kind (now − then): for rates per
 * 10,000 the MOVER difference of two Poisson rates, for shares Newcombe's in percentage points.
 */
export function changeInterval(
  unit: 'rate' | 'percent',
  now: ShownParts | undefined,
  then: ShownParts | undefined,
): IntervalResult | null {
  if (!now || !then || now.hidden || then.hidden || now.value === null || then.value === null) return null;
  if (unit === 'rate')
    return rateDifference(
      { count: num(now.numerator), childYears: num(now.denominator) },
      { count: num(then.numerator), childYears: num(then.denominator) },
      RATE_BASE,
    );
  return scaleInterval(
    proportionDifference(
      { successes: num(now.numerator), n: num(now.denominator) },
      { successes: num(then.numerator), n: num(then.denominator) },
    ),
    100,
  );
}

export { toFigure as figureInterval };
