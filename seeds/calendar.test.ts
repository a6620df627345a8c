/**
 * The demo follows the calendar: made on a day, its newest month is last month and every date of
 * the seed files keeps its distance to it (./calendar.ts). Anchored at May 2027 (seven months after
 * the October 2026 the seed files are written for) it has the same shape, moved.
 */
import { asc, count, eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  bottlenecks,
  experiments,
  referenceSeries,
  referenceValues,
  regions,
  regionScopes,
  reports,
} from '#db/schema';
import { setupTestDatabase } from '#test/db';
import {
  DEMO_ANCHOR,
  demoAnchorFor,
  lastCompleteQuarter,
  shiftDate,
  shiftQuarter,
  shiftText,
} from './calendar';
import { SEED_REFERENCES } from './references';
import { SEED_BOTTLENECKS, SEED_EXPERIMENTS } from './registers';
import { DEMO_PLAN, demoPlan, LAST_MONTH_STATUS, regionSeries, seedDemoData } from './seed';

describe('the demo calendar', () => {
  test("the newest month is the month before today's, over a year's end and on a leap day", () => {
    expect(demoAnchorFor(new Date('2026-12-07T09:00:00Z'))).toBe('2026-11');
    expect(demoAnchorFor(new Date('2027-01-01T00:30:00Z'))).toBe('2026-12');
    expect(demoAnchorFor(new Date('2027-03-31T23:00:00Z'))).toBe('2027-02');
    expect(demoAnchorFor(new Date('2028-02-29T08:00:00Z'))).toBe('2028-01');
  });

  test('a date moves by whole months: a day past the new month’s end is its last day, a month’s end stays one', () => {
    expect(shiftDate('2024-01-15', 7)).toBe('2024-08-15');
    expect(shiftDate('2023-01-31', 1)).toBe('2023-02-28');
    expect(shiftDate('2024-06-30', 1)).toBe('2024-07-31');
    expect(shiftDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(shiftDate('2024-02-29', 48)).toBe('2028-02-29');
    expect(shiftDate('2026-10-15', -2)).toBe('2026-08-15');
    expect(shiftDate('2026-10-15', 0)).toBe('2026-10-15');
  });

  test('quarters move by whole quarters so the newest complete quarter stays the newest', () => {
    expect(lastCompleteQuarter('2026-10')).toBe('2026-Q3');
    expect(lastCompleteQuarter('2026-11')).toBe('2026-Q3');
    expect(lastCompleteQuarter('2026-12')).toBe('2026-Q4');
    expect(lastCompleteQuarter('2027-01')).toBe('2026-Q4');
    expect(shiftQuarter('2026-Q3', '2026-10')).toBe('2026-Q3');
    expect(shiftQuarter('2026-Q3', '2027-05')).toBe('2027-Q1');
    expect(shiftQuarter('2025-Q1', '2027-05')).toBe('2025-Q3');
    expect(shiftQuarter('2026-Q3', '2028-01')).toBe('2027-Q4');
  });

  test('the dates a register text names move; a law’s year and national facts stay', () => {
    expect(shiftText('Het format is per 1 juli 2024 opgenomen.', 7)).toBe(
      'Het format is per 1 februari 2025 opgenomen.',
    );
    expect(shiftText('Sinds oktober 2024 werken alle negen gemeenten', 3)).toBe(
      'Sinds januari 2025 werken alle negen gemeenten',
    );
    expect(shiftText('per 1 januari 2025 is het knelpunt vervallen', -1)).toBe(
      'per 1 december 2024 is het knelpunt vervallen',
    );
    expect(shiftText('is vanaf 2025 de vaste werkwijze; zaken die in 2024 en 2025 zijn afgesloten', 7)).toBe(
      'is vanaf 2026 de vaste werkwijze; zaken die in 2025 en 2026 zijn afgesloten',
    );
    const facts =
      'De Wmo 2015 en de beleidsreactie van 2024; de landelijke pilot van 2023; art. 4.1.1 Wmo 2015';
    expect(shiftText(facts, 7)).toBe(facts);
    expect(shiftText('per 1 juli 2024', 0)).toBe('per 1 juli 2024');
  });
});

describe('the demo anchored at May 2027', () => {
  const db = setupTestDatabase('empty');
  const months = 7;
  const fastHash = async (password: string) => `plain:${password}`;

  test('holds six regions of 46 reports each, 2023-08 … 2027-05, with the same mix of states in the newest month', async () => {
    await seedDemoData(db, fastHash, { lastPeriod: '2027-05' });
    const perRegion = db
      .select({
        slug: regions.slug,
        pilotStart: regions.pilotStart,
        n: count(),
        first: sql<string>`min(${reports.period})`,
        last: sql<string>`max(${reports.period})`,
      })
      .from(reports)
      .innerJoin(regions, eq(regions.id, reports.regionId))
      .groupBy(regions.slug)
      .all();
    expect(perRegion).toHaveLength(6);
    for (const r of perRegion)
      expect(r).toMatchObject({ n: 46, first: '2023-08', last: '2027-05', pilotStart: '2024-08' });
    const newest = db
      .select({
        slug: regions.slug,
        status: reports.status,
        values: sql<number>`(SELECT count(*) FROM report_values v WHERE v.report_id = ${reports.id})`,
      })
      .from(reports)
      .innerJoin(regions, eq(regions.id, reports.regionId))
      .where(eq(reports.period, '2027-05'))
      .all();
    expect(Object.fromEntries(newest.map((r) => [r.slug, r.values === 0 ? 'empty' : r.status]))).toEqual(
      LAST_MONTH_STATUS,
    );
    // Reports arrive in the month after their own, as in the anchored demo.
    const latest = db
      .select({ at: sql<string>`max(${reports.submittedAt})` })
      .from(reports)
      .get()!;
    expect(latest.at.slice(0, 7)).toBe('2027-06');
  });

  test('every experiment and bottleneck date is seven months later than the seed files write it', () => {
    const exp = db.select().from(experiments).orderBy(asc(experiments.id)).all();
    expect(exp).toHaveLength(SEED_EXPERIMENTS.length);
    exp.forEach((row, i) => {
      const seeded = SEED_EXPERIMENTS[i]!;
      expect(row.title).toBe(seeded.title);
      expect(row.startDate).toBe(seeded.startDate && shiftDate(seeded.startDate, months));
      expect(row.endDate).toBe(seeded.endDate && shiftDate(seeded.endDate, months));
      expect(row.status).toBe(seeded.status);
    });
    const juli = SEED_EXPERIMENTS.findIndex((e) => e.lessons?.includes('per 1 juli 2024'));
    expect(exp[juli]!.lessons).toContain('per 1 februari 2025');
    // The first experiment of Amsterdam-Amstelland started on 1 March 2023: now 1 October 2023.
    expect(exp[0]!.startDate).toBe('2023-10-01');
    const bn = db.select().from(bottlenecks).orderBy(asc(bottlenecks.id)).all();
    expect(bn).toHaveLength(SEED_BOTTLENECKS.length);
    bn.forEach((row, i) => {
      const seeded = SEED_BOTTLENECKS[i]!;
      expect(row.identifiedDate).toBe(shiftDate(seeded.identifiedDate, months));
      expect(row.resolvedDate).toBe(seeded.resolvedDate && shiftDate(seeded.resolvedDate, months));
    });
  });

  test('scopes, reference quarters and retrieval dates move with it', () => {
    const froms = db
      .selectDistinct({ from: regionScopes.effectiveFrom })
      .from(regionScopes)
      .orderBy(asc(regionScopes.effectiveFrom))
      .all()
      .map((r) => r.from);
    expect(froms).toEqual(['2023-08', '2024-08', '2025-08', '2026-08']);
    const series = db.select().from(referenceSeries).all();
    expect(series.map((s) => s.retrievedOn)).toEqual(SEED_REFERENCES.map(() => '2027-05-15'));
    const quarters = db
      .selectDistinct({ period: referenceValues.period })
      .from(referenceValues)
      .orderBy(asc(referenceValues.period))
      .all()
      .map((r) => r.period);
    // Seven quarters ending in the newest complete one (2027-Q1 when May 2027 is the newest month).
    expect(quarters).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
  });
});

describe('the figures of a moved demo', () => {
  test('a whole year later they are the same, month for month', () => {
    const later = demoPlan('2027-10');
    for (const region of DEMO_PLAN.regions) {
      const moved = later.regions.find((r) => r.slug === region.slug)!;
      expect(regionSeries(moved, later)).toEqual(regionSeries(region, DEMO_PLAN));
    }
  });

  test('the seasons follow the calendar month each figure lands in', () => {
    // Seven months later, the demo's old July and August fall in February and March: the quiet
    // months are July and August of the moved calendar, as the generator's seasonal factor says.
    const plan = demoPlan('2027-05');
    const sum = Array.from({ length: 12 }, () => 0);
    const n = Array.from({ length: 12 }, () => 0);
    for (const region of plan.regions)
      regionSeries(region, plan).forEach((v, i) => {
        const month = ((7 + i) % 12) + 1; // index 0 is August 2023
        sum[month - 1] += v.signals_new ?? 0;
        n[month - 1] += 1;
      });
    const mean = sum.map((s, m) => s / n[m]!);
    const others = mean.filter((_, m) => ![6, 7, 11].includes(m));
    const usual = others.reduce((a, b) => a + b, 0) / others.length;
    for (const m of [6, 7, 11]) expect(mean[m]!, `month ${m + 1}`).toBeLessThan(usual * 0.95);
    // February and March (the old July and August) are not quiet.
    for (const m of [1, 2]) expect(mean[m]!, `month ${m + 1}`).toBeGreaterThan(usual * 0.95);
  });

  test('the anchored demo is the plan the seed files write, unmoved', () => {
    expect(DEMO_PLAN).toMatchObject({ firstPeriod: '2023-01', lastPeriod: DEMO_ANCHOR, shift: 0 });
    expect(DEMO_PLAN.experiments).toEqual(SEED_EXPERIMENTS);
    expect(DEMO_PLAN.bottlenecks).toEqual(SEED_BOTTLENECKS);
  });
});
