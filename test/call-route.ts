/**
 * Route tests in one line: `callRoute(module, { url, as, form })` runs the loader (or, with a
 * form, the action) of a route module with a real Request on the test database and returns the
 * status, the body as data (JSON, text or the loader's object) and the headers.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { DEMO_USERS, type DemoUser } from './demo-users';
import { getRequest, postRequest, sessionCookieFor, settle } from './requests';

type Fn = (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown;

export interface RouteCall {
  url: string;
  /** a demo user (see demo-users.ts), an e-mail address, or nobody */
  as?: DemoUser | (string & {});
  /** posted fields: calls the action */
  form?: Record<string, string | string[]>;
  params?: Record<string, string>;
  /** extra Cookie header parts (e.g. the language) */
  cookie?: string;
}

export interface RouteResult<T = unknown> {
  status: number;
  /** a loader's object, or a Response's JSON or text */
  data: T;
  headers: Headers;
  response: unknown;
}

export async function callRoute<T = unknown>(
  module: { loader?: Fn; action?: Fn } | { loader?: unknown; action?: unknown },
  { url, as, form, params = {}, cookie }: RouteCall,
): Promise<RouteResult<T>> {
  const email = as === undefined ? undefined : ((DEMO_USERS as Record<string, string>)[as] ?? as);
  const session = email ? await sessionCookieFor(email) : undefined;
  const cookies = [session, cookie].filter(Boolean).join('; ') || undefined;
  const request = form ? postRequest(url, form, cookies) : getRequest(url, cookies);
  const fn = (form ? module.action : module.loader) as Fn | undefined;
  if (!fn) throw new Error(`The module has no ${form ? 'action' : 'loader'}`);
  const { status, response } = await settle(async () => fn({ request, params, context: {} }));
  if (response instanceof Response) {
    const type = response.headers.get('Content-Type') ?? '';
    // Keep a byte-order mark (Response.text() drops it; CSV tests check it).
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const data = type.includes('json') ? JSON.parse(text) : text;
    return { status, data: data as T, headers: response.headers, response };
  }
  return { status, data: response as T, headers: new Headers(), response };
}
