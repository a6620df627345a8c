import { eq } from 'drizzle-orm';
import { users } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import { createUserSession } from '#app/utils/session.server';

/** A Cookie header for a signed-in session of the user with this e-mail address. */
export async function sessionCookieFor(email: string): Promise<string> {
  const user = getDb().select().from(users).where(eq(users.email, email)).get();
  if (!user) throw new Error(`No user ${email}`);
  const setCookie = await createUserSession(user.id);
  return setCookie.split(';')[0];
}

export function getRequest(url: string, cookie?: string): Request {
  return new Request(new URL(url, 'http://localhost'), { headers: cookie ? { Cookie: cookie } : {} });
}

export function postRequest(
  url: string,
  fields: Record<string, string | string[]>,
  cookie?: string,
): Request {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields))
    for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
  return rawPostRequest(url, body, cookie);
}

/** A POST with a body as given (for tests of malformed or oversized forms). */
export function rawPostRequest(url: string, body: BodyInit, cookie?: string): Request {
  return new Request(new URL(url, 'http://localhost'), {
    method: 'POST',
    body,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: 'http://localhost',
      ...(cookie ? { Cookie: cookie } : {}),
    },
    duplex: 'half',
  } as RequestInit);
}

/** Runs a loader or action and returns the Response it returned or threw. */
export async function settle(run: () => Promise<unknown>): Promise<{ status: number; response: unknown }> {
  try {
    const result = await run();
    if (result instanceof Response) return { status: result.status, response: result };
    const maybe = result as { init?: { status?: number } | null; type?: string } | null;
    if (maybe && maybe.type === 'DataWithResponseInit')
      return { status: maybe.init?.status ?? 200, response: result };
    return { status: 200, response: result };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, response: thrown };
    throw thrown;
  }
}
