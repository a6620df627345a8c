import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, outbox, users } from '#db/schema';
import * as admin from '#app/routes/_app.beheer/route';
import * as login from '#app/routes/login/route';
import * as overview from '#app/routes/_app.overzicht/route';
import { DEMO_PASSWORD } from '#seeds/demo-accounts';
import { callRoute } from '#test/call-route';
import { DEMO_USERS } from '#test/demo-users';
import { setupTestDatabase } from '#test/db';

const db = setupTestDatabase('seeded');
/** A post to the administration page by the admin. */
const post = (form: Record<string, string>) => callRoute<Reply>(admin, { url: '/beheer', as: 'admin', form });
type Reply = { result: { error?: Record<string, string[]> }; notice: string | null };

describe('user administration', () => {
  test('the admin sees every user', async () => {
    const { data } = await callRoute<Awaited<ReturnType<typeof admin.loader>>>(admin, {
      url: '/beheer',
      as: 'admin',
    });
    expect(data.users).toHaveLength(10);
    expect(data.regions).toHaveLength(6);
  });

  test('invites a coordinator for a region: no password typed, none stored, an invitation queued, audited', async () => {
    const region = db.query.regions.findFirst({ where: (r, { eq }) => eq(r.slug, 'utrecht') }).sync()!;
    const result = await post({
      intent: 'create',
      name: 'Nieuwe Coördinator',
      email: 'Nieuw@Utrecht.nl',
      role: 'coordinator',
      regionId: String(region.id),
    });
    expect(result.status).toBe(200);
    const user = db.select().from(users).where(eq(users.email, 'nieuw@utrecht.nl')).get()!;
    expect(user).toMatchObject({
      role: 'coordinator',
      regionId: region.id,
      disabled: false,
      passwordHash: '',
    });
    expect(
      db.select({ n: count() }).from(outbox).where(eq(outbox.toAddress, 'nieuw@utrecht.nl')).get()!.n,
    ).toBe(1);
    expect(db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'user.invited')).get()!.n).toBe(
      1,
    );
  });

  test('refuses a coordinator without a region and a taken address, and stores nothing', async () => {
    const before = db.select({ n: count() }).from(users).get()!.n;
    const bad = await post({ intent: 'create', name: 'X Y', email: 'xy@example.nl', role: 'coordinator' });
    expect(bad.status).toBe(400);
    const error = bad.data.result.error!;
    expect(error.regionId).toEqual(['Een regiocoördinator hoort bij precies één regio: kies de regio.']);
    const taken = await post({
      intent: 'create',
      name: 'Dubbel',
      email: DEMO_USERS.manager,
      role: 'manager',
    });
    expect(taken.status).toBe(400);
    expect(taken.data.result.error!.email).toEqual(['Er bestaat al een gebruiker met dit e-mailadres.']);
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(before);
  });

  test('the admin sends a reset link instead of typing a password: the hash stays, a link is queued, audited', async () => {
    const reviewer = db.select().from(users).where(eq(users.email, DEMO_USERS.reviewer)).get()!;
    const res = await post({ intent: 'send-reset', userId: String(reviewer.id) });
    expect(res.status).toBe(200);
    expect(db.select().from(users).where(eq(users.id, reviewer.id)).get()!.passwordHash).toBe(
      reviewer.passwordHash,
    );
    const mail = db.select().from(outbox).where(eq(outbox.toAddress, DEMO_USERS.reviewer)).all();
    expect(mail.map((m) => m.kind)).toEqual(['password_reset']);
    expect(
      db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'user.reset_sent')).get()!.n,
    ).toBe(1);
    // the old way is gone: a posted password is not an intent
    const old = await post({
      intent: 'reset-password',
      userId: String(reviewer.id),
      password: 'een-lang-wachtwoord',
    });
    expect(old.status).toBe(400);
  });

  test('disabling a user ends their open sessions at once', async () => {
    // the reviewer's own open session, from a login
    const signedIn = await callRoute(login, {
      url: '/login',
      form: { email: DEMO_USERS.reviewer, password: DEMO_PASSWORD },
    });
    const reviewerCookie = signedIn.headers.get('Set-Cookie')!.split(';')[0]!;
    const open = () => callRoute(overview, { url: '/overzicht', cookie: reviewerCookie });
    expect((await open()).status).toBe(200);
    const reviewer = db.select().from(users).where(eq(users.email, DEMO_USERS.reviewer)).get()!;
    await post({ intent: 'toggle', userId: String(reviewer.id), disabled: 'true' });
    expect(db.select().from(users).where(eq(users.id, reviewer.id)).get()!.disabled).toBe(true);
    expect((await open()).status).toBe(302);
  });

  test('an admin cannot disable their own account', async () => {
    const admin = db.select().from(users).where(eq(users.email, DEMO_USERS.admin)).get()!;
    const res = await post({ intent: 'toggle', userId: String(admin.id), disabled: 'true' });
    expect(res.status).toBe(400);
    expect(db.select().from(users).where(eq(users.id, admin.id)).get()!.disabled).toBe(false);
  });

  test('a manager may not post to the administration page, and nothing changes', async () => {
    const before = db.select({ n: count() }).from(users).get()!.n;
    const res = await callRoute(admin, {
      url: '/beheer',
      as: 'manager',
      form: {
        intent: 'create',
        name: 'Stiekem',
        email: 'x@x.nl',
        role: 'admin',
      },
    });
    expect(res.status).toBe(403);
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(before);
  });
});
