/**
 * The access matrix: every route module under app/routes, its loader and its action, against six
 * kinds of user. The routes are found on disk, so a new route without an entry in MATRIX fails the
 * test. A refused action (redirect to login, 403, 404) must leave every table exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { bottlenecks, experiments, regions } from '#db/schema';
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
let created = 0;

// Rows:                 anonymous coordA   coordB   manager  reviewer admin
const SIGNED_IN: Row = ['login', 200, 200, 200, 200, 200];
const READERS: Row = ['login', 200, 200, 200, 200, 403];
const OWN_REGION: Row = ['login', 200, 403, 200, 403, 403];
const REGISTER_WRITERS: Row = ['login', 200, 200, 200, 403, 403];
const ADMIN_ONLY: Row = ['login', 403, 403, 403, 403, 200];
const MANAGER_ONLY: Row = ['login', 403, 403, 200, 403, 403];
const EVERYONE_REDIRECTED: Row = [302, 302, 302, 302, 302, 302];
/** A region, entry or indicator that does not exist: 404 for everyone who may open such pages. */
const MISSING: Row = ['login', 404, 404, 404, 404, 403];

export const MATRIX: Record<string, Case[]> = {
  _app: [{ url: '/overzicht', loader: SIGNED_IN }],
  _index: [{ url: '/', loader: ['login', 302, 302, 302, 302, 302] }],
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
      loader: SIGNED_IN,
      action: {
        body: () => ({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', sig: 'vervalst', code: '123456' }),
        expect: ['login', 400, 400, 400, 400, 400],
      },
    },
  ],
  // the own sessions; ending one that is not in the list is a 404 that ends nothing
  '_app.sessies': [
    {
      url: '/sessies',
      loader: SIGNED_IN,
      action: { body: () => ({ intent: 'end', session: '99' }), expect: ['login', 404, 404, 404, 404, 404] },
    },
  ],
  '_app.beheer': [
    {
      url: '/beheer',
      loader: ADMIN_ONLY,
      action: {
        body: () => ({
          intent: 'create',
          name: 'Nieuwe Coördinator',
          email: `nieuw${++created}@voorbeeld.nl`,
          role: 'manager',
        }),
        expect: ADMIN_ONLY,
      },
    },
  ],
  '_app.beheer_.regios': [
    {
      url: '/beheer/regios',
      loader: ADMIN_ONLY,
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
        expect: ADMIN_ONLY,
      },
    },
  ],
  '_app.beheer_.regios_.$region': [
    {
      url: `/beheer/regios/${A}`,
      params: { region: A },
      loader: ADMIN_ONLY,
      action: {
        body: () => ({
          intent: 'scope',
          effectiveFrom: '2027-01',
          children: '114000',
          municipalities: 'Utrecht',
          source: 'matrix',
        }),
        expect: ADMIN_ONLY,
      },
    },
    { url: '/beheer/regios/nope', params: { region: 'nope' }, loader: ['login', 403, 403, 403, 403, 404] },
  ],
  '_app.regios.$region.basisperiode': [
    {
      url: `/regios/${A}/basisperiode`,
      params: { region: A },
      loader: MANAGER_ONLY,
      action: {
        body: () => ({ intent: 'set', baselineFrom: '2023-01', baselineTo: '2023-12', reason: 'matrix' }),
        expect: MANAGER_ONLY,
      },
    },
  ],
  '_app.doelen': [
    {
      url: '/doelen',
      loader: MANAGER_ONLY,
      action: {
        body: () => ({
          indicatorCode: 'triage_on_time',
          target: '90',
          floor: '75',
          effectiveFrom: '2027-01',
          note: 'matrix',
        }),
        expect: MANAGER_ONLY,
      },
    },
  ],
  // Everyone signed in may post; the two new passwords differ, so nothing changes (a real change would
  // break the other cases' logins: test/routes/password-change.test.ts makes one).
  '_app.wachtwoord': [
    {
      url: '/wachtwoord',
      loader: SIGNED_IN,
      action: {
        body: () => ({
          currentPassword: 'demo-wachtwoord-2026',
          newPassword: 'een-nieuw-en-zeldzaam-wachtwoord-2027',
          confirmPassword: 'een-ander-nieuw-wachtwoord-2027',
        }),
        expect: ['login', 400, 400, 400, 400, 400],
      },
    },
  ],
  '_app.overzicht': [{ url: '/overzicht', loader: READERS }],
  '_app.vergelijken': [{ url: '/vergelijken', loader: READERS }],
  '_app.voortgang': [{ url: '/voortgang', loader: READERS }],
  // region A's narrative of 2026-Q3: everyone who reads the region; saving it is the region's own
  // coordinator's or a manager's (a save of an empty draft at version 0, then 409 for the others)
  '_app.regios.$region.verhaal.$quarter': [
    {
      url: `/regios/${A}/verhaal/2026-Q3`,
      params: { region: A, quarter: '2026-Q3' },
      loader: READERS,
      action: {
        body: () => ({ intent: 'save', version: '0', context: 'matrix' }),
        expect: ['login', 200, 403, 409, 403, 403],
      },
    },
    { url: `/regios/${A}/verhaal/2026-Q9`, params: { region: A, quarter: '2026-Q9' }, loader: MISSING },
  ],
  // a dry run (writes nothing) of a reference CSV: managers only
  '_app.referenties': [
    {
      url: '/referenties',
      loader: READERS,
      action: {
        body: () => ({
          intent: 'check',
          csv: 'reeks;naam;indicator;bron;tabel;opgehaald;eenheid;periode;waarde\nnl;Landelijk;triage_on_time;CBS;t1;2026-11-01;percent;2026-Q3;70',
        }),
        expect: MANAGER_ONLY,
      },
    },
  ],
  '_app.help': [{ url: '/help', loader: READERS }],
  '_app.volledigheid': [{ url: '/volledigheid', loader: ['login', 200, 200, 200, 403, 403] }],
  '_app.te-beoordelen': [{ url: '/te-beoordelen', loader: MANAGER_ONLY }],
  '_app.te-doen': [{ url: '/te-doen', loader: READERS }],
  '_app.beheer_.berichten': [{ url: '/beheer/berichten', loader: ADMIN_ONLY }],
  '_app.meldingen': [
    {
      url: '/meldingen',
      loader: ['login', 200, 200, 200, 200, 403],
      action: { body: () => ({ reminders: 'on' }), expect: ['login', 200, 200, 200, 200, 403] },
    },
  ],
  // a coordinator is sent on to their own region's list; a manager picks a region
  '_app.rapportages': [{ url: '/rapportages', loader: ['login', 302, 302, 200, 403, 403] }],
  '_app.regios._index': [{ url: '/regios', loader: READERS }],
  '_app.regios.$region._index': [
    { url: `/regios/${A}`, params: { region: A }, loader: READERS },
    { url: '/regios/atlantis', params: { region: 'atlantis' }, loader: MISSING },
  ],
  '_app.regios.$region.rapportages': [
    {
      url: `/regios/${A}/rapportages`,
      params: { region: A },
      loader: OWN_REGION,
      // starting a month that already exists: 409 for whoever may start one
      action: {
        body: () => ({ intent: 'start', period: '2026-10' }),
        expect: ['login', 409, 403, 409, 403, 403],
      },
    },
    {
      url: '/regios/atlantis/rapportages',
      params: { region: 'atlantis' },
      // reviewers and admins may not open report pages at all: 403 before the region is looked up
      loader: ['login', 404, 404, 404, 403, 403],
      action: {
        body: () => ({ intent: 'start', period: '2026-10' }),
        expect: ['login', 404, 404, 404, 403, 403],
      },
    },
  ],
  '_app.regios.$region.rapportages_.$period': [
    {
      url: `/regios/${A}/rapportages/2026-10`,
      params: { region: A, period: '2026-10' },
      loader: OWN_REGION,
      action: { body: () => reportFields(db, regionA.id, '2026-10', 'save'), expect: OWN_REGION },
    },
    {
      url: `/regios/${A}/rapportages/2031-01`,
      params: { region: A, period: '2031-01' },
      loader: ['login', 404, 403, 404, 403, 403],
      action: {
        body: () => reportFields(db, regionA.id, '2026-10', 'save'),
        expect: ['login', 404, 403, 404, 403, 403],
      },
    },
  ],
  '_app.regios.$region.import': [
    {
      url: `/regios/${A}/import`,
      params: { region: A },
      loader: OWN_REGION,
      action: { body: () => ({ intent: 'check', csv: IMPORT_CSV }), expect: OWN_REGION },
    },
  ],
  '_app.indicatoren.$indicator': [
    { url: '/indicatoren/triage_on_time', params: { indicator: 'triage_on_time' }, loader: READERS },
    { url: '/indicatoren/nope', params: { indicator: 'nope' }, loader: MISSING },
  ],
  '_app.experimenten._index': [{ url: '/experimenten', loader: READERS }],
  '_app.experimenten.lessen': [{ url: '/experimenten/lessen', loader: READERS }],
  '_app.experimenten.$id': [
    { url: `/experimenten/${expA.id}`, params: { id: String(expA.id) }, loader: READERS },
    { url: '/experimenten/999999', params: { id: '999999' }, loader: MISSING },
  ],
  '_app.experimenten.nieuw': [
    {
      url: '/experimenten/nieuw',
      loader: REGISTER_WRITERS,
      // a new experiment for region A: its coordinator and managers only
      action: {
        body: () => ({ ...experimentFields(db, expA.id)!, version: [], title: 'Matrix-experiment' }),
        expect: ['login', 302, 403, 302, 403, 403],
      },
    },
  ],
  '_app.experimenten.$id_.bewerken': [
    {
      url: `/experimenten/${expA.id}/bewerken`,
      params: { id: String(expA.id) },
      loader: ['login', 200, 403, 200, 403, 403],
      action: { body: () => experimentFields(db, expA.id)!, expect: ['login', 302, 403, 302, 403, 403] },
    },
  ],
  '_app.knelpunten._index': [{ url: '/knelpunten', loader: READERS }],
  '_app.knelpunten.overzicht': [{ url: '/knelpunten/overzicht', loader: READERS }],
  '_app.knelpunten.$id': [
    { url: `/knelpunten/${bnA.id}`, params: { id: String(bnA.id) }, loader: READERS },
    { url: '/knelpunten/12abc', params: { id: '12abc' }, loader: MISSING },
  ],
  '_app.knelpunten.nieuw': [
    {
      url: '/knelpunten/nieuw',
      loader: REGISTER_WRITERS,
      action: {
        body: () => ({ ...bottleneckFields(db, bnA.id)!, version: [], title: 'Matrix-knelpunt' }),
        expect: ['login', 302, 403, 302, 403, 403],
      },
    },
  ],
  '_app.knelpunten.$id_.bewerken': [
    {
      url: `/knelpunten/${bnA.id}/bewerken`,
      params: { id: String(bnA.id) },
      loader: ['login', 200, 403, 200, 403, 403],
      action: { body: () => bottleneckFields(db, bnA.id)!, expect: ['login', 302, 403, 302, 403, 403] },
    },
  ],
  'api.scores': [{ url: '/api/scores?period=2026-Q3', loader: READERS }],
  'api.indicators.$indicator': [
    { url: '/api/indicators/caseload', params: { indicator: 'caseload' }, loader: READERS },
    { url: '/api/indicators/nope', params: { indicator: 'nope' }, loader: MISSING },
  ],
  'experimenten[.csv]': [{ url: '/experimenten.csv', loader: READERS }],
  'knelpunten[.csv]': [{ url: '/knelpunten.csv', loader: READERS }],
  'voortgang[.csv]': [{ url: '/voortgang.csv', loader: READERS }],
  'export.sjabloon[.csv]': [{ url: `/export/sjabloon.csv?region=${A}`, loader: READERS }],
  'export.waarden[.csv]': [
    { url: `/export/waarden.csv?region=${A}`, loader: READERS },
    { url: '/export/waarden.csv?region=atlantis', loader: MISSING },
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
