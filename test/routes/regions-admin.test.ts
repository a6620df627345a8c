import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, regions, regionScopes } from '#db/schema';
import * as listRoute from '#app/routes/_app.beheer_.regios/route';
import * as editRoute from '#app/routes/_app.beheer_.regios_.$region/route';
import * as baselineRoute from '#app/routes/_app.regios.$region.basisperiode/route';
import { listRegions } from '#app/models/regions.server';
import { callRoute } from '#test/call-route';
import { tableChecksums } from '#test/checksums';
import { DEMO_USERS, type DemoUser } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';
import { sessionCookieFor } from '#test/requests';

const db = setupTestDatabase('seeded');
/** One session per user for the file: a post after the checksums must not sign in again. */
const cookies: Partial<Record<DemoUser, string>> = {};
type Reply = { result: { error?: Record<string, string[]> } };

const NEW_REGION = {
  slug: 'noord-holland-noord',
  name: 'Noord-Holland Noord',
  planName: 'Samen Veilig Noord',
  colour: '#7a3e9d',
  reportingStart: '2026-11',
  pilotStart: '2027-01',
  effectiveFrom: '2026-11',
  children: '31200',
  municipalities: 'Den Helder\nSchagen\r\nHollands Kroon\n',
  source: 'CBS StatLine 03759ned',
};

async function post(
  module: object,
  url: string,
  form: Record<string, string>,
  who: DemoUser = 'admin',
  params = {},
) {
  const cookie = (cookies[who] ??= await sessionCookieFor(DEMO_USERS[who]));
  return callRoute<Reply>(module, { url, form, params, cookie });
}
type EditPage = Awaited<ReturnType<typeof editRoute.loader>>;
const editPage = async (region: string) =>
  (await callRoute<EditPage>(editRoute, { url: `/beheer/regios/${region}`, as: 'admin', params: { region } }))
    .data;
type BaselinePage = Awaited<ReturnType<typeof baselineRoute.loader>>;
const baselinePage = async (region: string) =>
  (
    await callRoute<BaselinePage>(baselineRoute, {
      url: `/regios/${region}/basisperiode`,
      as: 'manager',
      params: { region },
    })
  ).data;

describe('regions as managed data', () => {
  test('the admin adds a seventh region with its scope; it is active, last in the order, and audited', async () => {
    const r = await post(listRoute, '/beheer/regios', NEW_REGION);
    expect(r.status).toBe(200);
    const region = db.select().from(regions).where(eq(regions.slug, NEW_REGION.slug)).get()!;
    expect(region).toMatchObject({
      name: 'Noord-Holland Noord',
      colour: '#7A3E9D',
      active: true,
      sortOrder: 7,
    });
    expect(listRegions().map((x) => x.slug)).toHaveLength(7);
    expect(listRegions()[6]).toMatchObject({ slug: NEW_REGION.slug, colour: '#7A3E9D' });
    const scopes = db.select().from(regionScopes).where(eq(regionScopes.regionId, region.id)).all();
    expect(scopes).toHaveLength(1);
    expect(scopes[0]).toMatchObject({
      effectiveFrom: '2026-11',
      children: 31200,
      municipalities: ['Den Helder', 'Schagen', 'Hollands Kroon'],
    });
    const { data: list } = await callRoute<Awaited<ReturnType<typeof listRoute.loader>>>(listRoute, {
      url: '/beheer/regios',
      as: 'admin',
    });
    expect(list.rows.find((x) => x.slug === NEW_REGION.slug)).toMatchObject({
      baseline: { from: '2026-01', to: '2026-12', custom: false },
      municipalities: 3,
    });
    expect(
      db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'region.create')).get()!.n,
    ).toBe(1);
  });

  test('a taken code is refused with 409, a light colour and a bad month with 400; nothing changes', async () => {
    await post(listRoute, '/beheer/regios', {}); // signs in first: a session is not a change
    const before = tableChecksums(db.$client);
    const taken = await post(listRoute, '/beheer/regios', { ...NEW_REGION, slug: 'utrecht' });
    expect(taken.status).toBe(409);
    expect(taken.data.result.error?.slug).toEqual(['Deze code is al in gebruik door een andere regio.']);
    const bad = await post(listRoute, '/beheer/regios', {
      ...NEW_REGION,
      slug: 'andere-regio',
      colour: '#F0E442',
      children: '0',
      reportingStart: '2026-13',
      municipalities: '',
    });
    expect(bad.status).toBe(400);
    const errors = bad.data.result.error!;
    expect(errors.colour).toEqual(['Deze kleur heeft 1,3:1 contrast met wit; nodig is minstens 3:1.']);
    expect(errors.children).toEqual(['Vul een geheel aantal kinderen in van 1 tot 10.000.000.']);
    expect(errors.reportingStart).toEqual([
      'Vul bij ‘Rapporteert vanaf (maand)’ een maand in als JJJJ-MM, bijvoorbeeld 2027-01.',
    ]);
    expect(errors.municipalities).toHaveLength(1);
    expect(tableChecksums(db.$client)).toEqual(before);
  });

  test('a mid-year change of population is a new row; the earlier stays as history', async () => {
    const r = await post(
      editRoute,
      `/beheer/regios/${NEW_REGION.slug}`,
      {
        intent: 'scope',
        effectiveFrom: '2027-07',
        children: '33000',
        municipalities: 'Den Helder\nSchagen\nHollands Kroon\nTexel',
      },
      'admin',
      { region: NEW_REGION.slug },
    );
    expect(r.status).toBe(200);
    const page = await editPage(NEW_REGION.slug);
    expect(page.scopes.map((s) => [s.effectiveFrom, s.children, s.municipalities.length])).toEqual([
      ['2027-07', 33000, 4],
      ['2026-11', 31200, 3],
    ]);
  });

  test('editing records old and new value of each changed field', async () => {
    const r = await post(
      editRoute,
      `/beheer/regios/${NEW_REGION.slug}`,
      { intent: 'update', ...NEW_REGION, colour: '#0072B2', name: 'NHN' },
      'admin',
      { region: NEW_REGION.slug },
    );
    expect(r.status).toBe(200);
    const page = await editPage(NEW_REGION.slug);
    // "active" unticked in this post: the region is switched off too
    expect(page.history[0].changes).toEqual([
      ['name', 'Noord-Holland Noord', 'NHN'],
      ['colour', '#7A3E9D', '#0072B2'],
      ['active', 'true', 'false'],
    ]);
    expect(listRegions().map((x) => x.slug)).not.toContain(NEW_REGION.slug);
  });
});

describe('baseline', () => {
  test('defaults to the twelve months before the pilot; a manager sets it with a reason, kept in the history', async () => {
    const params = { region: 'zeeland' };
    const before = await baselinePage('zeeland');
    expect(before.baseline).toEqual({ from: '2023-01', to: '2023-12', custom: false });
    const r = await post(
      baselineRoute,
      '/regios/zeeland/basisperiode',
      { intent: 'set', baselineFrom: '2023-04', baselineTo: '2024-03', reason: 'Start pas in april 2024' },
      'manager',
      params,
    );
    expect(r.status).toBe(200);
    const after = await baselinePage('zeeland');
    expect(after.baseline).toEqual({ from: '2023-04', to: '2024-03', custom: true });
    expect(after.history[0]).toMatchObject({
      reason: 'Start pas in april 2024',
      changes: [
        ['baselineFrom', '—', '2023-04'],
        ['baselineTo', '—', '2024-03'],
      ],
    });
  });

  test('an end before the start or a missing reason is refused with 400 and changes nothing', async () => {
    const before = tableChecksums(db.$client);
    const url = '/regios/zeeland/basisperiode';
    const params = { region: 'zeeland' };
    const order = await post(
      baselineRoute,
      url,
      { intent: 'set', baselineFrom: '2024-01', baselineTo: '2023-06', reason: 'omgedraaid' },
      'manager',
      params,
    );
    expect(order.status).toBe(400);
    expect(order.data.result.error?.baselineTo).toEqual([
      'Het einde van de basisperiode ligt voor het begin.',
    ]);
    const noReason = await post(baselineRoute, url, { intent: 'reset', reason: ' ' }, 'manager', params);
    expect(noReason.status).toBe(400);
    expect(noReason.data.result.error?.reason).toEqual(['Vul een reden in (3 tot 500 tekens).']);
    expect(tableChecksums(db.$client)).toEqual(before);
  });
});
