import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { Shell } from '#app/components/shell';
import { accounts } from '#app/i18n/accounts';
import { common } from '#app/i18n/common';
import { translate } from '#app/i18n/i18n';
import { loginThrottle, recordLoginAttempt } from '#app/models/login-attempts.server';
import { verifyPassword } from '#app/utils/password.server';
import { useT } from '#app/i18n/use-t';
import { recordAudit } from '#app/models/audit.server';
import {
  checkEnrolmentSignature,
  disableOwnSecondFactor,
  verifySecondFactor,
  endStagedSessions,
  enrolSecondFactor,
  newEnrolment,
  readTotpRoles,
  recoveryCodesLeft,
  signEnrolment,
} from '#app/models/two-factor.server';
import { noteSignIn } from '#app/models/users.server';
import { getOptionalUser, startPageFor, type User } from '#app/utils/auth.server';
import { type Lang } from '#app/domain/lang';
import { getEnv } from '#app/utils/env.server';
import { readFormData } from '#app/utils/form-data.server';
import { passRetryAfter } from '#app/utils/action-headers';
import { getLang } from '#app/utils/lang.server';
import { pageTitle } from '#app/utils/meta';
import { badRequest } from '#app/utils/responses.server';
import { createUserSession, findStagedSession, readSessionId } from '#app/utils/session.server';
import { safeRedirect } from '#app/utils/safe-redirect';
import { DisableForm, EnrolForm, RecoveryCodes } from './enrol-form';

/**
 * Setting up the second factor: at a sign-in whose role requires it (a session in stage 'enrol'),
 * or by any signed-in user (optional for their role, or to link a new phone).
 */
async function whoIsEnrolling(request: Request) {
  const staged = await findStagedSession(request);
  if (staged?.stage === 'enrol') return { user: staged.user, sessionId: staged.id, staged: true };
  const user = await getOptionalUser(request);
  const sessionId = await readSessionId(request);
  if (!user || !sessionId) throw redirect('/login');
  return { user, sessionId, staged: false };
}

/** A 429's Retry-After reaches the browser (Remix passes only cookies without this). */
export const headers = passRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, sessionId, staged } = await whoIsEnrolling(request);
  const enrolment = await newEnrolment(user.email);
  return {
    isDemo: getEnv().isDemo,
    shellUser: staged ? null : { name: user.name, role: user.role, regionId: user.regionId },
    required: readTotpRoles().includes(user.role),
    staged,
    // outside a sign-in, the password again: an open session alone must not link someone's app
    needsPassword: !staged,
    active: Boolean(user.totpSecret),
    left: user.totpSecret ? recoveryCodesLeft(user.id) : 0,
    enrolment: {
      secret: enrolment.secret,
      qr: enrolment.qr,
      sig: signEnrolment(sessionId, enrolment.secret),
    },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, sessionId, staged } = await whoIsEnrolling(request);
  const lang = await getLang(request);
  const form = await readFormData(request);
  if (form.get('intent') === 'disable') {
    if (staged) throw redirect('/login');
    return disable(user, form, lang, context?.clientIp ?? '');
  }
  const secret = String(form.get('secret') ?? '');
  const sig = String(form.get('sig') ?? '');
  const code = String(form.get('code') ?? '').trim();
  if (!/^[A-Z2-7]{16,64}$/.test(secret) || !checkEnrolmentSignature(sessionId, secret, sig))
    badRequest(translate(accounts, lang, 'enrolExpired'));
  const again = async (error: string, status: number, headers?: HeadersInit) =>
    data(
      {
        error,
        codes: null,
        next: null,
        enrolment: { secret, qr: (await newEnrolment(user.email, secret)).qr, sig },
      },
      { status, headers },
    );
  if (!staged) {
    // a wrong password here counts as a failed login, under the login's limits
    const ip = context?.clientIp ?? '';
    const throttle = loginThrottle({ email: user.email, ip });
    if (throttle)
      return again(translate(common, lang, 'passwordThrottled'), 429, {
        'Retry-After': String(throttle.retryAfterMinutes * 60),
      });
    const password = String(form.get('currentPassword') ?? '').slice(0, 1000);
    if (!(await verifyPassword(user.passwordHash, password))) {
      recordLoginAttempt({ email: user.email, ip, success: false });
      return again(translate(common, lang, 'valCurrentPasswordWrong'), 400);
    }
  }
  const codes = await enrolSecondFactor(user.id, secret, code);
  if (!codes) {
    recordAudit({ userId: user.id, action: 'user.totp_enrol_failed', entityType: 'user', entityId: user.id });
    const again = await newEnrolment(user.email, secret);
    return data(
      {
        error: translate(accounts, lang, 'codeWrong'),
        codes: null,
        next: null,
        enrolment: { secret, qr: again.qr, sig },
      },
      { status: 400 },
    );
  }
  if (!staged) return { error: null, codes, next: '/tweestapsverificatie', enrolment: null };
  // the sign-in this set-up was part of is now complete: a fresh, full session
  endStagedSessions([sessionId]);
  noteSignIn(user.id);
  const target = safeRedirect(new URL(request.url).searchParams.get('redirectTo'), startPageFor(user));
  return data(
    { error: null, codes, next: target, enrolment: null },
    {
      headers: { 'Set-Cookie': await createUserSession(user.id, { request, ip: context?.clientIp ?? null }) },
    },
  );
}

/**
 * Switching one's own optional second factor off: only where the role does not require it, and
 * confirmed with a code of the app (or a recovery code) or the password, each under the login's
 * limits. Audited; the recovery codes end with it.
 */
async function disable(user: User, form: FormData, lang: Lang, ip: string) {
  const refuse = (message: string, status: number, headers?: HeadersInit) =>
    data({ disableError: message }, { status, headers });
  if (readTotpRoles().includes(user.role)) return refuse(translate(accounts, lang, 'disableRequired'), 403);
  if (!user.totpSecret) throw redirect('/tweestapsverificatie');
  const code = String(form.get('code') ?? '')
    .trim()
    .slice(0, 20);
  const password = String(form.get('currentPassword') ?? '').slice(0, 1000);
  if (!code && !password) return refuse(translate(accounts, lang, 'disableNeedsProof'), 400);
  const key = code ? `totp:${user.email}` : user.email;
  const throttle = loginThrottle({ email: key, ip });
  if (throttle) {
    const message = code
      ? translate(accounts, lang, 'codeThrottled', { minutes: throttle.retryAfterMinutes })
      : translate(common, lang, 'passwordThrottled');
    return refuse(message, 429, { 'Retry-After': String(throttle.retryAfterMinutes * 60) });
  }
  let ok: boolean;
  if (code) {
    const result = await verifySecondFactor(user.id, code);
    if (result === 'replayed') {
      recordLoginAttempt({ email: key, ip, success: false });
      return refuse(translate(accounts, lang, 'codeReplayed'), 400);
    }
    ok = result === 'ok' || result === 'recovery';
  } else {
    ok = await verifyPassword(user.passwordHash, password);
  }
  recordLoginAttempt({ email: key, ip, success: ok });
  if (!ok) {
    recordAudit({
      userId: user.id,
      action: 'user.totp_disable_refused',
      entityType: 'user',
      entityId: user.id,
      detail: { via: code ? 'code' : 'password' },
    });
    return refuse(translate(accounts, lang, 'disableWrong'), 400);
  }
  disableOwnSecondFactor(user.id, code ? 'code' : 'password');
  return redirect('/tweestapsverificatie?uit=1');
}

export default function TwoFactorPage() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(accounts);
  const [searchParams] = useSearchParams();
  const recovery = searchParams.get('recovery');
  const done = actionData && 'codes' in actionData ? actionData : null;
  const disableError = actionData && 'disableError' in actionData ? actionData.disableError : null;
  const enrolment = done?.enrolment ?? loaderData.enrolment;
  return (
    <Shell
      user={done?.codes && done.next !== '/tweestapsverificatie' ? null : loaderData.shellUser}
      isDemo={loaderData.isDemo}
    >
      <div className="narrow">
        {done?.codes ? (
          <>
            <h1>{t('enrolDone')}</h1>
            <RecoveryCodes codes={done.codes} />
            <p>
              <Link to={done.next ?? '/'} className="button">
                {t('recoveryContinue')}
              </Link>
            </p>
          </>
        ) : (
          <>
            <h1>{t('enrolTitle')}</h1>
            {recovery !== null && /^\d+$/.test(recovery) ? (
              <p className="notice notice-warning" role="status">
                {t('codeRecoveryUsed', { count: recovery })}
              </p>
            ) : null}
            {searchParams.get('uit') === '1' && !loaderData.active ? (
              <p className="notice notice-success" role="status">
                {t('disableDone')}
              </p>
            ) : null}
            {loaderData.active ? (
              <>
                <p>{t('enrolActive', { count: loaderData.left })}</p>
                <p>{t('enrolReplace')}</p>
              </>
            ) : (
              <p>{t(loaderData.staged || loaderData.required ? 'enrolRequired' : 'enrolOptional')}</p>
            )}
            <EnrolForm
              enrolment={enrolment}
              error={done?.error ?? null}
              needsPassword={loaderData.needsPassword}
            />
            {loaderData.active && !loaderData.required && !loaderData.staged ? (
              <DisableForm error={disableError} />
            ) : null}
            {loaderData.staged ? (
              <Form method="post" action="/logout">
                <button type="submit" className="button-link">
                  {t('cancelLogin')}
                </button>
              </Form>
            ) : null}
          </>
        )}
      </div>
    </Shell>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, accounts, 'enrolTitle');
