/**
 * Invitation and forgotten password by e-mail (issue 27, items 1 and 2): the admin never types a
 * password; a link is stored only as a hash, works once and for a limited time; the forgotten-
 * password answer does not depend on whether the address has an account.
 */
import crypto from 'node:crypto';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { describe, expect, test, vi } from 'vitest';
import { accountTokens, auditLog, outbox, sessions, users } from '#db/schema';
import * as admin from '#app/routes/_app.beheer/route';
import * as messages from '#app/routes/_app.beheer_.berichten/route';
import * as forgot from '#app/routes/wachtwoord-vergeten/route';
import * as setPassword from '#app/routes/wachtwoord-instellen/route';
import * as login from '#app/routes/login/route';
import * as overview from '#app/routes/_app.overzicht/route';
import { deliverDueMessages } from '#app/server/mail-worker.server';
import { hashToken, RESET_PER_ACCOUNT_PER_HOUR, RESET_PER_IP_PER_HOUR } from '#app/models/accounts.server';
import { DEMO_PASSWORD } from '#seeds/demo-accounts';
import { callRoute } from '#test/call-route';
import { DEMO_USERS } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
const NEW_PASSWORD = 'een-zelfgekozen-wachtwoord-2027';

const userByEmail = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!;
const messagesTo = (email: string) =>
  db.select().from(outbox).where(eq(outbox.toAddress, email)).orderBy(desc(outbox.id)).all();
const tokenOf = (email: string) =>
  new URL(messagesTo(email)[0]!.secretLink!, 'http://x').searchParams.get('token')!;
const auditCount = (action: string) =>
  db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)).get()!.n;
const signIn = (email: string, password: string) =>
  callRoute(login, { url: '/login', form: { email, password, redirectTo: '' } });
const choose = (token: string, password = NEW_PASSWORD) =>
  callRoute<{ state: string | null }>(setPassword, {
    url: `/wachtwoord-instellen?token=${encodeURIComponent(token)}`,
    form: { newPassword: password, confirmPassword: password },
  });
const openLink = (token: string) =>
  callRoute<{ link: { state: string; kind: string | null; email: string | null } }>(setPassword, {
    url: `/wachtwoord-instellen?token=${encodeURIComponent(token)}`,
  });

async function invite(email: string, role = 'reviewer') {
  const res = await callRoute<{ notice: string | null }>(admin, {
    url: '/beheer',
    as: 'admin',
    form: { intent: 'create', name: 'Nieuwe Collega', email, role },
  });
  expect(res.status).toBe(200);
  return res;
}

describe('invitation by e-mail', () => {
  test('the admin invites without a password: an account that cannot sign in yet, a hashed 72-hour token, an e-mail, audited', async () => {
    const res = await invite('Nieuw.Collega@Ministerie.nl');
    expect(res.data.notice).toBe(
      'nieuw.collega@ministerie.nl is uitgenodigd; de uitnodiging staat klaar om verstuurd te worden.',
    );
    const user = userByEmail('nieuw.collega@ministerie.nl');
    expect(user.passwordHash).toBe('');
    const [mail] = messagesTo(user.email);
    expect(mail!.kind).toBe('invitation');
    expect(mail!.subject).toBe('Uitnodiging voor Proeftuinmonitor');
    // the stored body has a placeholder; the link (with the token) waits in its own column
    expect(mail!.body).toContain('{{link}}');
    const token = tokenOf(user.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail!.body).not.toContain(token);
    const stored = db.select().from(accountTokens).where(eq(accountTokens.userId, user.id)).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(crypto.createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(db.select().from(accountTokens).all())).not.toContain(token);
    expect(stored[0]!.kind).toBe('invite');
    expect(Date.parse(stored[0]!.expiresAt) - Date.parse(stored[0]!.createdAt)).toBeGreaterThan(
      72 * 3_600_000 - 5_000,
    );
    expect(Date.parse(stored[0]!.expiresAt) - Date.parse(stored[0]!.createdAt)).toBeLessThanOrEqual(
      72 * 3_600_000,
    );
    expect(auditCount('user.invited')).toBe(1);
    // not even a guess of an empty password signs in before the link is used
    expect((await signIn(user.email, '')).status).toBe(400);
    expect((await signIn(user.email, 'wat-dan-ook-123')).status).toBe(401);
  });

  test("the admin's outbox page never shows the link; the worker sends it and then forgets it", async () => {
    const email = 'nieuw.collega@ministerie.nl';
    const token = tokenOf(email);
    const page = await callRoute<{ messages: { body: string }[] }>(messages, {
      url: '/beheer/berichten',
      as: 'admin',
    });
    expect(JSON.stringify(page.data)).not.toContain(token);
    const sent: { to: string; text: string }[] = [];
    const result = await deliverDueMessages({
      db,
      transport: { sendMail: async (m) => void sent.push(m) },
      from: 'monitor@example.nl',
    });
    expect(result.failed).toBe(0);
    const mine = sent.filter((m) => m.to === email);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toContain(`/wachtwoord-instellen?token=${token}`);
    expect(mine[0]!.text).not.toContain('{{link}}');
    expect(messagesTo(email)[0]!.secretLink).toBeNull();
  });

  test('the link sets the password once; the user signs in with it; a second use says the link was used', async () => {
    const email = 'nieuw.collega@ministerie.nl';
    // the worker cleared the stored link: a new invitation, whose link is read before it is sent
    const user = userByEmail(email);
    const again = await callRoute(admin, {
      url: '/beheer',
      as: 'admin',
      form: { intent: 'reinvite', userId: String(user.id) },
    });
    expect(again.status).toBe(200);
    const fresh = tokenOf(email);
    // the first link ended when the new one was made
    expect(
      db
        .select()
        .from(accountTokens)
        .where(and(eq(accountTokens.userId, user.id), isNull(accountTokens.usedAt)))
        .all(),
    ).toHaveLength(1);
    const opened = await openLink(fresh);
    expect(opened.status).toBe(200);
    expect(opened.data.link).toEqual({ state: 'valid', kind: 'invite', name: 'Nieuwe Collega', email });
    const res = await choose(fresh);
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/login?done=invite');
    const after = userByEmail(email);
    expect(after.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(after.activatedAt).not.toBeNull();
    expect(auditCount('user.activated')).toBe(1);
    expect((await signIn(email, NEW_PASSWORD)).status).toBe(302);
    // reused
    const reused = await choose(fresh, 'nog-een-ander-wachtwoord-2028');
    expect(reused.status).toBe(410);
    expect(reused.data.state).toBe('used');
    expect(userByEmail(email).passwordHash).toBe(after.passwordHash);
    expect((await openLink(fresh)).data.link.state).toBe('used');
  });

  test('an expired link says so and changes nothing; a forged link is invalid', async () => {
    await invite('verlopen@gemeente.nl');
    const user = userByEmail('verlopen@gemeente.nl');
    const token = tokenOf(user.email);
    db.update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where(eq(accountTokens.tokenHash, hashToken(token)))
      .run();
    const page = await openLink(token);
    expect(page.status).toBe(410);
    expect(page.data.link.state).toBe('expired');
    const res = await choose(token);
    expect(res.status).toBe(410);
    expect(res.data.state).toBe('expired');
    expect(userByEmail(user.email).passwordHash).toBe('');
    for (const forged of [
      crypto.randomBytes(32).toString('base64url'),
      `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
      '',
      'x'.repeat(500),
    ]) {
      const p = await openLink(forged);
      expect(p.status).toBe(410);
      expect(p.data.link.state).toBe('invalid');
      expect((await choose(forged)).status).toBe(410);
    }
    expect(userByEmail(user.email).passwordHash).toBe('');
  });

  test('the admin refuses a taken address and an invalid role without writing anything', async () => {
    const before = db.select({ n: count() }).from(users).get()!.n;
    const taken = await callRoute<{ result: { error?: Record<string, string[]> } }>(admin, {
      url: '/beheer',
      as: 'admin',
      form: { intent: 'create', name: 'Dubbel', email: DEMO_USERS.manager, role: 'manager' },
    });
    expect(taken.status).toBe(400);
    expect(taken.data.result.error!.email).toEqual(['Er bestaat al een gebruiker met dit e-mailadres.']);
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(before);
  });
});

describe('forgotten password', () => {
  const ask = (email: string, ip = '198.51.100.7') =>
    callRoute<{ sent: string | null }>(forgot, {
      url: '/wachtwoord-vergeten',
      form: { email },
      context: { clientIp: ip },
    });

  test('the answer is the same for an address with and without an account, and both do the same hashing work', async () => {
    const createHash = vi.spyOn(crypto, 'createHash');
    const randomBytes = vi.spyOn(crypto, 'randomBytes');
    const known = await ask(DEMO_USERS.reviewer, '203.0.113.1');
    const work = { hashes: createHash.mock.calls.length, random: randomBytes.mock.calls.length };
    createHash.mockClear();
    randomBytes.mockClear();
    const unknown = await ask('bestaat.niet@example.nl', '203.0.113.2');
    const work2 = { hashes: createHash.mock.calls.length, random: randomBytes.mock.calls.length };
    createHash.mockRestore();
    randomBytes.mockRestore();
    expect(work).toEqual(work2);
    expect(work.hashes).toBeGreaterThan(0);
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect([...known.headers]).toEqual([...unknown.headers]);
    // the same sentence, with the address the user typed
    expect(known.data.sent).toBe(DEMO_USERS.reviewer);
    expect(unknown.data.sent).toBe('bestaat.niet@example.nl');
    expect(JSON.stringify(known.data).replace(DEMO_USERS.reviewer, 'X')).toBe(
      JSON.stringify(unknown.data).replace('bestaat.niet@example.nl', 'X'),
    );
    expect(messagesTo(DEMO_USERS.reviewer).filter((m) => m.kind === 'password_reset')).toHaveLength(1);
    expect(messagesTo('bestaat.niet@example.nl')).toHaveLength(0);
    const reset = db
      .select()
      .from(accountTokens)
      .where(eq(accountTokens.userId, userByEmail(DEMO_USERS.reviewer).id))
      .get()!;
    expect(reset.kind).toBe('reset');
    expect(Date.parse(reset.expiresAt) - Date.parse(reset.createdAt)).toBeLessThanOrEqual(3_600_000);
  });

  test('the link sets a new password once and ends every session of the account', async () => {
    const signedIn = await signIn(DEMO_USERS.reviewer, DEMO_PASSWORD);
    const cookie = signedIn.headers.get('Set-Cookie')!.split(';')[0]!;
    expect((await callRoute(overview, { url: '/overzicht', cookie })).status).toBe(200);
    const token = tokenOf(DEMO_USERS.reviewer);
    expect((await openLink(token)).data.link.kind).toBe('reset');
    const res = await choose(token);
    expect(res.headers.get('Location')).toBe('/login?done=reset');
    expect((await callRoute(overview, { url: '/overzicht', cookie })).status).toBe(302);
    const reviewer = userByEmail(DEMO_USERS.reviewer);
    expect(
      db
        .select({ n: count() })
        .from(sessions)
        .where(and(eq(sessions.userId, reviewer.id), isNull(sessions.revokedAt)))
        .get()!.n,
    ).toBe(0);
    expect((await signIn(DEMO_USERS.reviewer, DEMO_PASSWORD)).status).toBe(401);
    expect((await signIn(DEMO_USERS.reviewer, NEW_PASSWORD)).status).toBe(302);
    expect((await choose(token, 'weer-een-ander-wachtwoord-2029')).status).toBe(410);
    expect(auditCount('user.password_reset_by_link')).toBe(1);
  });

  test(`per account at most ${RESET_PER_ACCOUNT_PER_HOUR} e-mails an hour (the same answer after), per address ${RESET_PER_IP_PER_HOUR} requests`, async () => {
    const email = DEMO_USERS.manager2;
    const answers: number[] = [];
    for (let i = 0; i < RESET_PER_ACCOUNT_PER_HOUR + 2; i++)
      answers.push((await ask(email, `192.0.2.${i + 1}`)).status);
    expect(answers).toEqual(Array(RESET_PER_ACCOUNT_PER_HOUR + 2).fill(200));
    expect(messagesTo(email).filter((m) => m.kind === 'password_reset')).toHaveLength(
      RESET_PER_ACCOUNT_PER_HOUR,
    );
    const fromOne: number[] = [];
    for (let i = 0; i < RESET_PER_IP_PER_HOUR + 1; i++)
      fromOne.push((await ask(`iemand${i}@example.nl`, '192.0.2.200')).status);
    expect(fromOne.slice(0, RESET_PER_IP_PER_HOUR)).toEqual(Array(RESET_PER_IP_PER_HOUR).fill(200));
    expect(fromOne[RESET_PER_IP_PER_HOUR]).toBe(429);
  });

  test('someone whose invitation expired asks for a new link on the page the expired link offers, and gets a new invitation', async () => {
    const email = 'verlopen@gemeente.nl';
    const before = messagesTo(email).length;
    expect((await ask(email, '192.0.2.99')).status).toBe(200);
    const mail = messagesTo(email);
    expect(mail).toHaveLength(before + 1);
    expect(mail[0]!.kind).toBe('invitation');
    const token = tokenOf(email);
    expect((await openLink(token)).data.link).toMatchObject({ state: 'valid', kind: 'invite' });
    expect((await choose(token)).headers.get('Location')).toBe('/login?done=invite');
  });

  test('a malformed address is a 400 that writes nothing', async () => {
    const before = db.select({ n: count() }).from(auditLog).get()!.n;
    const res = await ask('geen-adres');
    expect(res.status).toBe(400);
    expect(db.select({ n: count() }).from(auditLog).get()!.n).toBe(before);
  });

  test('in the demo, sign-in stays one step: a manager goes straight to the start page', async () => {
    const res = await signIn(DEMO_USERS.manager, DEMO_PASSWORD);
    expect(res.headers.get('Location')).toBe('/te-doen');
  });
});
