/**
 * The access matrix: every route module under app/routes, its loader and its action, against six
 * kinds of user. The routes are found on disk, so a new route without an entry in MATRIX fails the
 * test. A refused action (redirect to login, 403, 404) must leave every table exactly as it was.
 *
 * The expected rows follow from the role table (app/domain/permissions.ts): `allowed(permission)`
 * gives 'login' for the signed-out, the route's outcome for whoever holds the permission (for region
 * A, when the route is about it) and 403 for the rest, so the app and this test read one table and
 * cannot drift apart. Only sign-in itself (login, logout, password links) has rows of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { bottlenecks, experiments, regions, users } from '#db/schema';
import {
  ROLE_PERMISSIONS,
  userHasPermission,
  type Permission,
  type PermissionName,
  type PermissionUser,
} from '#app/domain/permissions';
import { NAV_ITEMS, navItemsFor } from '#app/utils/navigation';
import { tableChecksums } from './checksums';
import { setupTestDatabase } from './db';
import { callRoute } from './call-route';
import { DEMO_USERS, REGION_A } from './demo-users';
import { bottleneckFields, experimentFields, reportFields, type Fields } from './form-builders';
import { sessionCookieFor } from './requests';

const db = setupTestDatabase('seeded');

export const WHO = ['anonymous', 'coordinatorA', 'coordinatorB', 'manager', 'reviewer', 'admin'] as const;
type Who = (typeof WHO)[number];
/** 'login' is a redirect to /login; 302 a redirect anywhere else (a successful post, a start page). */
type Outcome = 'login' | 200 | 302 | 400 | 403 | 404 | 409 | 410;
/** Outcomes in the order of WHO. */
type Row = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
interface Case {
  url: string;
  params?: Record<string, string>;
  loader?: Row;
  /** `open`: a route anyone may post to (log out, language), where a redirect to /login is success. */
  action?: { body: (who: Who) => Fields; expect: Row; open?: true };
}

// Region A is utrecht (its 2026-10 report is a draft); B is west-brabant-west (test/demo-users.ts).
const A = REGION_A;
const regionA = db.select().from(regions).where(eq(regions.slug, A)).get()!;
const expA = db.select().from(experiments).where(eq(experiments.regionId, regionA.id)).get()!;
const bnA = db.select().from(bottlenecks).where(eq(bottlenecks.regionId, regionA.id)).get()!;
const IMPORT_CSV = `regio;periode;element;waarde\r\n${A};2026-10;signals_new;412\r\n`;
// 2024-Q1 is before the demo's experience counts: not approved, so a dry run of it is accepted.
const EXPERIENCE_CSV =
  'periode;groep;route;uitgenodigd;gerespondeerd;vraag;beantwoord;eens\r\n2024-Q1;parents;local;100;30;parent_heard;30;20\r\n';
let created = 0;

/** The signed-in kinds of user as the role table sees them: their role and region, from the database. */
const USERS = Object.fromEntries(
  WHO.filter((w) => w !== 'anonymous').map((who) => {
    const u = db.select().from(users).where(eq(users.email, DEMO_USERS[who])).get()!;
    return [who, { role: u.role, regionId: u.regionId }];
  }),
) as Record<Exclude<Who, 'anonymous'>, PermissionUser>;

type Ok = Outcome | ((user: PermissionUser, who: Who) => Outcome);

/**
 * The row the role table gives a route that requires `permission` (for `regionId`, when the route
 * is about one region): 'login' signed out, `ok` for who holds it, 403 for the rest.
 */
function allowed(permission: Permission | PermissionName, opts: { regionId?: number; ok?: Ok } = {}): Row {
  const ok = opts.ok ?? 200;
  return WHO.map((who) => {
    if (who === 'anonymous') return 'login';
    const user = USERS[who];
    if (!userHasPermission(user, permission, { regionId: opts.regionId })) return 403;
    return typeof ok === 'function' ? ok(user, who) : ok;
  }) as unknown as Row;
}

/** Every signed-in user gets `ok` (their own account's pages); signed out, the login page. */
function signedIn(ok: Outcome): Row {
  return WHO.map((who) => (who === 'anonymous' ? 'login' : ok)) as unknown as Row;
}

const EVERYONE_REDIRECTED: Row = [302, 302, 302, 302, 302, 302];
/** A region, entry or indicator that does not exist: 404 for everyone who may open such pages. */
const MISSING = (permission: PermissionName) => allowed(permission, { ok: 404 });
const OF_A = { regionId: regionA.id };

export const MATRIX: Record<string, Case[]> = {
  _app: [{ url: '/overzicht', loader: signedIn(200) }],
  _index: [{ url: '/', loader: signedIn(302) }],
  login: [
    {
      url: '/login',
      loader: [200, 302, 302, 302, 302, 302],
      // a correct login of another account: a new session, for whoever posts it
      action: {
        body: () => ({ email: DEMO_USERS.reviewer, password: 'demo-wachtwoord-2026', redirectTo: '' }),
        expect: EVERYONE_REDIRECTED,
      },
    },
  ],
  logout: [
    {
      url: '/logout',
      loader: EVERYONE_REDIRECTED,
      // ends the session (sessions, audit_log change) and goes to the login page
      action: {
        body: () => ({}),
        expect: ['login', 'login', 'login', 'login', 'login', 'login'],
        open: true,
      },
    },
  ],
  taal: [
    {
      url: '/taal',
      loader: EVERYONE_REDIRECTED,
      action: { body: () => ({ lang: 'en', redirectTo: '/overzicht' }), expect: EVERYONE_REDIRECTED },
    },
  ],
  ping: [{ url: '/ping', loader: [200, 200, 200, 200, 200, 200] }],
  // Accounts (issue 27). Asking for a reset link: anyone, the same answer for an unknown address.
  'wachtwoord-vergeten': [
    {
      url: '/wachtwoord-vergeten',
      loader: [200, 302, 302, 302, 302, 302],
      action: { body: () => ({ email: 'niemand@voorbeeld.nl' }), expect: [200, 200, 200, 200, 200, 200] },
    },
  ],
  // a link without a (valid) token: 410 for everyone, and the post sets no password
  'wachtwoord-instellen': [
    {
      url: '/wachtwoord-instellen?token=vervalst',
      loader: [410, 410, 410, 410, 410, 410],
      action: {
        body: () => ({
          newPassword: 'een-lang-en-zeldzaam-wachtwoord',
          confirmPassword: 'een-lang-en-zeldzaam-wachtwoord',
        }),
        expect: [410, 410, 410, 410, 410, 410],
      },
    },
  ],
  // the second step needs a sign-in whose password step is done: nobody here has one
  'login_.code': [
    {
      url: '/login/code',
      loader: ['login', 'login', 'login', 'login', 'login', 'login'],
      action: {
        body: () => ({ code: '123456' }),
        expect: ['login', 'login', 'login', 'login', 'login', 'login'],
      },
    },
  ],
  // single sign-on is off unless configured (test/routes/sso.test.ts runs it against a provider)
  'login_.sso': [{ url: '/login/sso', loader: ['login', 'login', 'login', 'login', 'login', 'login'] }],
  'login_.sso_.terug': [
    {
      url: '/login/sso/terug?code=x&state=y',
      loader: ['login', 'login', 'login', 'login', 'login', 'login'],
    },
  ],
  // every signed-in user may set up a second factor; a secret not signed for the session is refused
  tweestapsverificatie: [
    {
      url: '/tweestapsverificatie',
      loader: signedIn(200),
      action: {
        body: () => ({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', sig: 'vervalst', code: '123456' }),
        expect: signedIn(400),
      },
    },
  ],
  // the own sessions; ending one that is not in the list is a 404 that ends nothing
  '_app.sessies': [
    {
      url: '/sessies',
      loader: signedIn(200),
      action: { body: () => ({ intent: 'end', session: '99' }), expect: signedIn(404) },
    },
  ],
  '_app.beheer': [
    {
      url: '/beheer',
      loader: allowed('manage:user'),
      action: {
        body: () => ({
          intent: 'create',
          name: 'Nieuwe Coördinator',
          email: `nieuw${++created}@voorbeeld.nl`,
          role: 'manager',
        }),
        expect: allowed('manage:user'),
      },
    },
  ],
  '_app.beheer_.regios': [
    {
      url: '/beheer/regios',
      loader: allowed('manage:region'),
      action: {
        body: () => ({
          slug: `matrix-regio-${++created}`,
          name: 'Matrixregio',
          planName: 'Plan',
          colour: '',
          reportingStart: '2027-01',
          pilotStart: '2027-01',
          effectiveFrom: '2027-01',
          children: '12000',
          municipalities: 'Gemeente A\nGemeente B',
          source: 'matrix',
        }),
        expect: allowed('manage:region'),
      },
    },
  ],
  '_app.beheer_.regios_.$region': [
    {
      url: `/beheer/regios/${A}`,
      params: { region: A },
      loader: allowed('manage:region'),
      action: {
        body: () => ({
          intent: 'scope',
          effectiveFrom: '2027-01',
          children: '114000',
          municipalities: 'Utrecht',
          source: 'matrix',
        }),
        expect: allowed('manage:region'),
      },
    },
    { url: '/beheer/regios/nope', params: { region: 'nope' }, loader: allowed('manage:region', { ok: 404 }) },
  ],
  '_app.regios.$region.basisperiode': [
    {
      url: `/regios/${A}/basisperiode`,
      params: { region: A },
      loader: allowed('manage:baseline'),
      action: {
        body: () => ({ intent: 'set', baselineFrom: '2023-01', baselineTo: '2023-12', reason: 'matrix' }),
        expect: allowed('manage:baseline'),
      },
    },
  ],
  '_app.regios.$region.vergelijkingsgroep': [
    {
      url: `/regios/${A}/vergelijkingsgroep`,
      params: { region: A },
      loader: allowed('manage:comparison'),
      action: {
        body: () => ({ municipalities: '', reason: 'matrix' }),
        expect: allowed('manage:comparison'),
      },
    },
    {
      url: '/regios/nope/vergelijkingsgroep',
      params: { region: 'nope' },
      loader: allowed('manage:comparison', { ok: 404 }),
    },
  ],
  '_app.doelen': [
    {
      url: '/doelen',
      loader: allowed('manage:target'),
      action: {
        body: () => ({
          indicatorCode: 'triage_on_time',
          target: '90',
          floor: '75',
          effectiveFrom: '2027-01',
          note: 'matrix',
        }),
        expect: allowed('manage:target'),
      },
    },
  ],
  // Everyone signed in may post; the two new passwords differ, so nothing changes (a real change would
  // break the other cases' logins: test/routes/password-change.test.ts makes one).
  '_app.wachtwoord': [
    {
      url: '/wachtwoord',
      loader: signedIn(200),
      action: {
        body: () => ({
          currentPassword: 'demo-wachtwoord-2026',
          newPassword: 'een-nieuw-en-zeldzaam-wachtwoord-2027',
          confirmPassword: 'een-ander-nieuw-wachtwoord-2027',
        }),
        expect: signedIn(400),
      },
    },
  ],
  '_app.overzicht': [{ url: '/overzicht', loader: allowed('read:figures') }],
  '_app.vergelijken': [{ url: '/vergelijken', loader: allowed('read:figures') }],
  '_app.voortgang': [{ url: '/voortgang', loader: allowed('read:figures') }],
  // region A's narrative of 2026-Q3: everyone who reads the region; saving it is the region's own
  // coordinator's or a manager's (a save of an empty draft at version 0: the first writer in WHO's
  // order, region A's coordinator, stores it; the next one's version 0 is stale, a 409)
  '_app.regios.$region.verhaal.$quarter': [
    {
      url: `/regios/${A}/verhaal/2026-Q3`,
      params: { region: A, quarter: '2026-Q3' },
      loader: allowed('read:figures'),
      action: {
        body: () => ({ intent: 'save', version: '0', context: 'matrix' }),
        expect: allowed('write:report', { ...OF_A, ok: (_u, who) => (who === 'coordinatorA' ? 200 : 409) }),
      },
    },
    {
      url: `/regios/${A}/verhaal/2026-Q9`,
      params: { region: A, quarter: '2026-Q9' },
      loader: MISSING('read:figures'),
    },
  ],
  // a dry run (writes nothing) of a reference CSV: managers only
  '_app.referenties': [
    {
      url: '/referenties',
      loader: allowed('read:figures'),
      action: {
        body: () => ({
          intent: 'check',
          csv: 'reeks;naam;indicator;bron;tabel;opgehaald;eenheid;periode;waarde\nnl;Landelijk;triage_on_time;CBS;t1;2026-11-01;percent;2026-Q3;70',
        }),
        expect: allowed('import:reference'),
      },
    },
  ],
  // the CBS import (issue 24): a refused table is a 400 and stores nothing; managers only
  '_app.referenties_.cbs': [
    {
      url: '/referenties/cbs',
      loader: allowed('manage:cbs'),
      action: {
        body: () => ({ intent: 'fetch', table: '99999NED' }),
        expect: allowed('manage:cbs', { ok: 400 }),
      },
    },
  ],
  '_app.help': [{ url: '/help', loader: allowed('read:figures') }],
  '_app.volledigheid': [{ url: '/volledigheid', loader: allowed('read:report') }],
  '_app.te-beoordelen': [{ url: '/te-beoordelen', loader: allowed('approve:report') }],
  '_app.te-doen': [{ url: '/te-doen', loader: allowed('read:figures') }],
  '_app.beheer_.berichten': [{ url: '/beheer/berichten', loader: allowed('read:outbox') }],
  '_app.meldingen': [
    {
      url: '/meldingen',
      loader: allowed('manage:notifications'),
      action: { body: () => ({ reminders: 'on' }), expect: allowed('manage:notifications') },
    },
  ],
  // who reads their own region's reports only (a coordinator) is sent on to that list; a manager picks
  '_app.rapportages': [
    {
      url: '/rapportages',
      loader: allowed('read:report', { ok: (u) => (userHasPermission(u, 'read:report:any') ? 200 : 302) }),
    },
  ],
  '_app.regios._index': [{ url: '/regios', loader: allowed('read:figures') }],
  '_app.regios.$region._index': [
    { url: `/regios/${A}`, params: { region: A }, loader: allowed('read:figures') },
    { url: '/regios/atlantis', params: { region: 'atlantis' }, loader: MISSING('read:figures') },
  ],
  '_app.regios.$region.rapportages': [
    {
      url: `/regios/${A}/rapportages`,
      params: { region: A },
      loader: allowed('read:report', OF_A),
      // starting a month that already exists: 409 for whoever may start one
      action: {
        body: () => ({ intent: 'start', period: '2026-10' }),
        expect: allowed('write:report', { ...OF_A, ok: 409 }),
      },
    },
    {
      url: '/regios/atlantis/rapportages',
      params: { region: 'atlantis' },
      // who may not open report pages at all gets 403 before the region is looked up
      loader: MISSING('read:report'),
      action: {
        body: () => ({ intent: 'start', period: '2026-10' }),
        expect: MISSING('read:report'),
      },
    },
  ],
  '_app.regios.$region.rapportages_.$period': [
    {
      url: `/regios/${A}/rapportages/2026-10`,
      params: { region: A, period: '2026-10' },
      loader: allowed('read:report', OF_A),
      action: {
        body: () => reportFields(db, regionA.id, '2026-10', 'save'),
        expect: allowed('write:report', OF_A),
      },
    },
    {
      url: `/regios/${A}/rapportages/2031-01`,
      params: { region: A, period: '2031-01' },
      loader: allowed('read:report', { ...OF_A, ok: 404 }),
      action: {
        body: () => reportFields(db, regionA.id, '2026-10', 'save'),
        expect: allowed('write:report', { ...OF_A, ok: 404 }),
      },
    },
  ],
  '_app.regios.$region.import': [
    {
      url: `/regios/${A}/import`,
      params: { region: A },
      loader: allowed('write:report', OF_A),
      action: { body: () => ({ intent: 'check', csv: IMPORT_CSV }), expect: allowed('write:report', OF_A) },
    },
  ],
  '_app.regios.$region.ervaring': [
    {
      url: `/regios/${A}/ervaring`,
      params: { region: A },
      loader: allowed('import:experience', OF_A),
      action: {
        body: () => ({ intent: 'check', csv: EXPERIENCE_CSV }),
        expect: allowed('import:experience', OF_A),
      },
    },
  ],
  '_app.indicatoren.$indicator': [
    {
      url: '/indicatoren/triage_on_time',
      params: { indicator: 'triage_on_time' },
      loader: allowed('read:figures'),
    },
    { url: '/indicatoren/nope', params: { indicator: 'nope' }, loader: MISSING('read:figures') },
  ],
  '_app.indicatoren.$indicator_.grenzen': [
    {
      url: '/indicatoren/triage_on_time/grenzen',
      params: { indicator: 'triage_on_time' },
      loader: allowed('manage:limits'),
      action: {
        body: () => ({ intent: 'record', scope: 'programma', fromMonth: '2025-01', reason: 'matrix test' }),
        expect: allowed('manage:limits'),
      },
    },
    { url: '/indicatoren/nope/grenzen', params: { indicator: 'nope' }, loader: MISSING('manage:limits') },
  ],
  '_app.experimenten._index': [{ url: '/experimenten', loader: allowed('read:register') }],
  '_app.experimenten.lessen': [{ url: '/experimenten/lessen', loader: allowed('read:register') }],
  '_app.experimenten.$id': [
    { url: `/experimenten/${expA.id}`, params: { id: String(expA.id) }, loader: allowed('read:register') },
    { url: '/experimenten/999999', params: { id: '999999' }, loader: MISSING('read:register') },
  ],
  '_app.experimenten.nieuw': [
    {
      url: '/experimenten/nieuw',
      loader: allowed('write:register'),
      // a new experiment for region A: who may write region A's entries
      action: {
        body: () => ({ ...experimentFields(db, expA.id)!, version: [], title: 'Matrix-experiment' }),
        expect: allowed('write:register', { ...OF_A, ok: 302 }),
      },
    },
  ],
  '_app.experimenten.$id_.bewerken': [
    {
      url: `/experimenten/${expA.id}/bewerken`,
      params: { id: String(expA.id) },
      loader: allowed('write:register', OF_A),
      action: {
        body: () => experimentFields(db, expA.id)!,
        expect: allowed('write:register', { ...OF_A, ok: 302 }),
      },
    },
  ],
  '_app.knelpunten._index': [{ url: '/knelpunten', loader: allowed('read:register') }],
  '_app.knelpunten.overzicht': [{ url: '/knelpunten/overzicht', loader: allowed('read:register') }],
  '_app.knelpunten.$id': [
    { url: `/knelpunten/${bnA.id}`, params: { id: String(bnA.id) }, loader: allowed('read:register') },
    { url: '/knelpunten/12abc', params: { id: '12abc' }, loader: MISSING('read:register') },
  ],
  '_app.knelpunten.nieuw': [
    {
      url: '/knelpunten/nieuw',
      loader: allowed('write:register'),
      action: {
        body: () => ({ ...bottleneckFields(db, bnA.id)!, version: [], title: 'Matrix-knelpunt' }),
        expect: allowed('write:register', { ...OF_A, ok: 302 }),
      },
    },
  ],
  '_app.knelpunten.$id_.bewerken': [
    {
      url: `/knelpunten/${bnA.id}/bewerken`,
      params: { id: String(bnA.id) },
      loader: allowed('write:register', OF_A),
      action: {
        body: () => bottleneckFields(db, bnA.id)!,
        expect: allowed('write:register', { ...OF_A, ok: 302 }),
      },
    },
  ],
  'api.scores': [{ url: '/api/scores?period=2026-Q3', loader: allowed('read:figures') }],
  'api.indicators.$indicator': [
    { url: '/api/indicators/caseload', params: { indicator: 'caseload' }, loader: allowed('read:figures') },
    { url: '/api/indicators/nope', params: { indicator: 'nope' }, loader: MISSING('read:figures') },
  ],
  'experimenten[.csv]': [{ url: '/experimenten.csv', loader: allowed('read:register') }],
  'knelpunten[.csv]': [{ url: '/knelpunten.csv', loader: allowed('read:register') }],
  'voortgang[.csv]': [{ url: '/voortgang.csv', loader: allowed('read:figures') }],
  'export.sjabloon[.csv]': [{ url: `/export/sjabloon.csv?region=${A}`, loader: allowed('read:figures') }],
  'export.ervaring-sjabloon[.csv]': [
    { url: '/export/ervaring-sjabloon.csv', loader: allowed('import:experience') },
  ],
  'export.waarden[.csv]': [
    { url: `/export/waarden.csv?region=${A}`, loader: allowed('read:figures') },
    { url: '/export/waarden.csv?region=atlantis', loader: MISSING('read:figures') },
  ],
};

type RouteModule = { loader?: unknown; action?: unknown };

/** Every route module Remix would find: app/routes/<id>/route.(ts|tsx) and app/routes/<id>.(ts|tsx). */
function routeFiles(): { id: string; file: string }[] {
  const dir = path.resolve(__dirname, '../app/routes');
  const out: { id: string; file: string }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const file = ['route.tsx', 'route.ts'].map((f) => path.join(dir, entry.name, f)).find(fs.existsSync);
      if (file) out.push({ id: entry.name, file });
    } else if (/\.(tsx?)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      out.push({ id: entry.name.replace(/\.tsx?$/, ''), file: path.join(dir, entry.name) });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A signed-in session for `who`, made before a post's checksum snapshot (callRoute's `as` would
 * make it during the call, and the new session row would read as a change by the refused post).
 */
async function cookieFor(who: Who): Promise<string | undefined> {
  return who === 'anonymous' ? undefined : sessionCookieFor(DEMO_USERS[who]);
}

function outcomeOf({ status, headers }: { status: number; headers: Headers }): Outcome | number {
  if (status >= 300 && status < 400) {
    const location = headers.get('Location') ?? '';
    return location.startsWith('/login') ? 'login' : 302;
  }
  return status;
}

const REFUSED = new Set<Outcome | number>(['login', 403, 404]);
const ROUTES = routeFiles();
const modules = new Map<string, RouteModule>();
for (const r of ROUTES) modules.set(r.id, (await import(r.file)) as RouteModule);

describe('the matrix covers every route', () => {
  test(`finds the route modules on disk (${ROUTES.length})`, () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(37);
  });

  test('every route module has an entry, and every entry a route module', () => {
    expect(ROUTES.map((r) => r.id).filter((id) => !MATRIX[id])).toEqual([]);
    expect(Object.keys(MATRIX).filter((id) => !modules.has(id))).toEqual([]);
  });

  test('an entry checks the loader if and only if the module has one, and the same for the action', () => {
    const mismatches = ROUTES.flatMap(({ id }) => {
      const mod = modules.get(id)!;
      const cases = MATRIX[id] ?? [];
      const out: string[] = [];
      if (Boolean(mod.loader) !== cases.some((c) => c.loader)) out.push(`${id}: loader`);
      if (Boolean(mod.action) !== cases.some((c) => c.action)) out.push(`${id}: action`);
      return out;
    });
    expect(mismatches).toEqual([]);
  });

  test('a route module without an entry makes the coverage check fail', () => {
    const withNew = [...ROUTES.map((r) => r.id), '_app.nieuwe-pagina'];
    expect(withNew.filter((id) => !MATRIX[id])).toEqual(['_app.nieuwe-pagina']);
  });
});

describe('the menu, the pages and the code read one table', () => {
  test('a menu item is shown to exactly those its page lets in', () => {
    const pages = Object.entries(MATRIX)
      .filter(([id]) => id !== '_app')
      .flatMap(([, cases]) => cases);
    const mismatches: string[] = [];
    for (const item of NAV_ITEMS) {
      const page = pages.find((c) => c.url === item.href && c.loader);
      if (!page) {
        mismatches.push(`${item.href}: no matrix case`);
        continue;
      }
      WHO.forEach((who, i) => {
        if (who === 'anonymous') return;
        const shown = navItemsFor(USERS[who]).includes(item);
        if (shown !== (page.loader![i] !== 403)) mismatches.push(`${item.href}: ${who}`);
      });
    }
    expect(mismatches).toEqual([]);
    expect(NAV_ITEMS).toHaveLength(17);
  });

  test('every permission of the table is asked for somewhere in app/ (none is dead)', () => {
    const dir = path.resolve(__dirname, '../app');
    const sources = (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('domain/permissions.ts'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    const grants = [...new Set(Object.values(ROLE_PERMISSIONS).flat())];
    const unasked = grants.filter((g) => {
      const name = g.split(':').slice(0, 2).join(':');
      return !sources.includes(`'${g}'`) && !sources.includes(`'${name}'`);
    });
    expect(grants.length).toBe(28);
    expect(unasked).toEqual([]);
  });
});

let checked = 0;
let actionsRefused = 0;

describe.each(ROUTES.map((r) => r.id).filter((id) => MATRIX[id]))('%s', (id) => {
  const mod = () => modules.get(id)!;
  for (const c of MATRIX[id]) {
    if (c.loader) {
      const expected = c.loader;
      test(`GET ${c.url}: ${expected.join(' ')}`, async () => {
        const got: (Outcome | number)[] = [];
        for (const who of WHO) {
          const as = who === 'anonymous' ? undefined : who;
          got.push(outcomeOf(await callRoute(mod(), { url: c.url, as, params: c.params })));
          checked++;
        }
        expect(got).toEqual(expected);
      });
    }
    if (c.action) {
      const { body, expect: expected, open } = c.action;
      test(`POST ${c.url}: ${expected.join(' ')}, refusals change nothing`, async () => {
        const got: (Outcome | number)[] = [];
        const changedByRefusal: string[] = [];
        // the refused first, so the authorised posts cannot hide a change behind their own
        const order = WHO.map((who, i) => ({ who, i })).sort(
          (a, b) => Number(!REFUSED.has(expected[a.i])) - Number(!REFUSED.has(expected[b.i])),
        );
        for (const { who, i } of order) {
          const cookie = await cookieFor(who);
          const before = tableChecksums(db.$client);
          const outcome = outcomeOf(
            await callRoute(mod(), { url: c.url, cookie, form: body(who), params: c.params }),
          );
          got[i] = outcome;
          checked++;
          if (!open && REFUSED.has(outcome)) {
            actionsRefused++;
            const after = tableChecksums(db.$client);
            for (const table of Object.keys(before))
              if (before[table] !== after[table]) changedByRefusal.push(`${who}: ${table}`);
          }
        }
        expect(got).toEqual(expected);
        expect(changedByRefusal).toEqual([]);
      });
    }
  }
});

test('every cell of the matrix was checked: each route case once per kind of user', () => {
  const loaders = ROUTES.filter((r) => modules.get(r.id)!.loader).length;
  const actions = ROUTES.filter((r) => modules.get(r.id)!.action).length;
  const line = `[figures] access matrix: ${ROUTES.length} route modules (${loaders} loaders, ${actions} actions) × ${WHO.length} kinds of user; ${checked} requests checked, ${actionsRefused} refused posts left every table unchanged`;
  console.log(line);
  const cases = Object.values(MATRIX)
    .flat()
    .reduce((n, c) => n + (c.loader ? 1 : 0) + (c.action ? 1 : 0), 0);
  expect(checked).toBe(cases * WHO.length);
});
