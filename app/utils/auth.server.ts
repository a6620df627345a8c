import { redirect } from '@remix-run/node';
import { eq } from 'drizzle-orm';
import { users } from '#db/schema';
import { getDb } from './db.server';
import { navItemsFor } from './navigation';
import { hashPassword, verifyPassword } from './password.server';
import { noteRequestUser } from './request-context.server';
import { findSessionUser, readSessionId, touchSession } from './session.server';

export type User = typeof users.$inferSelect;
/** What the browser may know of the signed-in user. */
export type PublicUser = Pick<User, 'id' | 'email' | 'name' | 'role' | 'regionId'>;

export function toPublicUser(u: User): PublicUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, regionId: u.regionId };
}

export async function getOptionalUser(request: Request): Promise<User | null> {
  const id = await readSessionId(request);
  const user = id ? findSessionUser(id) : null;
  if (user) noteRequestUser(user.id);
  // "last seen" follows page views; a post never writes it (a refused post changes nothing)
  if (user && id && request.method === 'GET') touchSession(id);
  return user;
}

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<User> {
  const user = await getOptionalUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return user;
}

// A hash to verify against when the e-mail is unknown, so the answer takes as long either way
// and the login form does not tell whether an address exists.
let dummyHash: Promise<string> | undefined;

export async function verifyLogin(email: string, password: string): Promise<User | null> {
  const user = getDb()
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .get();
  dummyHash ??= hashPassword(crypto.randomUUID());
  // an invited user without a password yet ('') is verified against the dummy too: same time, no sign-in
  const ok = await verifyPassword(user?.passwordHash || (await dummyHash), password);
  if (!user || !ok || user.disabled || user.passwordHash === '') return null;
  return user;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Where a user starts after logging in: the first page of their menu ("Te doen"; Beheer for an
 * admin, who has no programme pages).
 */
export function startPageFor(user: Pick<User, 'role' | 'regionId'>): string {
  return navItemsFor(user)[0]?.href ?? '/wachtwoord';
}
