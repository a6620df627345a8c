/**
 * Single sign-on through OpenID Connect (issue 27, item 6) against a real provider (oidc-provider)
 * running in this process on a random port: the whole flow, from the login page's button through
 * the provider and back, with the checks that keep it safe. The second factor is switched on in the
 * demo here (TOTP_IN_DEMO=true), as in production.
 */
import { and, count, eq, isNull } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import { auditLog, sessions, users } from '#db/schema';
import { followToCallback, startTestProvider } from '#test/oidc-provider';

const APP_URL = 'http://localhost';
const CALLBACK = `${APP_URL}/login/sso/terug`;
const idp = await startTestProvider(CALLBACK);
afterAll(() => idp.close());

Object.assign(process.env, {
  TOTP_IN_DEMO: 'true',
  APP_URL,
  OIDC_ISSUER: idp.issuer,
  OIDC_CLIENT_ID: idp.clientId,
  OIDC_CLIENT_SECRET: idp.clientSecret,
  OIDC_NAME: 'Rijksportaal',
  OIDC_MFA_AMR: 'mfa hwk',
});

const login = await import('#app/routes/login/route');
const start = await import('#app/routes/login_.sso/route');
const back = await import('#app/routes/login_.sso_.terug/route');
const overview = await import('#app/routes/_app.overzicht/route');
const { callRoute } = await import('#test/call-route');
const { DEMO_USERS } = await import('#test/demo-users');
const { setupTestDatabase } = await import('#test/db');

const db = setupTestDatabase('seeded');
const COORDINATOR = DEMO_USERS.coordinatorA;
const MANAGER = DEMO_USERS.manager;

const cookiesOf = (res: { headers: Headers }) => res.headers.getSetCookie().map((c) => c.split(';')[0]!);
const cookieNamed = (res: { headers: Headers }, name: string) =>
  cookiesOf(res).find((c) => c.startsWith(`${name}=`));
const auditOf = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all();
const openSessions = (email: string) => {
  const user = db.select().from(users).where(eq(users.email, email)).get()!;
  return db
    .select({ n: count() })
    .from(sessions)
    .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt)))
    .get()!.n;
};

/** Presses the login page's button and signs in at the provider: the redirect back and the flow's cookie. */
async function throughProvider(who: Parameters<typeof idp.nextLogin>[0], redirectTo = '') {
  const started = await callRoute(start, {
    url: redirectTo ? `/login/sso?redirectTo=${encodeURIComponent(redirectTo)}` : '/login/sso',
  });
  expect(started.status).toBe(302);
  const location = started.headers.get('Location')!;
  expect(location.startsWith(`${idp.issuer}/`)).toBe(true);
  const auth = new URL(location);
  // code flow with PKCE, state and nonce
  expect(auth.searchParams.get('response_type')).toBe('code');
  expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
  expect(auth.searchParams.get('state')).toMatch(/^[\w-]{30,}$/);
  expect(auth.searchParams.get('nonce')).toMatch(/^[\w-]{30,}$/);
  expect(auth.searchParams.get('redirect_uri')).toBe(CALLBACK);
  const flow = cookieNamed(started, '__sso')!;
  expect(flow).toBeDefined();
  idp.nextLogin(who);
  const callback = await followToCallback(location, CALLBACK);
  return { callback, flow };
}

const returnTo = (callback: string, flow: string | undefined) =>
  callRoute(back, { url: callback, cookie: flow, context: { clientIp: '203.0.113.9' } });

describe('the login page', () => {
  test('shows the button with the provider’s name, and a refusal’s reason in Dutch', async () => {
    const page = await callRoute<{ sso: string | null; ssoError: string | null }>(login, { url: '/login' });
    expect(page.data.sso).toBe('Rijksportaal');
    expect(page.data.ssoError).toBeNull();
    const refused = await callRoute<{ ssoError: string | null }>(login, { url: '/login?sso=unknown' });
    expect(refused.data.ssoError).toBe('unknown');
    // a made-up reason is not shown
    const forged = await callRoute<{ ssoError: string | null }>(login, { url: '/login?sso=%3Cscript%3E' });
    expect(forged.data.ssoError).toBeNull();
  });
});

describe('signing in through the provider', () => {
  test('a verified e-mail of an active account: the same session as a password login, audited as login.sso', async () => {
    const before = openSessions(COORDINATOR);
    const { callback, flow } = await throughProvider(
      { sub: 'idp-coordinator', email: COORDINATOR.toUpperCase(), email_verified: true },
      '/regios',
    );
    const res = await returnTo(callback, flow);
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/regios');
    // the flow's cookie ends; a session starts
    expect(cookieNamed(res, '__sso')).toBe('__sso=');
    const session = cookieNamed(res, '__session')!;
    expect(session.length).toBeGreaterThan(20);
    expect(openSessions(COORDINATOR)).toBe(before + 1);
    expect((await callRoute(overview, { url: '/overzicht', cookie: session })).status).toBe(200);
    const audit = auditOf('login.sso');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toEqual({
      email: COORDINATOR,
      issuer: idp.issuer,
      subject: 'idp-coordinator',
      providerMfa: false,
      secondStep: null,
    });
    const user = db.select().from(users).where(eq(users.email, COORDINATOR)).get()!;
    expect(audit[0]!.userId).toBe(user.id);
    expect(user.lastLoginAt).not.toBeNull();
  });

  test('a return address of another site is not kept: the start page instead', async () => {
    const { callback, flow } = await throughProvider(
      { sub: 'idp-coordinator', email: COORDINATOR, email_verified: true },
      '//evil.example/pad',
    );
    expect((await returnTo(callback, flow)).headers.get('Location')).toBe('/te-doen');
  });

  test('a code used twice is refused the second time: no second session', async () => {
    const { callback, flow } = await throughProvider({
      sub: 'idp-coordinator',
      email: COORDINATOR,
      email_verified: true,
    });
    expect((await returnTo(callback, flow)).status).toBe(302);
    const sessionsAfterFirst = openSessions(COORDINATOR);
    // the same return again, with the same flow cookie (as someone who copied both would)
    const replay = await returnTo(callback, flow);
    expect(replay.headers.get('Location')).toBe('/login?sso=failed');
    expect(cookieNamed(replay, '__session')).toBeUndefined();
    expect(openSessions(COORDINATOR)).toBe(sessionsAfterFirst);
    expect(auditOf('login.sso_failed').map((a) => a.detail?.reason)).toEqual(['failed']);
  });

  test('a role that requires the second factor still gets the app’s own, unless the provider did MFA as configured', async () => {
    const plain = await throughProvider({ sub: 'idp-manager', email: MANAGER, email_verified: true });
    const staged = await returnTo(plain.callback, plain.flow);
    expect(staged.headers.get('Location')).toBe('/tweestapsverificatie?redirectTo=%2Fte-doen');
    const half = cookieNamed(staged, '__session')!;
    expect((await callRoute(overview, { url: '/overzicht', cookie: half })).headers.get('Location')).toMatch(
      /^\/login/,
    );
    // amr "pwd" alone is not what OIDC_MFA_AMR names
    const pwd = await throughProvider({
      sub: 'idp-manager',
      email: MANAGER,
      email_verified: true,
      amr: ['pwd'],
    });
    expect((await returnTo(pwd.callback, pwd.flow)).headers.get('Location')).toBe(
      '/tweestapsverificatie?redirectTo=%2Fte-doen',
    );
    const mfa = await throughProvider({
      sub: 'idp-manager',
      email: MANAGER,
      email_verified: true,
      amr: ['pwd', 'mfa'],
    });
    const full = await returnTo(mfa.callback, mfa.flow);
    expect(full.headers.get('Location')).toBe('/te-doen');
    expect(
      (await callRoute(overview, { url: '/overzicht', cookie: cookieNamed(full, '__session') })).status,
    ).toBe(200);
    expect(
      auditOf('login.sso')
        .slice(-3)
        .map((a) => [a.detail?.providerMfa, a.detail?.secondStep]),
    ).toEqual([
      [false, 'enrol'],
      [false, 'enrol'],
      [true, null],
    ]);
  });
});

describe('refused: a clear reason on the login page and no session', () => {
  async function refused(who: Parameters<typeof idp.nextLogin>[0]) {
    const { callback, flow } = await throughProvider(who);
    const res = await returnTo(callback, flow);
    expect(res.status).toBe(302);
    expect(cookieNamed(res, '__session')).toBeUndefined();
    expect(cookieNamed(res, '__sso')).toBe('__sso=');
    return res.headers.get('Location');
  }

  test('an e-mail the provider does not call verified (false or missing)', async () => {
    const before = openSessions(COORDINATOR);
    expect(await refused({ sub: 'idp-u1', email: COORDINATOR, email_verified: false })).toBe(
      '/login?sso=unverified',
    );
    expect(await refused({ sub: 'idp-u2', email: COORDINATOR })).toBe('/login?sso=unverified');
    expect(openSessions(COORDINATOR)).toBe(before);
  });

  test('an e-mail without an account: none is created', async () => {
    const usersBefore = db.select({ n: count() }).from(users).get()!.n;
    expect(await refused({ sub: 'idp-x', email: 'onbekend@example.nl', email_verified: true })).toBe(
      '/login?sso=unknown',
    );
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(usersBefore);
  });

  test('a disabled account, and an invited one that has not chosen its password', async () => {
    const email = DEMO_USERS.coordinatorB;
    db.update(users).set({ disabled: true, disabledReason: 'dormant' }).where(eq(users.email, email)).run();
    const before = openSessions(email);
    expect(await refused({ sub: 'idp-b', email, email_verified: true })).toBe('/login?sso=disabled');
    expect(openSessions(email)).toBe(before);
    db.update(users).set({ disabled: false, disabledReason: null }).where(eq(users.email, email)).run();
    const invited = DEMO_USERS.reviewer;
    const row = db.select().from(users).where(eq(users.email, invited)).get()!;
    db.update(users).set({ passwordHash: '' }).where(eq(users.id, row.id)).run();
    expect(await refused({ sub: 'idp-r', email: invited, email_verified: true })).toBe('/login?sso=inactive');
    db.update(users).set({ passwordHash: row.passwordHash }).where(eq(users.id, row.id)).run();
  });

  test('a state that is not this browser’s: another state, or no flow cookie at all', async () => {
    const { callback, flow } = await throughProvider({
      sub: 'idp-coordinator',
      email: COORDINATOR,
      email_verified: true,
    });
    const before = openSessions(COORDINATOR);
    const crossed = new URL(callback);
    crossed.searchParams.set('state', 'a-state-of-another-sign-in-xxxxxxxxxxxx');
    const wrong = await returnTo(crossed.href, flow);
    expect(wrong.headers.get('Location')).toBe('/login?sso=state');
    expect(cookieNamed(wrong, '__session')).toBeUndefined();
    // the provider's redirect arriving in a browser that did not start it (login CSRF)
    const noCookie = await returnTo(callback, undefined);
    expect(noCookie.headers.get('Location')).toBe('/login?sso=state');
    // a flow cookie not signed by the app
    const forged = await returnTo(callback, `__sso=${Buffer.from('{"state":"x"}').toString('base64')}`);
    expect(forged.headers.get('Location')).toBe('/login?sso=state');
    expect(openSessions(COORDINATOR)).toBe(before);
  });

  test('an ID token made for another sign-in (its nonce) is refused, even with the right state', async () => {
    // the app's own cookie format, signed with the app's secret: what only a bug could produce
    const { createCookie } = await import('@remix-run/node');
    const { getEnv } = await import('#app/utils/env.server');
    const jar = createCookie('__sso', { secrets: [getEnv().SESSION_SECRET] });
    const a = await throughProvider({ sub: 'idp-coordinator', email: COORDINATOR, email_verified: true });
    const b = await throughProvider({ sub: 'idp-coordinator', email: COORDINATOR, email_verified: true });
    const flowA = (await jar.parse(a.flow)) as { nonce: string };
    const flowB = (await jar.parse(b.flow)) as Record<string, unknown>;
    const crossed = (await jar.serialize({ ...flowB, nonce: flowA.nonce })).split(';')[0]!;
    const before = openSessions(COORDINATOR);
    const res = await returnTo(b.callback, crossed);
    expect(res.headers.get('Location')).toBe('/login?sso=failed');
    expect(cookieNamed(res, '__session')).toBeUndefined();
    expect(openSessions(COORDINATOR)).toBe(before);
  });

  test('every refusal is in the audit trail with its reason', () => {
    expect(auditOf('login.sso_failed').map((a) => a.detail?.reason)).toEqual([
      'failed',
      'unverified',
      'unverified',
      'unknown',
      'disabled',
      'inactive',
      'state',
      'state',
      'state',
      'failed',
    ]);
  });
});
