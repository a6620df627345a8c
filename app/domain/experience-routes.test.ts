/**
 * The per-route table of the Ervaring block (issue 25, item 2 and 5): each client route's share
 * over the window of the group's figure, hidden below 10 answers, and hidden complementarily so that
 * no route's share can be recomputed from the group's total and the other routes.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  experienceFigures,
  routeShares,
  type ExperienceCell,
  type ExperienceRouteCell,
} from './experience-figures';
import { CLIENT_ROUTES, type ExperienceRoute } from './experience-items';

const ITEM = 'parent_heard';
const routeCell = (route: ExperienceRoute, answered: number, agreed: number): ExperienceRouteCell => ({
  regionId: 1,
  period: '2026-Q1',
  group: 'parents',
  route,
  invited: answered * 3,
  responded: answered,
  items: answered > 0 ? { [ITEM]: { answered, agreed } } : {},
});
/** The group's cell: the routes summed, as the block reads it. */
const total = (cells: readonly ExperienceRouteCell[]): ExperienceCell => ({
  regionId: 1,
  period: '2026-Q1',
  group: 'parents',
  invited: cells.reduce((s, c) => s + c.invited!, 0),
  responded: cells.reduce((s, c) => s + c.responded, 0),
  items: {
    [ITEM]: {
      answered: cells.reduce((s, c) => s + (c.items[ITEM]?.answered ?? 0), 0),
      agreed: cells.reduce((s, c) => s + (c.items[ITEM]?.agreed ?? 0), 0),
    },
  },
});
function table(counts: [number, number][], rounded = false) {
  const cells = CLIENT_ROUTES.map((r, i) => routeCell(r, ...counts[i]!));
  const figure = experienceFigures([total(cells)], [ITEM], rounded)[0]!;
  return { figure, routes: routeShares(figure, cells, CLIENT_ROUTES, rounded) };
}

describe('a share per client route', () => {
  test('every route with 10 answers or more is shown with its own Wilson interval and response rate', () => {
    const { figure, routes } = table([
      [40, 30],
      [20, 10],
      [12, 6],
    ]);
    expect(figure.current).toMatchObject({ state: 'shown', n: 72, share: 46 / 72 });
    expect(routes.map((r) => [r.route, r.share.state, r.share.n, r.share.share])).toEqual([
      ['local', 'shown', 40, 0.75],
      ['safety', 'shown', 20, 0.5],
      ['measure', 'shown', 12, 0.5],
    ]);
    expect(routes[0]!.share.low).toBeCloseTo(0.5981, 4); // Wilson 30 of 40
    expect(routes.map((r) => r.responseRate)).toEqual([40 / 120, 20 / 60, 12 / 36]);
  });

  test('one route below 10: it is hidden, and so is the shown route with the fewest answers', () => {
    const { figure, routes } = table([
      [40, 30],
      [35, 20],
      [6, 1],
    ]);
    expect(figure.current.state).toBe('shown');
    expect(routes.map((r) => [r.route, r.share.state, r.share.reason, r.complementary])).toEqual([
      ['local', 'shown', null, false],
      ['safety', 'hidden', 'protects', true],
      ['measure', 'hidden', 'small-denominator', false],
    ]);
    // the total minus the shown route is the two hidden routes together (41 answers), never one
    expect(figure.current.n! - routes[0]!.share.n!).toBe(41);
    // response rates are always shown
    expect(routes.map((r) => r.responded)).toEqual([40, 35, 6]);
  });

  test('two routes below 10 that together have fewer than 10 answers: the third is hidden too', () => {
    const { figure, routes } = table([
      [40, 30],
      [4, 2],
      [5, 5],
    ]);
    expect(figure.current.state).toBe('shown');
    expect(routes.map((r) => r.share.state)).toEqual(['hidden', 'hidden', 'hidden']);
  });

  test('a route without answers neither protects nor needs protection', () => {
    const { routes } = table([
      [40, 30],
      [0, 0],
      [20, 10],
    ]);
    expect(routes.map((r) => r.share.state)).toEqual(['shown', 'unknown', 'shown']);
  });

  test('a figure hidden as a whole shows no route', () => {
    const { figure, routes } = table([
      [5, 2],
      [0, 0],
      [3, 3],
    ]);
    expect(figure.current.state).toBe('hidden');
    expect(routes.every((r) => r.share.state !== 'shown')).toBe(true);
  });

  test('property: no route’s share can be recomputed from the total and the shown routes', () => {
    const counts = fc
      .tuple(fc.nat({ max: 60 }), fc.nat({ max: 60 }))
      .map(([a, k]) => [a, Math.min(a, k)] as [number, number]);
    fc.assert(
      fc.property(fc.tuple(counts, counts, counts), fc.boolean(), (c, rounded) => {
        const { figure, routes } = table(c, rounded);
        const hidden = routes
          .map((r, i) => ({ r, answered: c[i]![0] }))
          .filter(({ r, answered }) => answered > 0 && r.share.state !== 'shown');
        for (const { r, answered } of routes.map((r, i) => ({ r, answered: c[i]![0] })))
          if (r.share.state === 'shown') expect(answered).toBeGreaterThanOrEqual(10);
        if (figure.current.state !== 'shown') {
          expect(routes.filter((r) => r.share.state === 'shown')).toEqual([]);
          return;
        }
        // the attack: the total minus every shown route leaves the hidden routes; that must never
        // be a single route, nor fewer than 10 answers
        const remainder = figure.current.n! - routes.reduce((s, r) => s + (r.share.n ?? 0), 0);
        if (hidden.length === 0) return;
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(hidden.reduce((s, h) => s + h.answered, 0)).toBeGreaterThanOrEqual(10);
        if (!rounded) expect(remainder).toBe(hidden.reduce((s, h) => s + h.answered, 0));
      }),
      { numRuns: 500 },
    );
  });
});
