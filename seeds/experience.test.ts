import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { setupTestDatabase } from '#test/db';
import { LAST_QUARTER_STATE } from './experience';

const db = setupTestDatabase('seeded');

describe('the demo’s experience counts (seeds/README.md, “Experience”)', () => {
  test('every region’s response rate lies between 20 and 40 % per group', () => {
    const rows = db.all<{ slug: string; grp: string; rate: number }>(sql`
      select g.slug, c."group" as grp, 1.0 * sum(c.responded) / sum(c.invited) as rate
      from experience_counts c join experience_periods p on p.id = c.period_id join regions g on g.id = p.region_id
      group by g.slug, c."group"`);
    expect(rows).toHaveLength(24);
    for (const r of rows) expect(r.rate, `${r.slug} ${r.grp}`).toBeGreaterThanOrEqual(0.2);
    for (const r of rows) expect(r.rate, `${r.slug} ${r.grp}`).toBeLessThanOrEqual(0.4);
  });

  test('shares differ by region and move slowly: parents feeling heard, first year against second', () => {
    const rows = db.all<{ slug: string; y: number; share: number; n: number }>(sql`
      select g.slug, case when p.period < '2025-Q4' then 1 else 2 end as y,
        1.0 * sum(a.agreed) / sum(a.answered) as share, sum(a.answered) as n
      from experience_answers a join experience_counts c on c.id = a.count_id
        join experience_periods p on p.id = c.period_id join regions g on g.id = p.region_id
      where a.item = 'parent_heard' group by g.slug, y`);
    const first = rows.filter((r) => r.y === 1).map((r) => r.share);
    expect(Math.max(...first) - Math.min(...first)).toBeGreaterThan(0.05);
    // Regions with at least 200 answers a year (FoodValley's ~110 give the year ±9 points of chance)
    const large = new Set(rows.filter((r) => r.y === 1 && r.n >= 200).map((r) => r.slug));
    expect(large.size).toBeGreaterThanOrEqual(3);
    for (const slug of large) {
      const [a, b] = [1, 2].map((y) => rows.find((r) => r.slug === slug && r.y === y)!.share);
      expect(Math.abs(b! - a!), slug).toBeLessThan(0.1);
    }
  });

  test('the last quarter: Zeeland waits for approval, West-Brabant West has not delivered, the rest approved', () => {
    const rows = db.all<{ slug: string; status: string }>(sql`
      select g.slug, p.status from experience_periods p join regions g on g.id = p.region_id
      where p.period = '2026-Q3' order by g.slug`);
    expect(rows).toEqual([
      { slug: 'amsterdam-amstelland', status: 'approved' },
      { slug: 'foodvalley', status: 'approved' },
      { slug: 'rotterdam-rijnmond', status: 'approved' },
      { slug: 'utrecht', status: 'approved' },
      { slug: 'zeeland', status: 'submitted' },
    ]);
    expect(Object.keys(LAST_QUARTER_STATE).sort()).toEqual(['west-brabant-west', 'zeeland']);
  });
});
