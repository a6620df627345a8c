/**
 * Two-step sign-in (issue 27, item 3) with the second factor switched on in the demo
 * (TOTP_IN_DEMO=true; in production it is always on). Codes are made in the test from the secret,
 * as the authenticator app would.
 */
import { generateTOTP } from '@epic-web/totp';
import { and, count, eq, isNull } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { auditLog, recoveryCodes, sessions, users } from '#db/schema';

process.env.TOTP_IN_DEMO = 'true';

const { DEMO_PASSWORD } = await import('#seeds/demo-accounts');
const login = await import('#app/routes/login/route');
const code = await import('#app/routes/login_.code/route');
const enrol = await import('#app/routes/tweestapsverificatie/route');
const overview = await import('#app/routes/_app.overzicht/route');
const admin = await import('#app/routes/_app.beheer/route');
const { callRoute } = await import('#test/call-route');
const { DEMO_USERS } = await import('#test/demo-users');
const { setupTestDatabase } = await import('#test/db');
const { open, totpContext } = await import('#app/utils/secret-box.server');

const db = setupTestDatabase('seeded');
const cookieOf = (res: { headers: Headers }) => res.headers.get('Set-Cookie')!.split(';')[0]!;
const userByEmail = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!;
/** The TOTP secret as the app reads it: sealed in the database, opened with the configured key. */
const secretOf = (email: string) => {
  const u = userByEmail(email);
  return u.totpSecret === null ? null : open(u.totpSecret, totpContext(u.id));
};
const auditCount = (action: string) =>
  db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)).get()!.n;
const signIn = (email: string, password = DEMO_PASSWORD) =>
  callRoute(login, { url: '/login', form: { email, password, redirectTo: '' } });
const sendCode = (cookie: string, value: string, ip = '198.51.100.20') =>
  callRoute<{ error?: Record<string, string[]> }>(code, {
    url: '/login/code',
    cookie,
    form: { code: value, redirectTo: '' },
    context: { clientIp: ip },
  });
/** The code an authenticator shows at `at` (ms). */
async function codeAt(secret: string, at: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  const { otp } = await generateTOTP({ secret });
  vi.useRealTimers();
  return otp;
}
afterEach(() => vi.useRealTimers());

const MANAGER = DEMO_USERS.manager;
let recovery: string[] = [];

describe('enrolment at the next sign-in where the role requires it', () => {
  test('a manager without a second factor is sent to set one up; that half sign-in opens no page', async () => {
    const res = await signIn(MANAGER);
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/tweestapsverificatie?redirectTo=%2Fte-doen');
    const staged = cookieOf(res);
    expect(
      (await callRoute(overview, { url: '/overzicht', cookie: staged })).headers.get('Location'),
    ).toMatch(/^\/login/);
    expect((await callRoute(code, { url: '/login/code', cookie: staged })).headers.get('Location')).toBe(
      '/login',
    );
    expect(auditCount('login.password_ok')).toBe(1);
    expect(auditCount('login.success')).toBe(0);
  });

  test('the QR code and a code from the secret turn it on: ten recovery codes once, a full session, audited', async () => {
    const staged = cookieOf(await signIn(MANAGER));
    const page = await callRoute<{ enrolment: { secret: string; qr: string; sig: string }; staged: boolean }>(
      enrol,
      {
        url: '/tweestapsverificatie?redirectTo=%2Fte-doen',
        cookie: staged,
      },
    );
    expect(page.status).toBe(200);
    expect(page.data.staged).toBe(true);
    expect(page.data.enrolment.qr.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const { secret, sig } = page.data.enrolment;
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    // a wrong code: 400, nothing stored, the same secret offered again
    const wrong = await callRoute<{ error: string; enrolment: { secret: string } }>(enrol, {
      url: '/tweestapsverificatie?redirectTo=%2Fte-doen',
      cookie: staged,
      form: { secret, sig, code: '000000' === (await codeAt(secret, Date.now())) ? '111111' : '000000' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.data.enrolment.secret).toBe(secret);
    expect(userByEmail(MANAGER).totpSecret).toBeNull();
    // a secret the server did not sign for this session is refused
    const other = await callRoute(enrol, {
      url: '/tweestapsverificatie',
      cookie: staged,
      form: {
        secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
        sig,
        code: await codeAt('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Date.now()),
      },
    });
    expect(other.status).toBe(400);
    const ok = await callRoute<{ codes: string[]; next: string }>(enrol, {
      url: '/tweestapsverificatie?redirectTo=%2Fte-doen',
      cookie: staged,
      form: { secret, sig, code: await codeAt(secret, Date.now()) },
    });
    expect(ok.status).toBe(200);
    expect(ok.data.codes).toHaveLength(10);
    expect(new Set(ok.data.codes).size).toBe(10);
    expect(ok.data.next).toBe('/te-doen');
    recovery = ok.data.codes;
    const full = cookieOf(ok);
    expect((await callRoute(overview, { url: '/overzicht', cookie: full })).status).toBe(200);
    // the half sign-in is over
    expect(
      (await callRoute(enrol, { url: '/tweestapsverificatie', cookie: staged })).headers.get('Location'),
    ).toBe('/login');
    const manager = userByEmail(MANAGER);
    expect(secretOf(MANAGER)).toBe(secret);
    // at rest it is sealed: the database holds no plain secret, in any column of any user
    expect(manager.totpSecret!.startsWith('v1.')).toBe(true);
    expect(JSON.stringify(db.$client.prepare('select * from users').all())).not.toContain(secret);
    const stored = db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, manager.id)).all();
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(recovery[0]!);
    expect(auditCount('user.totp_enabled')).toBe(1);
    expect(auditCount('login.success')).toBe(0);
  });
});

describe('the second step', () => {
  test('a wrong code is refused; a replayed code is refused; the next code signs in', async () => {
    const secret = secretOf(MANAGER)!;
    const res = await signIn(MANAGER);
    expect(res.headers.get('Location')).toBe('/login/code?redirectTo=%2Fte-doen');
    const staged = cookieOf(res);
    expect((await callRoute(code, { url: '/login/code', cookie: staged })).status).toBe(200);
    // the time step of the code accepted at enrolment (a few ms ago, or one step back if a 30 s
    // boundary passed since: either way within the one step of drift that is accepted)
    const last = userByEmail(MANAGER).totpLastStep!;
    const current = await codeAt(secret, last * 30_000 + 1_000);
    const wrong = current === '123456' ? '654321' : '123456';
    const bad = await sendCode(staged, wrong);
    expect(bad.status).toBe(401);
    expect(JSON.stringify(bad.data)).toContain('Deze code klopt niet.');
    // the code used at enrolment (this time step) was accepted once already
    const replayed = await sendCode(staged, current);
    expect(replayed.status).toBe(401);
    expect(JSON.stringify(replayed.data)).toContain('Deze code is al gebruikt.');
    expect(auditCount('login.totp_replayed')).toBe(1);
    // the next time step's code (the app shows it 30 s later; one step of drift is accepted)
    const next = await codeAt(secret, (last + 1) * 30_000 + 1_000);
    const good = await sendCode(staged, next);
    expect(good.status).toBe(302);
    expect(good.headers.get('Location')).toBe('/te-doen');
    const full = cookieOf(good);
    expect(full).not.toBe(staged);
    expect((await callRoute(overview, { url: '/overzicht', cookie: full })).status).toBe(200);
    expect(auditCount('login.success')).toBe(1);
    // and the same code again, in a new sign-in: replayed
    const again = cookieOf(await signIn(MANAGER));
    expect((await sendCode(again, next, '198.51.100.21')).status).toBe(401);
  });

  test('a recovery code works once', async () => {
    const staged = cookieOf(await signIn(MANAGER));
    const first = await sendCode(staged, recovery[0]!.toUpperCase(), '198.51.100.30');
    expect(first.status).toBe(302);
    expect(first.headers.get('Location')).toBe('/tweestapsverificatie?recovery=9');
    const staged2 = cookieOf(await signIn(MANAGER));
    const second = await sendCode(staged2, recovery[0]!, '198.51.100.30');
    expect(second.status).toBe(401);
    const manager = userByEmail(MANAGER);
    expect(
      db
        .select({ n: count() })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, manager.id), isNull(recoveryCodes.usedAt)))
        .get()!.n,
    ).toBe(9);
    expect(auditCount('login.recovery_code')).toBe(1);
  });

  test('wrong codes meet the back-off: five free, then 429 even for the right code', async () => {
    const secret = secretOf(MANAGER)!;
    const staged = cookieOf(await signIn(MANAGER));
    const ip = '198.51.100.40';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await sendCode(staged, `00000${i}`, ip)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const right = await codeAt(secret, Date.now() + 60_000);
    const throttled = await sendCode(staged, right, ip);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('Retry-After')).toBe('60');
    expect(auditCount('login.totp_throttled')).toBe(1);
  });

  test("the admin resets a user's second factor: secret and codes gone, sessions ended, audited; the next sign-in enrols again", async () => {
    const manager = userByEmail(MANAGER);
    const res = await callRoute<{ notice: string }>(admin, {
      url: '/beheer',
      as: 'admin',
      form: { intent: 'reset-totp', userId: String(manager.id) },
    });
    expect(res.status).toBe(200);
    const after = userByEmail(MANAGER);
    expect(after.totpSecret).toBeNull();
    expect(
      db.select({ n: count() }).from(recoveryCodes).where(eq(recoveryCodes.userId, manager.id)).get()!.n,
    ).toBe(0);
    expect(
      db
        .select({ n: count() })
        .from(sessions)
        .where(and(eq(sessions.userId, manager.id), isNull(sessions.revokedAt)))
        .get()!.n,
    ).toBe(0);
    expect(auditCount('user.totp_reset')).toBe(1);
    expect((await signIn(MANAGER)).headers.get('Location')).toBe(
      '/tweestapsverificatie?redirectTo=%2Fte-doen',
    );
  });
});

describe('outside a sign-in', () => {
  test('a signed-in user may set up the optional second factor, with the password typed again', async () => {
    const email = DEMO_USERS.coordinatorB;
    const res = await signIn(email);
    expect(res.headers.get('Location')).toBe('/te-doen');
    const cookie = cookieOf(res);
    const page = await callRoute<{ enrolment: { secret: string; sig: string }; needsPassword: boolean }>(
      enrol,
      {
        url: '/tweestapsverificatie',
        cookie,
      },
    );
    expect(page.data.needsPassword).toBe(true);
    const { secret, sig } = page.data.enrolment;
    const form = async (currentPassword: string) => ({
      secret,
      sig,
      currentPassword,
      code: await codeAt(secret, Date.now()),
    });
    const wrong = await callRoute<{ error: string }>(enrol, {
      url: '/tweestapsverificatie',
      cookie,
      form: await form('niet-mijn-wachtwoord'),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.data.error).toBe('Het huidige wachtwoord klopt niet.');
    expect(userByEmail(email).totpSecret).toBeNull();
    const ok = await callRoute<{ codes: string[] }>(enrol, {
      url: '/tweestapsverificatie',
      cookie,
      form: await form(DEMO_PASSWORD),
    });
    expect(ok.status).toBe(200);
    expect(ok.data.codes).toHaveLength(10);
    expect(secretOf(email)).toBe(secret);
    // from now on this coordinator signs in in two steps
    expect((await signIn(email)).headers.get('Location')).toBe('/login/code?redirectTo=%2Fte-doen');
  });
});

describe("switching off one's own second factor", () => {
  const COORD = DEMO_USERS.coordinatorB;
  const disable = (fields: Record<string, string>, as: string = COORD) =>
    callRoute<{ disableError?: string }>(enrol, {
      url: '/tweestapsverificatie',
      as,
      form: { intent: 'disable', ...fields },
      context: { clientIp: '198.51.100.60' },
    });
  const stored = () => userByEmail(COORD).totpSecret;

  test('a role that requires it cannot: 403, nothing changed', async () => {
    const res = await disable({ currentPassword: DEMO_PASSWORD }, MANAGER);
    expect(res.status).toBe(403);
    expect(res.data.disableError).toBe(
      'Voor uw rol is tweestapsverificatie verplicht; u kunt haar niet uitschakelen.',
    );
    expect(auditCount('user.totp_disabled')).toBe(0);
  });

  test('the page offers it where the role does not require it, and not where it does', async () => {
    const page = await callRoute<{ active: boolean; required: boolean }>(enrol, {
      url: '/tweestapsverificatie',
      as: COORD,
    });
    expect([page.data.active, page.data.required]).toEqual([true, false]);
  });

  test('without proof, with a wrong password or a wrong code: refused, the factor stays', async () => {
    const before = stored();
    expect(before).not.toBeNull();
    const none = await disable({ code: '', currentPassword: '' });
    expect(none.status).toBe(400);
    expect(none.data.disableError).toBe('Vul een code uit uw app of uw wachtwoord in.');
    const wrongPassword = await disable({ currentPassword: 'niet-mijn-wachtwoord' });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.data.disableError).toBe(
      'De code of het wachtwoord klopt niet. Er is niets gewijzigd.',
    );
    const secret = secretOf(COORD)!;
    const now = await codeAt(secret, Date.now());
    const wrongCode = await disable({ code: now === '123456' ? '654321' : '123456' });
    expect(wrongCode.status).toBe(400);
    expect(stored()).toBe(before);
    expect(auditCount('user.totp_disable_refused')).toBe(2);
    expect(auditCount('user.totp_disabled')).toBe(0);
  });

  test('with the password: off, recovery codes gone, audited; the next sign-in is one step', async () => {
    const id = userByEmail(COORD).id;
    const res = await disable({ currentPassword: DEMO_PASSWORD });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/tweestapsverificatie?uit=1');
    expect(stored()).toBeNull();
    expect(db.select({ n: count() }).from(recoveryCodes).where(eq(recoveryCodes.userId, id)).get()!.n).toBe(
      0,
    );
    const row = db.select().from(auditLog).where(eq(auditLog.action, 'user.totp_disabled')).all();
    expect(row).toHaveLength(1);
    expect([row[0]!.userId, row[0]!.entityId, row[0]!.detail]).toEqual([id, String(id), { via: 'password' }]);
    expect((await signIn(COORD)).headers.get('Location')).toBe('/te-doen');
    // nothing left to switch off
    const again = await disable({ currentPassword: DEMO_PASSWORD });
    expect(again.headers.get('Location')).toBe('/tweestapsverificatie');
    expect(auditCount('user.totp_disabled')).toBe(1);
  });

  test('with a current code of the app, once: the same code cannot be used again', async () => {
    // set it up again (in one session of the coordinator, the password typed again)
    const cookie = cookieOf(await signIn(COORD));
    const page = await callRoute<{ enrolment: { secret: string; sig: string } }>(enrol, {
      url: '/tweestapsverificatie',
      cookie,
    });
    const { secret, sig } = page.data.enrolment;
    const first = await codeAt(secret, Date.now());
    const on = await callRoute<{ codes: string[] }>(enrol, {
      url: '/tweestapsverificatie',
      cookie,
      form: { secret, sig, currentPassword: DEMO_PASSWORD, code: first },
    });
    expect(on.data.codes).toHaveLength(10);
    // the code used to set it up is spent
    const replayed = await disable({ code: first });
    expect(replayed.status).toBe(400);
    expect(replayed.data.disableError).toBe(
      'Deze code is al gebruikt. Wacht op de volgende code van uw app.',
    );
    expect(secretOf(COORD)).toBe(secret);
    const last = userByEmail(COORD).totpLastStep!;
    const res = await disable({ code: await codeAt(secret, (last + 1) * 30_000 + 1_000) });
    expect(res.status).toBe(302);
    expect(stored()).toBeNull();
    const rows = db.select().from(auditLog).where(eq(auditLog.action, 'user.totp_disabled')).all();
    expect(rows.map((r) => r.detail)).toEqual([{ via: 'password' }, { via: 'code' }]);
  });

  test('a half-done sign-in cannot switch anything off', async () => {
    const staged = cookieOf(await signIn(MANAGER));
    const res = await callRoute(enrol, {
      url: '/tweestapsverificatie',
      cookie: staged,
      form: { intent: 'disable', currentPassword: DEMO_PASSWORD },
    });
    expect(res.headers.get('Location')).toBe('/login');
  });
});

describe('per role', () => {
  test('optional for a coordinator until the admin requires it for the role', async () => {
    expect((await signIn(DEMO_USERS.coordinatorA)).headers.get('Location')).toBe('/te-doen');
    const res = await callRoute(admin, {
      url: '/beheer',
      as: 'admin',
      form: { intent: 'totp-roles', roles: ['coordinator'] },
    });
    expect(res.status).toBe(200);
    expect((await signIn(DEMO_USERS.coordinatorA)).headers.get('Location')).toBe(
      '/tweestapsverificatie?redirectTo=%2Fte-doen',
    );
    expect((await signIn(DEMO_USERS.reviewer)).headers.get('Location')).toBe('/te-doen');
    expect(auditCount('settings.totp_roles')).toBe(1);
  });
});
