import { count, eq, isNull, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { regions, reports, reportValues, users, experiments, bottlenecks } from '#db/schema';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import { evaluateHardRules } from '#app/domain/rules';
import { setupTestDatabase } from '#test/db';
import { SEED_REGIONS } from './regions';
import { DEMO_PLAN, LAST_MONTH_STATUS, regionSeries } from './seed';
import { SEED_BOTTLENECKS, SEED_EXPERIMENTS } from './registers';

const db = setupTestDatabase('seeded');

describe('demo data', () => {
  test('holds the six proeftuinen and 276 monthly reports, 46 per region', () => {
    expect(db.select({ n: count() }).from(regions).get()!.n).toBe(6);
    expect(db.select({ n: count() }).from(reports).get()!.n).toBe(276);
    const perRegion = db
      .select({
        slug: regions.slug,
        n: count(),
        first: sql<string>`min(${reports.period})`,
        last: sql<string>`max(${reports.period})`,
      })
      .from(reports)
      .innerJoin(regions, eq(regions.id, reports.regionId))
      .groupBy(regions.slug)
      .all();
    expect(perRegion).toHaveLength(6);
    for (const r of perRegion) expect(r).toMatchObject({ n: 46, first: '2023-01', last: '2026-10' });
  });

  test('has a login per role: six coordinators, two managers, a reviewer and an admin', () => {
    const rows = db.select({ role: users.role, n: count() }).from(users).groupBy(users.role).all();
    expect(Object.fromEntries(rows.map((r) => [r.role, r.n]))).toEqual({
      admin: 1,
      coordinator: 6,
      manager: 2,
      reviewer: 1,
    });
    const zeeland = db
      .select()
      .from(users)
      .where(eq(users.email, 'coordinator.zeeland@demo.proeftuinmonitor.nl'))
      .get();
    expect(zeeland?.role).toBe('coordinator');
    expect(zeeland?.passwordHash.startsWith('$argon2id$')).toBe(true);
  });

  test('every seeded report passes every hard rule of the catalogue', () => {
    const rows = db.select().from(reportValues).all();
    const byReport = new Map<number, Record<string, number | null>>();
    for (const r of rows) {
      const values = byReport.get(r.reportId) ?? {};
      values[r.elementCode] = r.value;
      byReport.set(r.reportId, values);
    }
    // 275 reports with figures (the last one of West-Brabant West is still empty), each with every element.
    expect(byReport.size).toBe(275);
    const codes = DATA_ELEMENTS.map((e) => e.code).sort();
    for (const [id, values] of byReport) {
      expect(Object.keys(values).sort(), `report ${id}`).toEqual(codes);
      expect(evaluateHardRules(values), `report ${id}`).toEqual([]);
    }
  });

  test('unknown values are stored as NULL, exactly where the generator left them unknown', () => {
    const nulls = db.select({ n: count() }).from(reportValues).where(isNull(reportValues.value)).get()!.n;
    let expected = 0;
    SEED_REGIONS.forEach((region) => {
      const series = regionSeries(region, DEMO_PLAN);
      expect(series).toHaveLength(46);
      series.forEach((values, i) => {
        if (i === 45 && LAST_MONTH_STATUS[region.slug] === 'empty') return;
        expected += Object.values(values).filter((v) => v === null).length;
      });
    });
    expect(nulls).toBe(expected);
    expect(nulls).toBeGreaterThan(0);
    // A spot check of one stored report against the generator.
    const zeeland = SEED_REGIONS.find((r) => r.slug === 'zeeland')!;
    const stored = db
      .select({ code: reportValues.elementCode, value: reportValues.value })
      .from(reportValues)
      .innerJoin(reports, eq(reports.id, reportValues.reportId))
      .innerJoin(regions, eq(regions.id, reports.regionId))
      .where(sql`${regions.slug} = 'zeeland' and ${reports.period} = '2024-03'`)
      .all();
    expect(Object.fromEntries(stored.map((s) => [s.code, s.value]))).toEqual(
      regionSeries(zeeland, DEMO_PLAN)[14],
    );
  });

  test('older months are approved; October 2026 is a mix, with one region not started', () => {
    const rows = db
      .select({ slug: regions.slug, period: reports.period, status: reports.status })
      .from(reports)
      .innerJoin(regions, eq(regions.id, reports.regionId))
      .all();
    expect(rows.filter((r) => r.period < '2026-10').every((r) => r.status === 'goedgekeurd')).toBe(true);
    const last = Object.fromEntries(
      rows.filter((r) => r.period === '2026-10').map((r) => [r.slug, r.status]),
    );
    expect(last).toEqual({
      'amsterdam-amstelland': 'goedgekeurd',
      'rotterdam-rijnmond': 'goedgekeurd',
      foodvalley: 'ingediend',
      zeeland: 'ingediend',
      utrecht: 'concept',
      'west-brabant-west': 'concept',
    });
  });

  test('each region reports for its pilot: scope and children as seeds/regions.ts states, marked as estimates', () => {
    const rows = db.$client
      .prepare(
        `select g.slug, s.effective_from, s.children, s.municipalities, s.source, g.pilot_start
         from region_scopes s join regions g on g.id = s.region_id order by g.slug, s.effective_from`,
      )
      .all() as {
      slug: string;
      effective_from: string;
      children: number;
      municipalities: string;
      source: string;
      pilot_start: string;
    }[];
    expect(rows).toHaveLength(24);
    const foodvalley = rows.filter((r) => r.slug === 'foodvalley');
    expect(foodvalley.map((r) => [r.effective_from, r.children])).toEqual([
      ['2023-01', 26600],
      ['2024-01', 26900],
      ['2025-01', 27200],
      ['2026-01', 27400],
    ]);
    expect(JSON.parse(foodvalley[0]!.municipalities)).toEqual(['Ede']);
    const zeeland = rows.find((r) => r.slug === 'zeeland')!;
    expect(JSON.parse(zeeland.municipalities)).toHaveLength(3);
    for (const r of rows) {
      expect(r.source).toMatch(/^Schatting/);
      expect(r.pilot_start).toBe('2024-01');
    }
  });

  test('the seeded experiments carry the indicators they aim to move', () => {
    const rows = db
      .select({ title: experiments.title, indicators: experiments.indicators })
      .from(experiments)
      .all();
    const byTitle = new Map(rows.map((r) => [r.title, r.indicators]));
    for (const e of SEED_EXPERIMENTS) expect(byTitle.get(e.title), e.key).toEqual(e.indicators);
    expect(rows.filter((r) => r.indicators.length > 0).length).toBe(
      SEED_EXPERIMENTS.filter((e) => e.indicators.length > 0).length,
    );
  });

  test('the registers hold every seeded experiment and bottleneck', () => {
    expect(db.select({ n: count() }).from(experiments).get()!.n).toBe(SEED_EXPERIMENTS.length);
    expect(db.select({ n: count() }).from(bottlenecks).get()!.n).toBe(SEED_BOTTLENECKS.length);
  });
});
