/**
 * Page weight at national scale (issue 26): with more regions than INLINE_REGIONS the
 * overview and the progress report leave every region's experience column out of the page (and its
 * loader data); each region's figures are on its own page and the whole table behind ?ervaring=alle.
 * The demo's six regions plus four empty ones make ten, over the limit of eight.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import * as overviewModule from '#app/routes/_app.overzicht/route';
import * as progressModule from '#app/routes/_app.voortgang/route';
import type { ExperienceBlockData } from '#app/domain/experience-figures';
import { INLINE_REGIONS } from '#app/domain/page-weight';
import { leftOutOf, type LeftOutGroup } from '#app/domain/left-out-groups';
import { INDICATORS } from '#app/domain/indicators';
import { formatNumber, roundAsShown } from '#app/domain/number-format';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';
import { setToday } from '#test/clock';
import { createRegion } from '#test/factories';

const db = setupTestDatabase('seeded');
beforeEach(() => setToday('2026-12-07'));
type Page = { experience: ExperienceBlockData | null; regions: { slug: string }[] };
type Cards = {
  current: {
    regions: { groups: Record<string, Record<string, unknown>> }[];
    total: { groups: Record<string, Record<string, unknown>> };
  };
  previous: Record<string, unknown>;
};
/** the six regions' cards as the overview drew them before the four regions came */
let sixCards: Cards['current']['regions'];
type ProgressRows = {
  current: {
    regions: {
      indicators: Record<string, Record<string, unknown>>;
      groups: Record<string, Record<string, unknown>>;
    }[];
  };
  regionTrends: { regionId: number; scores: Record<string, (number | null)[]> }[];
};
/** the six regions' rows and trends as the progress report sent them before the four regions came */
let sixProgress: ProgressRows;

const bytes = (data: unknown) => Buffer.byteLength(JSON.stringify(data));

describe('the experience block at national scale', () => {
  beforeAll(async () => {
    setToday('2026-12-07');
    // six regions: every column inline, as before
    const overview = await callRoute<Page>(overviewModule, {
      url: '/overzicht?period=2026-Q3',
      as: 'manager1',
    });
    const progress = await callRoute<Page>(progressModule, {
      url: '/voortgang?period=2026-Q3',
      as: 'manager1',
    });
    expect(overview.data.regions).toHaveLength(6);
    expect(overview.data.experience!.groups[0]!.regions).toHaveLength(6);
    expect(progress.data.experience!.groups[0]!.regions).toHaveLength(6);
    sixCards = (overview.data as unknown as Cards).current.regions;
    sixProgress = progress.data as unknown as ProgressRows;
    for (let i = 1; i <= 4; i++) createRegion(db, { slug: `jeugdregio-${i}`, sortOrder: 100 + i });
  });

  test('over the limit, the overview and the progress report carry no experience columns: smaller loader data', async () => {
    const overview = await callRoute<Page>(overviewModule, {
      url: '/overzicht?period=2026-Q3',
      as: 'manager1',
    });
    const progress = await callRoute<Page>(progressModule, {
      url: '/voortgang?period=2026-Q3',
      as: 'manager1',
    });
    expect(overview.data.regions.length).toBeGreaterThan(INLINE_REGIONS);
    expect(overview.data.experience).toBeNull();
    expect(progress.data.experience).toBeNull();
    // the experience columns were the largest part of both (six regions with counts; 42 at national scale)
    const all = async (module: typeof overviewModule | typeof progressModule, url: string) =>
      bytes((await callRoute<Page>(module, { url: `${url}&ervaring=alle`, as: 'manager1' })).data);
    expect(bytes(overview.data)).toBeLessThan(0.7 * (await all(overviewModule, '/overzicht?period=2026-Q3')));
    expect(bytes(progress.data)).toBeLessThan(
      0.85 * (await all(progressModule, '/voortgang?period=2026-Q3')),
    );
  });

  test('?ervaring=alle shows every region’s column, as the page did before, for both roles', async () => {
    for (const as of ['manager1', 'reviewer'] as const) {
      const overview = await callRoute<Page>(overviewModule, {
        url: '/overzicht?period=2026-Q3&ervaring=alle',
        as,
      });
      expect(overview.data.experience!.groups.map((g) => g.group)).toEqual([
        'parents',
        'youth',
        'prof_local',
        'prof_safety',
      ]);
      // the six regions with counts (the four new ones have none)
      expect(overview.data.experience!.groups[0]!.regions).toHaveLength(6);
    }
    const progress = await callRoute<Page>(progressModule, {
      url: '/voortgang?period=2026-Q3&ervaring=alle',
      as: 'manager1',
    });
    expect(progress.data.experience!.rounded).toBe(true);
    expect(progress.data.experience!.groups[0]!.regions).toHaveLength(6);
  });

  test('over the limit, each region’s outcome row holds the table’s cells only; the period before only its scores', async () => {
    type Overview = {
      outcomes: { regions: { regionId: number; lines: Record<string, unknown>[] }[] };
    } & Cards;
    const { data } = await callRoute<Overview>(overviewModule, {
      url: '/overzicht?period=2026-Q3&uitkomsten=alle',
      as: 'manager1',
    });
    expect(data.outcomes.regions).toHaveLength(10);
    for (const r of data.outcomes.regions)
      for (const l of r.lines) expect(Object.keys(l).sort()).toEqual(['code', 'hidden', 'unit', 'value']);
    // of the period before only its name: each score's change is in its row
    expect(data.previous).toEqual({ bucket: '2026-Q2' });
    // each region's row of the table: the four principles' scores in whole points, sufficient, the change
    expect(data.current.regions).toHaveLength(10);
    for (const r of data.current.regions) {
      expect(Object.keys(r.groups)).toEqual(['simple', 'family', 'legal', 'learning']);
      for (const g of Object.values(r.groups)) {
        expect(Object.keys(g).sort()).toEqual(['change', 'score', 'sufficient']);
        if (g.score !== null) expect(Number.isInteger(g.score)).toBe(true);
      }
    }
    // the same scores and changes as the six regions' cards (unrounded there): the page writes the same
    sixCards.forEach((six, k) => {
      for (const p of ['simple', 'family', 'legal', 'learning']) {
        const whole = six.groups[p]!;
        const shown = data.current.regions[k]!.groups[p]!;
        expect(shown.score).toBe(whole.score === null ? null : Math.round(whole.score as number));
        expect(shown.sufficient).toBe(whole.sufficient);
        expect(shown.change).toBe(whole.change);
      }
    });
    expect(sixCards.some((r) => !Number.isInteger(r.groups.simple!.score))).toBe(true);
    // the programme total's card is whole, workforce included
    expect(Object.keys(data.current.total.groups)).toEqual([
      'simple',
      'family',
      'legal',
      'learning',
      'workforce',
    ]);
    expect(data.current.total.groups.simple).toHaveProperty('coverage');
  });

  test('over the limit, the progress report’s region rows hold what its tables show; the total and the trend are whole', async () => {
    type Row = { indicators: Record<string, Record<string, unknown>>; groups: Record<string, unknown> };
    type Progress = { current: { regions: Row[]; total: Row }; totals: Record<string, unknown>[] };
    const { data } = await callRoute<Progress>(progressModule, {
      url: '/voortgang?period=2026-Q3',
      as: 'manager1',
    });
    expect(data.current.regions).toHaveLength(10);
    const utrecht = data.current.regions[3]!;
    // of each region only the workforce indicators (its table); the principles' indicator tables
    // show the total, each region's values are on the indicator's page
    expect(Object.keys(utrecht.indicators).sort()).toEqual(
      INDICATORS.filter((i) => i.group === 'workforce')
        .map((i) => i.code)
        .sort(),
    );
    expect(utrecht.indicators).not.toHaveProperty('days_to_help');
    // of the four principles the score as written, sufficient and coverage (no workforce score: its
    // table shows values); of each workforce indicator its value as written and, only where they say
    // something, hidden, why unknown and the interval: the same text as the whole rows
    const units = new Map(INDICATORS.map((i) => [i.code, i.unit]));
    const digits = (code: string) => (units.get(code) === 'per100' ? 2 : 1);
    const rows = data.current.regions as unknown as ProgressRows['current']['regions'];
    sixProgress.current.regions.forEach((whole, k) => {
      const row = rows[k]!;
      expect(Object.keys(row.groups)).toEqual(['simple', 'family', 'legal', 'learning']);
      for (const [p, g] of Object.entries(row.groups)) {
        const w = whole.groups[p]!;
        expect(g).toEqual({
          score: w.score === null ? null : Math.round(w.score as number),
          sufficient: w.sufficient,
          coverage: w.coverage,
          ...(w.hiddenIndicators ? { hiddenIndicators: w.hiddenIndicators } : {}),
        });
      }
      for (const [code, f] of Object.entries(row.indicators)) {
        const w = whole.indicators[code]!;
        expect(f).toEqual({
          value: w.value === null ? null : roundAsShown(w.value as number, digits(code)),
          ...(w.hidden ? { hidden: true } : {}),
          ...(w.reason ? { reason: w.reason } : {}),
          ...(w.interval ? { interval: w.interval } : {}),
        });
        if (w.value !== null)
          expect(formatNumber(f.value as number, 'nl', digits(code))).toBe(
            formatNumber(w.value as number, 'nl', digits(code)),
          );
      }
    });
    // the six regions' rows had long values and no hidden ones: the test compares something
    expect(
      sixProgress.current.regions.some((r) =>
        Object.values(r.indicators).some((f) => f.value !== null && !Number.isInteger(f.value)),
      ),
    ).toBe(true);
    // each region's trend in whole points, as its table writes them
    const trends = (data as unknown as ProgressRows).regionTrends;
    expect(trends).toHaveLength(10);
    sixProgress.regionTrends.forEach((whole, k) => {
      expect(trends[k]!.regionId).toBe(whole.regionId);
      for (const p of ['simple', 'family', 'legal', 'learning'])
        expect(trends[k]!.scores[p]).toEqual(
          whole.scores[p]!.map((v) => (v === null ? null : Math.round(v))),
        );
    });
    expect(
      sixProgress.regionTrends.some((r) => r.scores.simple!.some((v) => v !== null && !Number.isInteger(v))),
    ).toBe(true);
    expect(data.current.total.indicators.days_to_help).toHaveProperty('numerator');
    expect(data.totals).toHaveLength(4);
    for (const t of data.totals) expect(Object.keys(t).sort()).toEqual(['bucket', 'groups', 'provisional']);
  });

  test('over the limit, the overview and the progress report leave the table of regions’ outcomes behind ?uitkomsten=alle and links to each region', async () => {
    type Overview = {
      outcomes: {
        regions: unknown[];
        regionCount: number;
        total: { lines: unknown[] };
        references: { rows: { regionId: number | null }[] };
      };
    };
    const page = await callRoute<Overview>(overviewModule, {
      url: '/overzicht?period=2026-Q3',
      as: 'manager1',
    });
    expect(page.data.outcomes.regions).toEqual([]);
    expect(page.data.outcomes.regionCount).toBe(10);
    expect(page.data.outcomes.total.lines.length).toBeGreaterThan(0);
    // the CBS references of the total only: the one row a programme page shows
    for (const r of page.data.outcomes.references.rows) expect(r.regionId).toBeNull();
    const all = await callRoute<Overview>(overviewModule, {
      url: '/overzicht?period=2026-Q3&uitkomsten=alle',
      as: 'reviewer',
    });
    expect(all.data.outcomes.regions).toHaveLength(10);
    expect(all.data.outcomes.regionCount).toBe(10);
    // the progress report likewise
    const progress = await callRoute<Overview>(progressModule, {
      url: '/voortgang?period=2026-Q3',
      as: 'manager1',
    });
    expect(progress.data.outcomes.regions).toEqual([]);
    expect(progress.data.outcomes.regionCount).toBe(10);
    const progressAll = await callRoute<Overview>(progressModule, {
      url: '/voortgang?period=2026-Q3&uitkomsten=alle',
      as: 'manager1',
    });
    expect(progressAll.data.outcomes.regions).toHaveLength(10);
  });

  test('over the limit, the overview’s variation table holds the indicators with special cause variation; the whole table behind ?variatie=alle', async () => {
    type Variation = { code: string; latest: { variation: string } | null };
    type Overview = { variation: Variation[] | null; variationCount: number; variationWhole: boolean };
    const page = await callRoute<Overview>(overviewModule, {
      url: '/overzicht?period=2026-Q3',
      as: 'manager1',
    });
    const whole = await callRoute<Overview>(overviewModule, {
      url: '/overzicht?period=2026-Q3&variatie=alle',
      as: 'manager1',
    });
    expect(whole.data.variationWhole).toBe(true);
    expect(whole.data.variation).toHaveLength(whole.data.variationCount);
    const special = whole.data.variation!.filter((v) => v.latest !== null && v.latest.variation !== 'common');
    expect(page.data.variationWhole).toBe(false);
    expect(page.data.variationCount).toBe(whole.data.variationCount);
    expect(page.data.variation).toEqual(special);
    // something moved: the demo's months give common cause variation on some indicators
    expect(page.data.variation!.length).toBeLessThan(page.data.variationCount);
    // reviewers have no months, so no variation, whole or not
    const reviewer = await callRoute<Overview>(overviewModule, {
      url: '/overzicht?period=2026-Q3',
      as: 'reviewer',
    });
    expect(reviewer.data.variation).toBeNull();
  });

  test('over the limit, each list of left-out regions is sent once: the summary’s and the outcomes total’s lines name their lists', async () => {
    type Line = { code: string; leftOut: number[] } & Record<string, unknown>;
    type Group = LeftOutGroup;
    type Progress = {
      summary: { lines: Line[]; leftOutGroups: Group[]; regionNames: Record<number, string> };
      outcomes: { total: { lines: Line[] }; leftOutGroups: Group[] };
    };
    const { data } = await callRoute<Progress>(progressModule, {
      url: '/voortgang?period=2026-Q3',
      as: 'manager1',
    });
    const overview = await callRoute<Pick<Progress, 'outcomes'>>(overviewModule, {
      url: '/overzicht?period=2026-Q3',
      as: 'manager1',
    });
    // [page part, lines, lists sent, regions in them, regions the lines leave out (what they carried)]
    for (const [what, lines, groups, lists, sent, leftOut] of [
      ['summary', data.summary.lines, data.summary.leftOutGroups, 7, 25, 120],
      ['progress outcomes', data.outcomes.total.lines, data.outcomes.leftOutGroups, 4, 12, 40],
      [
        'overview outcomes',
        overview.data.outcomes.total.lines,
        overview.data.outcomes.leftOutGroups,
        2,
        9,
        37,
      ],
    ] as const) {
      // no line carries its regions; every list is named by a line and no two lists are equal
      for (const l of lines) expect(l, what).not.toHaveProperty('baselineLeftOut');
      expect(lines.filter((l) => l.leftOut.length > 0).length, what).toBe(lines.length);
      const named = new Set(lines.flatMap((l) => l.leftOut));
      expect(
        [...named].sort((a, b) => a - b),
        what,
      ).toEqual(groups.map((_, k) => k));
      expect(new Set(groups.map((g) => JSON.stringify(g))).size, what).toBe(groups.length);
      // the names of the summary's regions come with it (the start pages have no list of regions)
      if (what === 'summary')
        expect(Object.keys(data.summary.regionNames)).toHaveLength(
          new Set(groups.flatMap((g) => g.regionIds)).size,
        );
      expect(groups, what).toHaveLength(lists);
      expect(
        groups.reduce((n, g) => n + g.regionIds.length, 0),
        what,
      ).toBe(sent);
      expect(
        lines.reduce((n, l) => n + leftOutOf(groups, l.leftOut).length, 0),
        what,
      ).toBe(leftOut);
    }
  });
});
