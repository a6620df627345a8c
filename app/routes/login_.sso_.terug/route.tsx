import type { LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { recordAudit } from '#app/models/audit.server';
import { endSsoCookie, finishSso, ssoName } from '#app/models/sso.server';
import { secondStepFor } from '#app/models/two-factor.server';
import { noteSignIn } from '#app/models/users.server';
import { startPageFor } from '#app/utils/auth.server';
import { getEnv } from '#app/utils/env.server';
import { langCookie, readLangChoice } from '#app/utils/lang.server';
import { safeRedirect } from '#app/utils/safe-redirect';
import { createUserSession } from '#app/utils/session.server';

/**
 * The identity provider's redirect back. Success makes the same session as a password login (or,
 * where the app's own second factor still applies, the same half-done one); anything else leads to
 * the login page with its reason and no session. The flow's cookie ends either way.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  if (!ssoName()) throw redirect('/login');
  const headers = new Headers({ 'Set-Cookie': await endSsoCookie() });
  const result = await finishSso(request);
  const issuer = getEnv().OIDC_ISSUER;
  if (!result.ok) {
    recordAudit({
      userId: null,
      action: 'login.sso_failed',
      entityType: 'session',
      detail: { reason: result.reason, issuer, ...(result.email ? { email: result.email } : {}) },
    });
    return redirect(`/login?sso=${result.reason}`, { headers });
  }
  const { user, mfa } = result;
  // the provider's second factor counts only where it is configured to (OIDC_MFA_AMR / _ACR)
  const stage = mfa ? null : secondStepFor(user);
  recordAudit({
    userId: user.id,
    action: 'login.sso',
    entityType: 'session',
    detail: { email: user.email, issuer, subject: result.subject, providerMfa: mfa, secondStep: stage },
  });
  const ip = (context?.clientIp as string | undefined) ?? null;
  const target = safeRedirect(result.redirectTo, startPageFor(user));
  headers.append('Set-Cookie', await createUserSession(user.id, { stage, request, ip }));
  const chosen = await readLangChoice(request);
  if (!chosen) headers.append('Set-Cookie', await langCookie.serialize(user.lang));
  if (stage) {
    const next = stage === 'totp' ? '/login/code' : '/tweestapsverificatie';
    return redirect(`${next}?redirectTo=${encodeURIComponent(target)}`, { headers });
  }
  noteSignIn(user.id);
  return redirect(target, { headers });
}
