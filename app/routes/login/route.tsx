import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { useEffect, useRef } from 'react';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { common } from '#app/i18n/common';
import { useT } from '#app/i18n/use-t';
import { translate } from '#app/i18n/i18n';
import { Shell } from '#app/components/shell';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { Field } from '#app/components/field';
import { serverValidatedForm } from '#app/forms/server-validated-form';
import { recordAudit } from '#app/models/audit.server';
import { loginThrottle, recordLoginAttempt } from '#app/models/login-attempts.server';
import { getOptionalUser, normaliseEmail, startPageFor, verifyLogin } from '#app/utils/auth.server';
import { getEnv } from '#app/utils/env.server';
import { getLang, langCookie, readLangChoice } from '#app/utils/lang.server';
import { noteSignIn, setUserLang } from '#app/models/users.server';
import { secondStepFor } from '#app/models/two-factor.server';
import { SSO_FAILURES, ssoName } from '#app/models/sso.server';
import { accounts } from '#app/i18n/accounts';
import { createUserSession } from '#app/utils/session.server';
import { safeRedirect } from '#app/utils/safe-redirect';
import { createLoginSchema } from './login-schema';
import { DemoLogins } from './demo-logins';
import { listDemoLogins } from './demo-logins.server';
import { readFormData } from '#app/utils/form-data.server';
import { pageTitle } from '#app/utils/meta';
import { passRetryAfter } from '#app/utils/action-headers';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  if (user) throw redirect(startPageFor(user));
  const env = getEnv();
  const reason = new URL(request.url).searchParams.get('sso');
  return {
    isDemo: env.isDemo,
    demoLogins: env.isDemo ? listDemoLogins() : null,
    sso: ssoName(),
    ssoError: SSO_FAILURES.find((f) => f === reason) ?? null,
    // the fields' HTML constraints (required, maxlength; the same in every language) come from the
    // schema here, so the page's JavaScript carries no zod: the action validates and answers in the
    // user's language (the login page was 132 KB of JavaScript, zod and its Conform adapter 37 KB)
    constraint: getZodConstraint(createLoginSchema('nl')),
  };
}

/** The 429's Retry-After reaches the client over HTTP too. */
export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const lang = await getLang(request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: createLoginSchema(lang) });
  if (submission.status !== 'success') {
    return data(submission.reply({ hideFields: ['password'] }), { status: 400 });
  }
  const { password, redirectTo } = submission.value;
  const email = normaliseEmail(submission.value.email);
  const ip = context?.clientIp ?? '';
  const throttle = loginThrottle({ email, ip });
  if (throttle) {
    recordAudit({
      userId: null,
      action: 'login.throttled',
      entityType: 'session',
      detail: { email, ip, scope: throttle.scope },
    });
    const key = throttle.scope === 'pair' ? 'loginThrottled' : 'loginThrottledAccount';
    return data(
      submission.reply({
        formErrors: [translate(common, lang, key, { minutes: throttle.retryAfterMinutes })],
        hideFields: ['password'],
      }),
      { status: 429, headers: { 'Retry-After': String(throttle.retryAfterMinutes * 60) } },
    );
  }
  const user = await verifyLogin(email, password);
  recordLoginAttempt({ email, ip, success: Boolean(user) });
  // the password was right; a second factor may still be needed (or be set up first)
  const stage = user ? secondStepFor(user) : null;
  recordAudit({
    userId: user?.id ?? null,
    action: !user ? 'login.failure' : stage ? 'login.password_ok' : 'login.success',
    entityType: 'session',
    detail: { email },
  });
  if (!user) {
    return data(
      submission.reply({ formErrors: [translate(common, lang, 'loginFailed')], hideFields: ['password'] }),
      { status: 401 },
    );
  }
  // The target is checked before the session exists: a refused target never leaves a session behind.
  const target = safeRedirect(redirectTo, startPageFor(user));
  const headers = new Headers({ 'Set-Cookie': await createUserSession(user.id, { stage, request, ip }) });
  if (!stage) noteSignIn(user.id);
  // One language per user: a choice made on the login page becomes their e-mails' language; without
  // one, the interface takes the language the user chose before (on another device, say).
  const chosen = await readLangChoice(request);
  if (chosen && chosen !== user.lang) setUserLang(user.id, chosen);
  if (!chosen) headers.append('Set-Cookie', await langCookie.serialize(user.lang));
  if (stage) {
    const next = stage === 'totp' ? '/login/code' : '/tweestapsverificatie';
    return redirect(`${next}?redirectTo=${encodeURIComponent(target)}`, { headers });
  }
  return redirect(target, { headers });
}

const ssoStart = (redirectTo: string | null) =>
  redirectTo ? `/login/sso?redirectTo=${encodeURIComponent(redirectTo)}` : '/login/sso';

export default function LoginPage() {
  const { isDemo, demoLogins, sso, ssoError, constraint } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT(common);
  const ta = useT(accounts);
  const [searchParams] = useSearchParams();
  const done = searchParams.get('done');
  // validated by the action only: the page carries neither zod nor Conform (ADR 023, issue 26)
  const form = serverValidatedForm('login', lastResult, constraint);
  const email = form.field('email');
  const password = form.field('password');
  // a refused attempt empties the password, as a Conform form's reset did
  const passwordInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (lastResult && passwordInput.current) passwordInput.current.value = '';
  }, [lastResult]);
  const summary = [
    ...(ssoError && !lastResult ? [{ message: ta(`sso_${ssoError}`) }] : []),
    ...summaryErrors(form.formErrors, [email, password]),
  ];
  return (
    <Shell user={null} isDemo={isDemo}>
      <div className="narrow">
        <h1>{t('loginTitle')}</h1>
        <p>{t('loginIntro')}</p>
        {done === 'invite' || done === 'reset' ? (
          <p className="notice notice-success" role="status">
            {ta(done === 'invite' ? 'doneInvite' : 'doneReset')}
          </p>
        ) : null}
        <ErrorSummary errors={summary} />
        {sso ? (
          <>
            <p>
              {/* a document navigation: the start leads to the provider's site */}
              <a className="button" href={ssoStart(searchParams.get('redirectTo'))}>
                {ta('ssoButton', { name: sso })}
              </a>
            </p>
            <p>{ta('ssoOr')}</p>
          </>
        ) : null}
        <Form method="post" {...form.form}>
          <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
          <Field field={email} label={t('email')}>
            <input {...email.input('email')} autoComplete="username" />
          </Field>
          <Field field={password} label={t('password')}>
            <input {...password.input('password')} ref={passwordInput} autoComplete="current-password" />
          </Field>
          <button type="submit" className="button">
            {t('loginButton')}
          </button>
        </Form>
        <p>
          <Link to="/wachtwoord-vergeten">{ta('forgotLink')}</Link>
        </p>
        {demoLogins ? <DemoLogins logins={demoLogins} /> : null}
      </div>
    </Shell>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, common, 'loginTitle');
