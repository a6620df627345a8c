import type { LoaderFunctionArgs } from '@remix-run/node';
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { loader as overview } from '../../app/routes/_app.overzicht/route';
import { loader as compare } from '../../app/routes/_app.vergelijken/route';
import { loader as regionPage } from '../../app/routes/_app.regios.$region._index/route';
import { loader as indicatorPage } from '../../app/routes/_app.indicatoren.$indicator/route';
import { setupTestDatabase } from '../db';
import { getRequest, sessionCookieFor, settle } from '../requests';

const db = setupTestDatabase('seeded');
const demo = (who: string) => `${who}@demo.proeftuinmonitor.nl`;
const call = async (
  run: (args: LoaderFunctionArgs) => Promise<unknown>,
  email: string,
  url: string,
  params = {},
) => {
  const cookie = await sessionCookieFor(email);
  return settle(() => run({ request: getRequest(url, cookie), params, context: {} }));
};

describe('overview', () => {
  test('opens on 2026-Q3 with the previous quarter for the change, and the status of 2026-10', async () => {
    const res = await call(overview, demo('reviewer'), '/overzicht');
    const d = res.response as Awaited<ReturnType<typeof overview>>;
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
    expect((await call(overview, demo('admin'), '/overzicht')).status).toBe(403);
    expect((await call(overview, demo('manager1'), '/overzicht?period=2026-Q9')).status).toBe(400);
  });
});

describe('compare', () => {
  test('defaults to the four quarters up to 2026-Q3 with a bar per region over the whole range', async () => {
    const res = await call(compare, demo('manager1'), '/vergelijken?what=triage_on_time');
    const d = res.response as Awaited<ReturnType<typeof compare>>;
    expect(d.result?.periods).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(d.result?.range).toBe('2025-10..2026-09');
    expect(d.result?.bars.regions).toHaveLength(6);
    expect(d.result?.target).toBe(90);
  });

  test('a range typed in quarters is converted when months are chosen', async () => {
    const res = await call(
      compare,
      demo('manager1'),
      '/vergelijken?what=simple&grain=month&from=2026-Q3&to=2026-Q3',
    );
    const d = res.response as Awaited<ReturnType<typeof compare>>;
    expect(d.result?.periods).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(d.result?.target).toBeNull();
  });

  test('an unknown indicator or a reversed range is 400', async () => {
    expect((await call(compare, demo('manager1'), '/vergelijken?what=nope')).status).toBe(400);
    expect((await call(compare, demo('manager1'), '/vergelijken?from=2026-Q3&to=2026-Q1')).status).toBe(400);
  });
});

describe('region page', () => {
  test('shows six quarters up to 2026-Q3 and the case flow of the quarter', async () => {
    const res = await call(regionPage, demo('manager1'), '/regios/zeeland', { region: 'zeeland' });
    const d = res.response as Awaited<ReturnType<typeof regionPage>>;
    expect(d.quarters).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(d.flow.map((f) => f.code)[0]).toBe('signals_new');
    expect(d.flow.every((f) => typeof f.value === 'number')).toBe(true);
    expect(d.registers.experiments.length + d.registers.bottlenecks.length).toBeGreaterThan(0);
  });

  test('the own coordinator sees the 2026-Q4 draft as provisional; another coordinator does not see it', async () => {
    const own = (
      await call(regionPage, demo('coordinator.utrecht'), '/regios/utrecht?period=2026-Q4', {
        region: 'utrecht',
      })
    ).response as Awaited<ReturnType<typeof regionPage>>;
    expect(own.cards[5]).toMatchObject({ months: 1, provisional: true });
    const other = (
      await call(regionPage, demo('coordinator.zeeland'), '/regios/utrecht?period=2026-Q4', {
        region: 'utrecht',
      })
    ).response as Awaited<ReturnType<typeof regionPage>>;
    expect(other.cards[5]).toMatchObject({ months: 0, provisional: false });
    expect(other.flow.every((f) => f.value === null)).toBe(true);
  });

  test('an unknown region is 404', async () => {
    expect((await call(regionPage, demo('manager1'), '/regios/nergens', { region: 'nergens' })).status).toBe(
      404,
    );
  });
});

describe('indicator page', () => {
  test('a reviewer sees a region’s 1–4 complaints on time in 2026-Q2 as <5 with the value hidden', async () => {
    // the regions with 1–4 complaints due and 1–4 on time in the quarter, from the raw values
    const small = db
      .all<{ slug: string }>(
        sql`
        select g.slug,
          sum(case when v.element_code = 'complaints_due' then v.value end) as due,
          sum(case when v.element_code = 'complaints_on_time' then v.value end) as on_time,
          count(case when v.element_code in ('complaints_due', 'complaints_on_time') then v.value end) as known
        from report_values v join reports r on r.id = v.report_id join regions g on g.id = r.region_id
        where r.period between '2026-04' and '2026-06'
        group by g.slug having known = 6 and due between 1 and 4 and on_time between 1 and 4`,
      )
      .map((r) => r.slug);
    expect(small.length).toBeGreaterThan(0);
    const res = await call(
      indicatorPage,
      demo('reviewer'),
      '/indicatoren/complaints_on_time?period=2026-Q2',
      {
        indicator: 'complaints_on_time',
      },
    );
    const d = res.response as Awaited<ReturnType<typeof indicatorPage>>;
    for (const slug of small)
      expect(d.rows[d.regions.findIndex((r) => r.slug === slug)], slug).toMatchObject({
        numerator: '<5',
        denominator: '<5',
        value: null,
        score: null,
        hidden: true,
      });
  });

  test('the total is the sum of the regions’ numerators over the sum of their denominators', async () => {
    const res = await call(
      indicatorPage,
      demo('manager1'),
      '/indicatoren/independent_review?period=2026-09',
      {
        indicator: 'independent_review',
      },
    );
    const d = res.response as Awaited<ReturnType<typeof indicatorPage>>;
    const num = d.rows.reduce((a, r) => a + (r.numerator as number), 0);
    const den = d.rows.reduce((a, r) => a + (r.denominator as number), 0);
    // independently from the raw values: reviewed over first petitions (filed − extensions)
    const raw = db.get<{ reviewed: number; first: number }>(sql`
      select sum(case when v.element_code = 'petitions_reviewed' then v.value end) as reviewed,
        sum(case when v.element_code = 'petitions_filed' then v.value end)
          - sum(case when v.element_code = 'petitions_extension' then v.value end) as first
      from report_values v join reports r on r.id = v.report_id where r.period = '2026-09'`)!;
    expect([num, den]).toEqual([raw.reviewed, raw.first]);
    expect(d.total).toMatchObject({ numerator: raw.reviewed, denominator: raw.first });
    expect(d.total.value).toBeCloseTo((raw.reviewed / raw.first) * 100, 10);
  });

  test('an unknown indicator is 404', async () => {
    expect(
      (await call(indicatorPage, demo('manager1'), '/indicatoren/nope', { indicator: 'nope' })).status,
    ).toBe(404);
  });
});
