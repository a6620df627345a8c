/**
 * Route tests in one line: `callRoute(module, { url, as, form })` runs the loader (or, with a
 * form, the action) of a route module with a real Request on the test database and returns the
 * status, the body as data (JSON, text or the loader's object) and the headers.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { DEMO_USERS, type DemoUser } from './demo-users';
import { getRequest, postRequest, rawPostRequest, sessionCookieFor, settle } from './requests';

type Fn = (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown;

export interface RouteCall {
  url: string;
  /** a demo user (see demo-users.ts), an e-mail address, or nobody */
  as?: DemoUser | (string & {});
  /** posted fields: calls the action */
  form?: Record<string, string | string[]>;
  params?: Record<string, string>;
  /** extra Cookie header parts (e.g. the language, or a session a login returned) */
  cookie?: string;
  /** a raw request body (posted as a form unless `headers` says otherwise): calls the action */
  body?: BodyInit;
  /** extra or replacing request headers (e.g. Origin, Content-Type, Content-Length) */
  headers?: Record<string, string>;
  /** the load context the server passes (e.g. `{ clientIp }`) */
  context?: Record<string, unknown>;
}

export interface RouteResult<T = unknown> {
  status: number;
  /** a loader's object, the value of a `data()` reply, or a Response's JSON or text */
  data: T;
  headers: Headers;
  response: unknown;
}

export async function callRoute<T = unknown>(
  module: { loader?: Fn; action?: Fn } | { loader?: unknown; action?: unknown },
  { url, as, form, params = {}, cookie, body, headers, context = {} }: RouteCall,
): Promise<RouteResult<T>> {
  const email = as === undefined ? undefined : ((DEMO_USERS as Record<string, string>)[as] ?? as);
  const session = email ? await sessionCookieFor(email) : undefined;
  const cookies = [session, cookie].filter(Boolean).join('; ') || undefined;
  const posts = form !== undefined || body !== undefined;
  const request = withHeaders(
    body !== undefined
      ? rawPostRequest(url, body, cookies)
      : form
        ? postRequest(url, form, cookies)
        : getRequest(url, cookies),
    headers,
  );
  const fn = (posts ? module.action : module.loader) as Fn | undefined;
  if (!fn) throw new Error(`The module has no ${posts ? 'action' : 'loader'}`);
  const { status, response } = await settle(async () => fn({ request, params, context }));
  if (response instanceof Response) {
    const type = response.headers.get('Content-Type') ?? '';
    // Keep a byte-order mark (Response.text() drops it; CSV tests check it).
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const data = type.includes('json') ? JSON.parse(text) : text;
    return { status, data: data as T, headers: response.headers, response };
  }
  // An action's `data(value, { status, headers })` reply: its value, its status and its headers.
  const init = response as { type?: string; data?: unknown; init?: { headers?: HeadersInit } | null } | null;
  if (init?.type === 'DataWithResponseInit')
    return { status, data: init.data as T, headers: new Headers(init.init?.headers), response };
  return { status, data: response as T, headers: new Headers(), response };
}

function withHeaders(request: Request, headers?: Record<string, string>): Request {
  if (!headers) return request;
  const merged = new Headers(request.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Request(request, { headers: merged });
}
