import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, reports, reportValues } from '#db/schema';
import * as listRoute from '#app/routes/_app.regios.$region.rapportages/route';
import { coordinatorEmail } from '#seeds/demo-accounts';
import { callRoute } from '#test/call-route';
import type { DemoUser } from '#test/demo-users';
import { createRegion, createUser } from '#test/factories';
import { setupTestDatabase } from '#test/db';
import { setToday } from '#test/clock';

const db = setupTestDatabase('seeded');
const ZEELAND = coordinatorEmail('zeeland');
type List = Awaited<ReturnType<typeof listRoute.loader>>;
/** The list of a region (its loader), or with a form its action. */
const list = (region: string, as: DemoUser | (string & {}), form?: Record<string, string>) =>
  callRoute<List>(listRoute, { url: `/regios/${region}/rapportages`, as, params: { region }, form });
const tableCounts = () => ({
  reports: db.select({ n: count() }).from(reports).get()!.n,
  values: db.select({ n: count() }).from(reportValues).get()!.n,
  audit: db.select({ n: count() }).from(auditLog).get()!.n,
});

describe('a region’s report list', () => {
  test('the coordinator sees the 46 reports of their own region, newest first', async () => {
    const { data } = await list('zeeland', ZEELAND);
    expect(data.reports).toHaveLength(46);
    expect(data.reports[0]).toMatchObject({ period: '2026-10', status: 'ingediend' });
    expect(data.reports[45].period).toBe('2023-01');
    expect(data.canWrite).toBe(true);
  });

  test('a coordinator who opens another region’s list gets 403', async () => {
    const res = await list('utrecht', ZEELAND);
    expect(res.status).toBe(403);
  });

  test('a coordinator who posts to another region gets 403 and nothing changes', async () => {
    const before = tableCounts();
    const res = await list('utrecht', ZEELAND, { intent: 'start', period: '2026-10' });
    expect(res.status).toBe(403);
    expect(tableCounts()).toEqual(before);
  });

  test('a reviewer may not open report lists at all', async () => {
    expect((await list('zeeland', 'reviewer')).status).toBe(403);
  });

  test('an unknown region is 404', async () => {
    expect((await list('nergens', 'manager')).status).toBe(404);
  });

  test('a new region lists its missing months, and its coordinator starts one as an empty draft', async () => {
    setToday(); // November 2026: October is the newest month to report
    const region = createRegion(db, {
      slug: 'nieuwe-regio',
      name: 'Nieuwe regio',
      reportingStart: '2026-09',
      sortOrder: 7,
    });
    createUser(db, {
      email: 'c@nieuwe-regio.nl',
      role: 'coordinator',
      regionId: region.id,
      passwordHash: 'x',
    });
    const { data } = await list('nieuwe-regio', 'c@nieuwe-regio.nl');
    expect(data.missing.map((m) => m.period)).toEqual(['2026-10', '2026-09']);
    const res = await list('nieuwe-regio', 'c@nieuwe-regio.nl', { intent: 'start', period: '2026-09' });
    expect(res.status).toBe(200);
    const started = db.select().from(reports).where(eq(reports.regionId, region.id)).all();
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ period: '2026-09', status: 'concept', version: 1 });
    expect(
      db.select({ n: count() }).from(reportValues).where(eq(reportValues.reportId, started[0].id)).get()!.n,
    ).toBe(0);
    // Twice is refused; a month outside the range too.
    const again = await list('nieuwe-regio', 'c@nieuwe-regio.nl', { intent: 'start', period: '2026-09' });
    expect(again.status).toBe(409);
    const early = await list('nieuwe-regio', 'c@nieuwe-regio.nl', { intent: 'start', period: '2026-08' });
    expect(early.status).toBe(400);
    expect(db.select({ n: count() }).from(reports).where(eq(reports.regionId, region.id)).get()!.n).toBe(1);
  });
});
