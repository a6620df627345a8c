/**
 * Single sign-on through OpenID Connect (openid-client): off unless OIDC_ISSUER and its companions
 * are set. Authorization code flow with PKCE; state, nonce and the PKCE verifier wait in a
 * short-lived signed cookie on the browser that started. The ID token's e-mail signs in an
 * existing, activated and enabled account only when the provider says it is verified; no account
 * is ever made here, and roles and regions stay managed in the app. See docs/decisions/013-*.md.
 */
import { createCookie } from '@remix-run/node';
import { eq } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { users } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import { getEnv } from '#app/utils/env.server';
import { logger } from '#app/utils/logger.server';
import { normaliseEmail, type User } from '#app/utils/auth.server';

/** Why a single sign-on did not sign anyone in; each has its own message on the login page. */
export const SSO_FAILURES = [
  'state',
  'failed',
  'unverified',
  'unknown',
  'inactive',
  'disabled',
  'unavailable',
  'cancelled',
] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

export const SSO_CALLBACK_PATH = '/login/sso/terug';
/** How long a started sign-in may take at the identity provider. */
const FLOW_SECONDS = 10 * 60;

/** The provider's name for the login button, or null when single sign-on is off. */
export function ssoName(): string | null {
  const env = getEnv();
  return env.OIDC_ISSUER ? (env.OIDC_NAME ?? null) : null;
}

let discovered: { issuer: string; config: Promise<oidc.Configuration> } | undefined;

/** The provider's metadata, fetched once (again after a failure). */
function configuration(): Promise<oidc.Configuration> {
  const env = getEnv();
  const issuer = env.OIDC_ISSUER!;
  if (discovered?.issuer !== issuer) {
    const url = new URL(issuer);
    const config = oidc
      .discovery(
        url,
        env.OIDC_CLIENT_ID!,
        env.OIDC_CLIENT_SECRET!,
        undefined,
        // http:// only outside production (env.server.ts refuses it there): a provider in a test
        url.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    discovered = { issuer, config };
  }
  return discovered.config;
}

/** Forgets the provider's metadata (a test that starts another provider). */
export function forgetSsoProvider() {
  discovered = undefined;
  flowCookie = undefined;
}

let flowCookie: ReturnType<typeof createCookie> | undefined;
function cookie() {
  const env = getEnv();
  flowCookie ??= createCookie('__sso', {
    httpOnly: true,
    // lax: the provider's redirect back is a top-level GET from another site
    sameSite: 'lax',
    secure: !env.isDemo,
    path: '/login/sso',
    maxAge: FLOW_SECONDS,
    secrets: [env.SESSION_SECRET],
  });
  return flowCookie;
}

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  redirectTo: string;
  started: number;
}

function callbackUrl(search = ''): URL {
  return new URL(`${getEnv().APP_URL!.replace(/\/$/, '')}${SSO_CALLBACK_PATH}${search}`);
}

/** Starts a sign-in: the provider's address to go to, and the cookie holding state, nonce and verifier. */
export async function startSso(redirectTo: string): Promise<{ location: string; setCookie: string }> {
  const config = await configuration();
  const flow: Flow = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    redirectTo,
    started: Date.now(),
  };
  const location = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl().href,
    scope: 'openid email',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  });
  return { location: location.href, setCookie: await cookie().serialize(flow) };
}

/** The Set-Cookie value that ends a started sign-in (used once, success or not). */
export function endSsoCookie(): Promise<string> {
  return cookie().serialize('', { maxAge: 0 });
}

export type SsoResult =
  | { ok: true; user: User; redirectTo: string; mfa: boolean; subject: string }
  | { ok: false; reason: SsoFailure; email?: string };

async function readFlow(request: Request): Promise<Flow | null> {
  const value: unknown = await cookie().parse(request.headers.get('Cookie'));
  if (!value || typeof value !== 'object') return null;
  const f = value as Partial<Flow>;
  if (
    typeof f.state !== 'string' ||
    typeof f.nonce !== 'string' ||
    typeof f.verifier !== 'string' ||
    typeof f.redirectTo !== 'string' ||
    typeof f.started !== 'number' ||
    Date.now() - f.started > FLOW_SECONDS * 1000
  )
    return null;
  return f as Flow;
}

/** Whether the provider's claims say a second factor was used, as configured (OIDC_MFA_AMR / _ACR). */
export function providerDidMfa(claims: Record<string, unknown>): boolean {
  const env = getEnv();
  const words = (v: string | undefined) => (v ? v.split(/\s+/).filter(Boolean) : []);
  const amr = words(env.OIDC_MFA_AMR);
  const acr = words(env.OIDC_MFA_ACR);
  if (amr.length > 0 && Array.isArray(claims.amr) && claims.amr.some((a) => amr.includes(String(a))))
    return true;
  return acr.length > 0 && typeof claims.acr === 'string' && acr.includes(claims.acr);
}

/** The provider's redirect back: checks state, exchanges the code (PKCE, nonce), maps the e-mail. */
export async function finishSso(request: Request): Promise<SsoResult> {
  const url = new URL(request.url);
  const flow = await readFlow(request);
  // no flow of this browser, or another state: a forged or crossed redirect, or one that took too long
  if (!flow || url.searchParams.get('state') !== flow.state) return { ok: false, reason: 'state' };
  if (url.searchParams.has('error')) {
    return {
      ok: false,
      reason: url.searchParams.get('error') === 'access_denied' ? 'cancelled' : 'failed',
    };
  }
  let config: oidc.Configuration;
  try {
    config = await configuration();
  } catch (error) {
    logger().error({ err: error }, 'single sign-on: the provider could not be reached');
    return { ok: false, reason: 'unavailable' };
  }
  let claims: oidc.IDToken;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl(url.search), {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims()!;
    // some providers put the e-mail in userinfo only
    if (claims.email === undefined && tokens.access_token) {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      claims = { ...claims, email: info.email, email_verified: info.email_verified };
    }
  } catch (error) {
    logger().warn(
      { err: error instanceof Error ? { name: error.name, message: error.message } : String(error) },
      'single sign-on: the code exchange or the ID token was refused',
    );
    return { ok: false, reason: 'failed' };
  }
  const email = typeof claims.email === 'string' ? normaliseEmail(claims.email) : '';
  if (!email || claims.email_verified !== true) return { ok: false, reason: 'unverified', email };
  const user = getDb().select().from(users).where(eq(users.email, email)).get();
  if (!user) return { ok: false, reason: 'unknown', email };
  if (user.disabled) return { ok: false, reason: 'disabled', email };
  // invited, no password chosen yet: the invitation's link activates an account, not the provider
  if (user.passwordHash === '') return { ok: false, reason: 'inactive', email };
  return { ok: true, user, redirectTo: flow.redirectTo, mfa: providerDidMfa(claims), subject: claims.sub };
}
