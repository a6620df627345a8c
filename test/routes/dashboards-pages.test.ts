import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import * as overview from '#app/routes/_app.overzicht/route';
import * as compare from '#app/routes/_app.vergelijken/route';
import * as regionPage from '#app/routes/_app.regios.$region._index/route';
import * as indicatorPage from '#app/routes/_app.indicatoren.$indicator/route';
import { roundCount } from '#app/domain/disclosure';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';
import { childrenInRates } from '#test/population';
import { regionsWithSmallComplaints } from '#test/raw-values';

const db = setupTestDatabase('seeded');
type Data<M extends { loader: (...args: never[]) => unknown }> = Awaited<ReturnType<M['loader']>>;

describe('overview', () => {
  test('opens on 2026-Q3 with the previous quarter for the change, and the status of 2026-10', async () => {
    const { data: d } = await callRoute<Data<typeof overview>>(overview, {
      url: '/overzicht',
      as: 'reviewer',
    });
    expect(d.period).toBe('2026-Q3');
    expect(d.previous?.bucket).toBe('2026-Q2');
    expect(d.current?.regions).toHaveLength(6);
    expect(d.statusMonth).toBe('2026-10');
    expect(d.status.map((s) => s.status).sort()).toEqual([
      'concept',
      'concept',
      'goedgekeurd',
      'goedgekeurd',
      'ingediend',
      'ingediend',
    ]);
    expect(d.thresholds).toEqual({ smallCount: 5, smallDenominator: 10 });
  });

  test('an admin is refused and a bad period is 400', async () => {
    expect((await callRoute(overview, { url: '/overzicht', as: 'admin' })).status).toBe(403);
    expect((await callRoute(overview, { url: '/overzicht?period=2026-Q9', as: 'manager' })).status).toBe(400);
  });
});

describe('compare', () => {
  test('defaults to the four quarters up to 2026-Q3 with a bar per region over the whole range', async () => {
    const { data: d } = await callRoute<Data<typeof compare>>(compare, {
      url: '/vergelijken?what=triage_on_time',
      as: 'manager',
    });
    expect(d.result?.periods).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(d.result?.range).toBe('2025-10..2026-09');
    expect(d.result?.bars.regions).toHaveLength(6);
    expect(d.result?.target).toBe(90);
  });

  test('a range typed in quarters is converted when months are chosen', async () => {
    const { data: d } = await callRoute<Data<typeof compare>>(compare, {
      url: '/vergelijken?what=simple&grain=month&from=2026-Q3&to=2026-Q3',
      as: 'manager',
    });
    expect(d.result?.periods).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(d.result?.target).toBeNull();
  });

  test('an outcome per 10,000 children can be compared: Σ count ÷ child-years × 10,000 per region and quarter', async () => {
    const { status, data: d } = await callRoute<Data<typeof compare>>(compare, {
      url: '/vergelijken?what=measures_rate&from=2026-Q2&to=2026-Q3',
      as: 'manager',
    });
    expect(status).toBe(200);
    expect(d.result?.periods).toEqual(['2026-Q2', '2026-Q3']);
    expect(d.result?.target).toBeNull();
    const regions = db.all<{ id: number; slug: string }>(
      sql`select id, slug from regions order by sort_order, id`,
    );
    const ids = d.regions.map((r) => r.id);
    // Σ new measures over the months, or null when one of them is unknown (the demo leaves about
    // 0.4 % of values unknown): a region with an unknown month has no rate and is left out of the total.
    const measures = (slug: string, from: string, to: string, months: number) => {
      const row = db.get<{
        n: number;
        known: number;
      }>(sql`select sum(v.value) as n, count(v.value) as known from report_values v join reports r on r.id = v.report_id
        join regions g on g.id = r.region_id
        where g.slug = ${slug} and v.element_code = 'measures_new' and r.period between ${from} and ${to}`)!;
      return row.known === months ? row.n : null;
    };
    // CBS's children of the region's municipalities where CBS covers the scope, typed otherwise (issue 24)
    const children = (slug: string) => childrenInRates(db.$client, slug, 2026);
    let count = 0;
    let rounded = 0;
    let years = 0;
    let unknown = 0;
    for (const r of regions) {
      const k = ids.indexOf(r.id);
      // one quarter is 3/12 of a child-year per child in scope; the bar spans both quarters (6/12)
      const q3count = measures(r.slug, '2026-07', '2026-09', 3);
      if (q3count === null) expect(d.result!.series[k]![1], r.slug).toBeNull();
      else
        expect(d.result!.series[k]![1], r.slug).toBeCloseTo(
          (q3count * 10_000) / ((children(r.slug) * 3) / 12),
          10,
        );
      const both = measures(r.slug, '2026-04', '2026-09', 6);
      if (both === null) {
        expect(d.result!.bars.regions[k]!.value, r.slug).toBeNull();
        unknown += 1;
        continue;
      }
      expect(d.result!.bars.regions[k]!.value, r.slug).toBeCloseTo(
        (both * 10_000) / ((children(r.slug) * 6) / 12),
        10,
      );
      count += both;
      rounded +=
        roundCount(measures(r.slug, '2026-04', '2026-06', 3)!) +
        roundCount(measures(r.slug, '2026-07', '2026-09', 3)!);
      years += (children(r.slug) * 6) / 12;
    }
    // Rotterdam-Rijnmond's new measures of August 2026 are unknown in the demo: one region left out
    expect(unknown).toBe(1);
    expect(d.result!.bars.total.value).toBeCloseTo((count * 10_000) / years, 10);
    // a reviewer sees the rate of the quarter counts rounded to 5 (approved quarters, all of them here)
    const { data: r } = await callRoute<Data<typeof compare>>(compare, {
      url: '/vergelijken?what=measures_rate&from=2026-Q2&to=2026-Q3',
      as: 'reviewer',
    });
    expect(rounded % 5).toBe(0);
    expect(rounded).not.toBe(count);
    expect(r.result!.bars.total.value).toBeCloseTo((rounded * 10_000) / years, 10);
  });

  test('an unknown indicator or a reversed range is 400', async () => {
    expect((await callRoute(compare, { url: '/vergelijken?what=nope', as: 'manager' })).status).toBe(400);
    expect(
      (await callRoute(compare, { url: '/vergelijken?from=2026-Q3&to=2026-Q1', as: 'manager' })).status,
    ).toBe(400);
  });
});

describe('region page', () => {
  test('shows six quarters up to 2026-Q3 and the case flow of the quarter', async () => {
    const { data: d } = await callRoute<Data<typeof regionPage>>(regionPage, {
      url: '/regios/zeeland',
      as: 'manager',
      params: { region: 'zeeland' },
    });
    expect(d.quarters).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(d.flow.map((f) => f.code)[0]).toBe('signals_new');
    expect(d.flow.every((f) => typeof f.value === 'number')).toBe(true);
    expect(d.registers.experiments.length + d.registers.bottlenecks.length).toBeGreaterThan(0);
  });

  test('the own coordinator sees the 2026-Q4 draft as provisional; another coordinator does not see it', async () => {
    const own = (
      await callRoute<Data<typeof regionPage>>(regionPage, {
        url: '/regios/utrecht?period=2026-Q4',
        as: 'coordinatorA',
        params: { region: 'utrecht' },
      })
    ).data;
    expect(own.cards[5]).toMatchObject({ months: 1, provisional: true });
    const other = (
      await callRoute<Data<typeof regionPage>>(regionPage, {
        url: '/regios/utrecht?period=2026-Q4',
        as: 'coordinator.zeeland',
        params: { region: 'utrecht' },
      })
    ).data;
    expect(other.cards[5]).toMatchObject({ months: 0, provisional: false });
    expect(other.flow.every((f) => f.value === null)).toBe(true);
  });

  test('an unknown region is 404', async () => {
    expect(
      (await callRoute(regionPage, { url: '/regios/nergens', as: 'manager', params: { region: 'nergens' } }))
        .status,
    ).toBe(404);
  });
});

describe('indicator page', () => {
  test('a reviewer sees no value for a region’s 1–4 complaints due in 2026-Q2 (rounded below 10), nor its numerator', async () => {
    // the regions with 1–4 complaints due and 1–4 on time in the quarter, from the raw values
    const small = regionsWithSmallComplaints(db, '2026-04', '2026-06');
    expect(small.length).toBeGreaterThan(0);
    const { data: d } = await callRoute<Data<typeof indicatorPage>>(indicatorPage, {
      url: '/indicatoren/complaints_on_time?period=2026-Q2',
      as: 'reviewer',
      params: { indicator: 'complaints_on_time' },
    });
    for (const slug of small)
      expect(d.rows[d.regions.findIndex((r) => r.slug === slug)], slug).toMatchObject({
        numerator: 'x',
        value: null,
        score: null,
        hidden: true,
        state: 'hidden',
        reason: 'small-denominator',
      });
  });

  test('the total is the sum of the regions’ numerators over the sum of their denominators', async () => {
    const { data: d } = await callRoute<Data<typeof indicatorPage>>(indicatorPage, {
      url: '/indicatoren/independent_review?period=2026-09',
      as: 'manager',
      params: { indicator: 'independent_review' },
    });
    const num = d.rows.reduce((a, r) => a + (r.numerator as number), 0);
    const den = d.rows.reduce((a, r) => a + (r.denominator as number), 0);
    // independently from the raw values: reviewed over the petitions the review applies to (filed −
    // the certified institution's own, issue 20)
    const raw = db.get<{ reviewed: number; first: number }>(sql`
      select sum(case when v.element_code = 'petitions_reviewed' then v.value end) as reviewed,
        sum(case when v.element_code = 'petitions_filed' then v.value end)
          - sum(case when v.element_code = 'petitions_by_institution' then v.value end) as first
      from report_values v join reports r on r.id = v.report_id where r.period = '2026-09'`)!;
    expect([num, den]).toEqual([raw.reviewed, raw.first]);
    expect(d.total).toMatchObject({ numerator: raw.reviewed, denominator: raw.first });
    expect(d.total.value).toBeCloseTo((raw.reviewed / raw.first) * 100, 10);
  });

  test('an unknown indicator is 404', async () => {
    expect(
      (
        await callRoute(indicatorPage, {
          url: '/indicatoren/nope',
          as: 'manager',
          params: { indicator: 'nope' },
        })
      ).status,
    ).toBe(404);
  });
});
