import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import * as scores from '#app/routes/api.scores/route';
import * as indicatorApi from '#app/routes/api.indicators.$indicator/route';
import { roundCount } from '#app/domain/disclosure';
import { callRoute } from '#test/call-route';
import { setupTestDatabase } from '#test/db';
import { regionsWithSmallComplaints } from '#test/raw-values';

const db = setupTestDatabase('seeded');

interface Row {
  region: string;
  months: number;
  provisional: boolean;
  indicators: Record<
    string,
    { numerator: unknown; denominator: unknown; value: number | null; hidden: boolean }
  >;
}

interface Scores {
  suppressed: boolean;
  approvedOnly: boolean;
  regions: Row[];
  total: Omit<Row, 'region' | 'months'>;
}
const region = (body: { regions: Row[] }, slug: string) => body.regions.find((r) => r.region === slug)!;

describe('who sees which figures of October 2026 (drafts exist)', () => {
  test('a coordinator sees their own draft, marked provisional, and no draft of another region', async () => {
    const { data: body } = await callRoute<Scores>(scores, {
      url: '/api/scores?period=2026-10',
      as: 'coordinatorA',
    });
    expect(region(body, 'utrecht')).toMatchObject({ months: 1, provisional: true });
    expect(region(body, 'utrecht').indicators.triage_on_time.value).not.toBeNull();
    expect(region(body, 'foodvalley')).toMatchObject({ months: 0, provisional: false });
    expect(region(body, 'foodvalley').indicators.triage_on_time.value).toBeNull();
    expect(region(body, 'amsterdam-amstelland')).toMatchObject({ months: 1, provisional: false });
  });

  test('a reviewer sees approved reports only, per whole quarter (a month is refused)', async () => {
    expect(
      (await callRoute<Scores>(scores, { url: '/api/scores?period=2026-10', as: 'reviewer' })).status,
    ).toBe(400);
    const { data: body } = await callRoute<Scores>(scores, {
      url: '/api/scores?period=2026-Q4',
      as: 'reviewer',
    });
    expect(body.suppressed).toBe(true);
    expect(body.regions.filter((r: Row) => r.months > 0).map((r: Row) => r.region)).toEqual([
      'amsterdam-amstelland',
      'rotterdam-rijnmond',
    ]);
    expect(body.total.provisional).toBe(false);
  });

  test('a manager sees every report, or approved only with the switch', async () => {
    const all = (await callRoute<Scores>(scores, { url: '/api/scores?period=2026-10', as: 'manager' })).data;
    expect(region(all, 'zeeland')).toMatchObject({ months: 1, provisional: true });
    expect(all.total.provisional).toBe(true);
    const approved = (
      await callRoute<Scores>(scores, { url: '/api/scores?period=2026-10&approved=1', as: 'manager' })
    ).data;
    expect(approved.approvedOnly).toBe(true);
    expect(region(approved, 'zeeland').months).toBe(0);
  });
});

describe('small numbers for reviewers', () => {
  test('a region with 1–4 complaints due in 2026-Q2 (found in the raw values): due rounds to 0 or 5, below 10, so the percentage and its numerator are hidden', async () => {
    const small = regionsWithSmallComplaints(db, '2026-04', '2026-06');
    expect(small.length).toBeGreaterThan(0);
    const { data: body } = await callRoute<Scores>(scores, {
      url: '/api/scores?period=2026-Q2',
      as: 'reviewer',
    });
    for (const slug of small) {
      const f = region(body, slug).indicators.complaints_on_time;
      expect(f, slug).toMatchObject({ numerator: 'x', value: null, hidden: true });
      expect([0, 5], slug).toContain(f.denominator);
    }
  });

  /** Quarter sums per region from the raw values (null when a month is unknown or missing). */
  const rawQ3 = (code: string) =>
    new Map(
      db
        .all<{ slug: string; total: number | null; known: number }>(
          sql`
          select g.slug, sum(v.value) as total, count(v.value) as known from report_values v
          join reports r on r.id = v.report_id join regions g on g.id = r.region_id
          where r.period between '2026-07' and '2026-09' and v.element_code = ${code}
          group by g.slug`,
        )
        .map((r) => [r.slug, r.known === 3 ? r.total : null]),
    );

  test('complaints on time 2026-Q3: every region and the total are made of the quarter sums rounded to 5', async () => {
    const { data: body } = await callRoute<Scores>(scores, {
      url: '/api/scores?period=2026-Q3',
      as: 'reviewer',
    });
    const num = rawQ3('complaints_on_time');
    const den = rawQ3('complaints_due');
    const known = [...num].filter(([slug, n]) => n !== null && den.get(slug) !== null);
    expect(known.some(([, n]) => n! >= 1 && n! <= 4)).toBe(true);
    for (const [slug, n] of known) {
      const rn = roundCount(n!);
      const rd = roundCount(den.get(slug)!);
      expect(region(body, slug).indicators.complaints_on_time, slug).toMatchObject(
        rd < 10
          ? { numerator: 'x', denominator: rd, value: null, hidden: true }
          : { numerator: rn, denominator: rd, hidden: false },
      );
    }
    // the total is the sum of the rounded regions (never the exact sum rounded on its own)
    const n = known.reduce((a, [, v]) => a + roundCount(v!), 0);
    const d = known.reduce((a, [slug]) => a + roundCount(den.get(slug)!), 0);
    expect(body.total.indicators.complaints_on_time).toMatchObject({ numerator: n, denominator: d });
  });

  test('a manager sees the exact figures of the same cells', async () => {
    const { data: body } = await callRoute<Scores>(scores, {
      url: '/api/scores?period=2026-Q3',
      as: 'manager',
    });
    const onTime = rawQ3('complaints_on_time').get('foodvalley')!;
    const due = rawQ3('complaints_due').get('foodvalley')!;
    expect(region(body, 'foodvalley').indicators.complaints_on_time).toMatchObject({
      numerator: onTime,
      denominator: due,
      value: Math.round((onTime / due) * 1000) / 10,
      hidden: false,
    });
    const aid = rawQ3('proceedings_with_legal_aid');
    for (const r of body.regions as Row[])
      expect(r.indicators.legal_aid.numerator, r.region).toBe(aid.get(r.region) ?? null);
  });
});

describe('indicator series API', () => {
  test('gives a series per region and the total over a range of quarters', async () => {
    const { status, data: body } = await callRoute<{ total: { period: string }[]; regions: unknown[] }>(
      indicatorApi,
      {
        url: '/api/indicators/triage_on_time?from=2026-Q1&to=2026-Q3',
        as: 'manager',
        params: { indicator: 'triage_on_time' },
      },
    );
    expect(status).toBe(200);
    expect(body.total.map((p: { period: string }) => p.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(body.regions).toHaveLength(6);
  });

  test('an unknown indicator is 404 and a mixed range 400', async () => {
    const api = (url: string, indicator: string) =>
      callRoute(indicatorApi, { url, as: 'manager', params: { indicator } });
    expect((await api('/api/indicators/nope', 'nope')).status).toBe(404);
    expect((await api('/api/indicators/caseload?from=2026-Q1&to=2026-09', 'caseload')).status).toBe(400);
  });
});
