import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, reports, reportValues } from '../../db/schema';
import { action, loader } from '../../app/routes/_app.regios.$region.rapportages/route';
import { createRegion, createUser } from '../factories';
import { setupTestDatabase } from '../db';
import { getRequest, postRequest, sessionCookieFor, settle } from '../requests';

const db = setupTestDatabase('seeded');
const args = (request: Request, region: string) => ({ request, params: { region }, context: {} });
const tableCounts = () => ({
  reports: db.select({ n: count() }).from(reports).get()!.n,
  values: db.select({ n: count() }).from(reportValues).get()!.n,
  audit: db.select({ n: count() }).from(auditLog).get()!.n,
});

describe('a region’s report list', () => {
  test('the coordinator sees the 46 reports of their own region, newest first', async () => {
    const cookie = await sessionCookieFor('coordinator.zeeland@demo.proeftuinmonitor.nl');
    const data = await loader(args(getRequest('/regios/zeeland/rapportages', cookie), 'zeeland'));
    expect(data.reports).toHaveLength(46);
    expect(data.reports[0]).toMatchObject({ period: '2026-10', status: 'ingediend' });
    expect(data.reports[45].period).toBe('2023-01');
    expect(data.canWrite).toBe(true);
  });

  test('a coordinator who opens another region’s list gets 403', async () => {
    const cookie = await sessionCookieFor('coordinator.zeeland@demo.proeftuinmonitor.nl');
    const res = await settle(() =>
      loader(args(getRequest('/regios/utrecht/rapportages', cookie), 'utrecht')),
    );
    expect(res.status).toBe(403);
  });

  test('a coordinator who posts to another region gets 403 and nothing changes', async () => {
    const cookie = await sessionCookieFor('coordinator.zeeland@demo.proeftuinmonitor.nl');
    const before = tableCounts();
    const res = await settle(() =>
      action(
        args(
          postRequest('/regios/utrecht/rapportages', { intent: 'start', period: '2026-10' }, cookie),
          'utrecht',
        ),
      ),
    );
    expect(res.status).toBe(403);
    expect(tableCounts()).toEqual(before);
  });

  test('a reviewer may not open report lists at all', async () => {
    const cookie = await sessionCookieFor('reviewer@demo.proeftuinmonitor.nl');
    expect(
      (await settle(() => loader(args(getRequest('/regios/zeeland/rapportages', cookie), 'zeeland')))).status,
    ).toBe(403);
  });

  test('an unknown region is 404', async () => {
    const cookie = await sessionCookieFor('manager1@demo.proeftuinmonitor.nl');
    expect(
      (await settle(() => loader(args(getRequest('/regios/nergens/rapportages', cookie), 'nergens')))).status,
    ).toBe(404);
  });

  test('a new region lists its missing months, and its coordinator starts one as an empty draft', async () => {
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
    const cookie = await sessionCookieFor('c@nieuwe-regio.nl');
    const data = await loader(args(getRequest('/regios/nieuwe-regio/rapportages', cookie), 'nieuwe-regio'));
    expect(data.missing.map((m) => m.period)).toEqual(['2026-10', '2026-09']);
    const res = await settle(() =>
      action(
        args(
          postRequest('/regios/nieuwe-regio/rapportages', { intent: 'start', period: '2026-09' }, cookie),
          'nieuwe-regio',
        ),
      ),
    );
    expect(res.status).toBe(200);
    const started = db.select().from(reports).where(eq(reports.regionId, region.id)).all();
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ period: '2026-09', status: 'concept', version: 1 });
    expect(
      db.select({ n: count() }).from(reportValues).where(eq(reportValues.reportId, started[0].id)).get()!.n,
    ).toBe(0);
    // Twice is refused; a month outside the range too.
    const again = await settle(() =>
      action(
        args(
          postRequest('/regios/nieuwe-regio/rapportages', { intent: 'start', period: '2026-09' }, cookie),
          'nieuwe-regio',
        ),
      ),
    );
    expect(again.status).toBe(409);
    const early = await settle(() =>
      action(
        args(
          postRequest('/regios/nieuwe-regio/rapportages', { intent: 'start', period: '2026-08' }, cookie),
          'nieuwe-regio',
        ),
      ),
    );
    expect(early.status).toBe(400);
    expect(db.select({ n: count() }).from(reports).where(eq(reports.regionId, region.id)).get()!.n).toBe(1);
  });
});
