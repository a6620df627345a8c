import { count, eq, isNull, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { regions, reports, reportValues, users, experiments, bottlenecks } from '../db/schema';
import { DATA_ELEMENTS } from '../app/domain/catalogue';
import { evaluateHardRules } from '../app/domain/rules';
import { setupTestDatabase } from '../test/db';
import { generateMonthValues } from './generate';
import { SEED_REGIONS } from './regions';
import { LAST_MONTH_STATUS } from './seed';
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
      for (let i = 0; i < 46; i++) {
        if (i === 45 && LAST_MONTH_STATUS[region.slug] === 'empty') continue;
        const month = (i % 12) + 1;
        const values = generateMonthValues(region, { monthIndex: i, totalMonths: 46, calendarMonth: month });
        expected += Object.values(values).filter((v) => v === null).length;
      }
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
      generateMonthValues(zeeland, { monthIndex: 14, totalMonths: 46, calendarMonth: 3 }),
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

  test('figures have a realistic size: FTE 10–60, sick leave 5–9 %, caseload 8–20 families per FTE', () => {
    const rows = db
      .select({ code: reportValues.elementCode, value: reportValues.value, reportId: reportValues.reportId })
      .from(reportValues)
      .all();
    const byReport = new Map<number, Record<string, number | null>>();
    for (const r of rows) byReport.set(r.reportId, { ...byReport.get(r.reportId), [r.code]: r.value });
    for (const v of byReport.values()) {
      if (v.fte_budgeted != null) expect(v.fte_budgeted).toBeGreaterThanOrEqual(10);
      if (v.fte_budgeted != null) expect(v.fte_budgeted).toBeLessThanOrEqual(60);
      if (v.sick_days != null && v.available_days != null) {
        const rate = v.sick_days / v.available_days;
        expect(rate).toBeGreaterThanOrEqual(0.05);
        expect(rate).toBeLessThanOrEqual(0.09);
      }
      if (v.families_active_local != null && v.families_active_rvt != null && v.fte_filled != null) {
        const caseload = (v.families_active_local + v.families_active_rvt) / v.fte_filled;
        expect(caseload).toBeGreaterThanOrEqual(8);
        expect(caseload).toBeLessThanOrEqual(20);
      }
    }
  });

  test('the registers hold every seeded experiment and bottleneck', () => {
    expect(db.select({ n: count() }).from(experiments).get()!.n).toBe(SEED_EXPERIMENTS.length);
    expect(db.select({ n: count() }).from(bottlenecks).get()!.n).toBe(SEED_BOTTLENECKS.length);
  });
});
