import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, users } from '../../db/schema';
import { action, loader } from '../../app/routes/_app.beheer/route';
import { loader as overviewLoader } from '../../app/routes/_app.overzicht/route';
import { setupTestDatabase } from '../db';
import { getRequest, postRequest, sessionCookieFor, settle } from '../requests';

const db = setupTestDatabase('seeded');
const args = (request: Request) => ({ request, params: {}, context: {} });
type Reply = { data: { result: { error?: Record<string, string[]> }; notice: string | null } };

describe('user administration', () => {
  test('the admin sees every user', async () => {
    const cookie = await sessionCookieFor('admin@demo.proeftuinmonitor.nl');
    const data = await loader(args(getRequest('/beheer', cookie)));
    expect(data.users).toHaveLength(10);
    expect(data.regions).toHaveLength(6);
  });

  test('creates a coordinator for a region, hashed with argon2id and audited', async () => {
    const cookie = await sessionCookieFor('admin@demo.proeftuinmonitor.nl');
    const region = db.query.regions.findFirst({ where: (r, { eq }) => eq(r.slug, 'utrecht') }).sync()!;
    const result = await settle(() =>
      action(
        args(
          postRequest(
            '/beheer',
            {
              intent: 'create',
              name: 'Nieuwe Coördinator',
              email: 'Nieuw@Utrecht.nl',
              role: 'coordinator',
              regionId: String(region.id),
              password: 'een-lang-wachtwoord',
            },
            cookie,
          ),
        ),
      ),
    );
    expect(result.status).toBe(200);
    const user = db.select().from(users).where(eq(users.email, 'nieuw@utrecht.nl')).get()!;
    expect(user).toMatchObject({ role: 'coordinator', regionId: region.id, disabled: false });
    expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'user.create')).get()!.n).toBe(
      1,
    );
  });

  test('refuses a coordinator without a region, a short password and a taken address, and stores nothing', async () => {
    const cookie = await sessionCookieFor('admin@demo.proeftuinmonitor.nl');
    const before = db.select({ n: count() }).from(users).get()!.n;
    const bad = await settle(() =>
      action(
        args(
          postRequest(
            '/beheer',
            { intent: 'create', name: 'X Y', email: 'xy@example.nl', role: 'coordinator', password: 'kort' },
            cookie,
          ),
        ),
      ),
    );
    expect(bad.status).toBe(400);
    const error = (bad.response as Reply).data.result.error!;
    expect(error.regionId).toEqual(['Een regiocoördinator hoort bij precies één regio: kies de regio.']);
    expect(error.password).toEqual(['Het wachtwoord moet minstens 12 tekens lang zijn.']);
    const taken = await settle(() =>
      action(
        args(
          postRequest(
            '/beheer',
            {
              intent: 'create',
              name: 'Dubbel',
              email: 'manager1@demo.proeftuinmonitor.nl',
              role: 'manager',
              password: 'een-lang-wachtwoord',
            },
            cookie,
          ),
        ),
      ),
    );
    expect(taken.status).toBe(400);
    expect((taken.response as Reply).data.result.error!.email).toEqual([
      'Er bestaat al een gebruiker met dit e-mailadres.',
    ]);
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(before);
  });

  test('refuses a commonly used password, for a new user and for a reset', async () => {
    const cookie = await sessionCookieFor('admin@demo.proeftuinmonitor.nl');
    const before = db.select({ n: count() }).from(users).get()!.n;
    const res = await settle(() =>
      action(
        args(
          postRequest(
            '/beheer',
            {
              intent: 'create',
              name: 'Zwak',
              email: 'zwak@example.nl',
              role: 'reviewer',
              password: 'qwerty123456',
            },
            cookie,
          ),
        ),
      ),
    );
    expect(res.status).toBe(400);
    expect((res.response as Reply).data.result.error!.password).toEqual([
      'Dit wachtwoord wordt veel gebruikt en is daardoor makkelijk te raden. Kies een ander wachtwoord.',
    ]);
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(before);
    const reviewer = db
      .select()
      .from(users)
      .where(eq(users.email, 'reviewer@demo.proeftuinmonitor.nl'))
      .get()!;
    const reset = await settle(() =>
      action(
        args(
          postRequest(
            '/beheer',
            { intent: 'reset-password', userId: String(reviewer.id), password: 'qwerty123456' },
            cookie,
          ),
        ),
      ),
    );
    expect(reset.status).toBe(400);
    expect(db.select().from(users).where(eq(users.id, reviewer.id)).get()!.passwordHash).toBe(
      reviewer.passwordHash,
    );
  });

  test('disabling a user ends their open sessions at once', async () => {
    const admin = await sessionCookieFor('admin@demo.proeftuinmonitor.nl');
    const reviewerCookie = await sessionCookieFor('reviewer@demo.proeftuinmonitor.nl');
    expect((await settle(() => overviewLoader(args(getRequest('/overzicht', reviewerCookie))))).status).toBe(
      200,
    );
    const reviewer = db
      .select()
      .from(users)
      .where(eq(users.email, 'reviewer@demo.proeftuinmonitor.nl'))
      .get()!;
    await action(
      args(
        postRequest('/beheer', { intent: 'toggle', userId: String(reviewer.id), disabled: 'true' }, admin),
      ),
    );
    expect(db.select().from(users).where(eq(users.id, reviewer.id)).get()!.disabled).toBe(true);
    expect((await settle(() => overviewLoader(args(getRequest('/overzicht', reviewerCookie))))).status).toBe(
      302,
    );
  });

  test('an admin cannot disable their own account', async () => {
    const cookie = await sessionCookieFor('admin@demo.proeftuinmonitor.nl');
    const admin = db.select().from(users).where(eq(users.email, 'admin@demo.proeftuinmonitor.nl')).get()!;
    const res = await settle(() =>
      action(
        args(
          postRequest('/beheer', { intent: 'toggle', userId: String(admin.id), disabled: 'true' }, cookie),
        ),
      ),
    );
    expect(res.status).toBe(400);
    expect(db.select().from(users).where(eq(users.id, admin.id)).get()!.disabled).toBe(false);
  });

  test('a manager may not post to the administration page, and nothing changes', async () => {
    const cookie = await sessionCookieFor('manager1@demo.proeftuinmonitor.nl');
    const before = db.select({ n: count() }).from(users).get()!.n;
    const res = await settle(() =>
      action(
        args(
          postRequest(
            '/beheer',
            {
              intent: 'create',
              name: 'Stiekem',
              email: 'x@x.nl',
              role: 'admin',
              password: 'een-lang-wachtwoord',
            },
            cookie,
          ),
        ),
      ),
    );
    expect(res.status).toBe(403);
    expect(db.select({ n: count() }).from(users).get()!.n).toBe(before);
  });
});
