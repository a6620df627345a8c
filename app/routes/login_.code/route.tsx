import { getFormProps, getInputProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { z } from 'zod';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { Field } from '#app/components/form-field';
import { Shell } from '#app/components/shell';
import { type Lang } from '#app/domain/lang';
import { accounts } from '#app/i18n/accounts';
import { translate } from '#app/i18n/i18n';
import { useT } from '#app/i18n/use-t';
import { recordAudit } from '#app/models/audit.server';
import { loginThrottle, recordLoginAttempt } from '#app/models/login-attempts.server';
import { endStagedSessions, recoveryCodesLeft, verifySecondFactor } from '#app/models/two-factor.server';
import { noteSignIn } from '#app/models/users.server';
import { startPageFor } from '#app/utils/auth.server';
import { getEnv } from '#app/utils/env.server';
import { readFormData } from '#app/utils/form-data.server';
import { passRetryAfter } from '#app/utils/action-headers';
import { getLang } from '#app/utils/lang.server';
import { pageTitle } from '#app/utils/meta';
import { createUserSession, findStagedSession } from '#app/utils/session.server';
import { safeRedirect } from '#app/utils/safe-redirect';

function codeSchema(lang: Lang) {
  const m = translate(accounts, lang, 'codeRequired');
  return z.object({
    code: z
      .string({ message: m })
      .trim()
      .min(6, m)
      .max(20, translate(accounts, lang, 'codeWrong')),
    redirectTo: z.string().optional(),
  });
}

/** A 429's Retry-After reaches the browser (Remix passes only cookies without this). */
export const headers = passRetryAfter;

/** The second step of a sign-in: only a session whose password step is done ('totp') gets here. */
export async function loader({ request }: LoaderFunctionArgs) {
  const staged = await findStagedSession(request);
  if (staged?.stage !== 'totp') throw redirect('/login');
  // constraints from the schema here (the same in every language): the page's JavaScript carries no
  // zod; the action validates and answers in the user's language
  return { isDemo: getEnv().isDemo, constraint: getZodConstraint(codeSchema('nl')) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const staged = await findStagedSession(request);
  if (staged?.stage !== 'totp') throw redirect('/login');
  const lang = await getLang(request);
  const submission = parseWithZod(await readFormData(request), { schema: codeSchema(lang) });
  if (submission.status !== 'success')
    return data(submission.reply({ hideFields: ['code'] }), { status: 400 });
  const { user } = staged;
  // Guessing codes meets the login's limits, counted apart from the password's.
  const ip = context?.clientIp ?? '';
  const key = `totp:${user.email}`;
  const throttle = loginThrottle({ email: key, ip });
  if (throttle) {
    recordAudit({ userId: user.id, action: 'login.totp_throttled', entityType: 'session', detail: { ip } });
    return data(
      submission.reply({
        formErrors: [translate(accounts, lang, 'codeThrottled', { minutes: throttle.retryAfterMinutes })],
        hideFields: ['code'],
      }),
      { status: 429, headers: { 'Retry-After': String(throttle.retryAfterMinutes * 60) } },
    );
  }
  const result = await verifySecondFactor(user.id, submission.value.code);
  const ok = result === 'ok' || result === 'recovery';
  recordLoginAttempt({ email: key, ip, success: ok });
  recordAudit({
    userId: user.id,
    action: ok ? (result === 'recovery' ? 'login.recovery_code' : 'login.success') : `login.totp_${result}`,
    entityType: 'session',
    detail: { email: user.email },
  });
  if (!ok)
    return data(
      submission.reply({
        formErrors: [translate(accounts, lang, result === 'replayed' ? 'codeReplayed' : 'codeWrong')],
        hideFields: ['code'],
      }),
      { status: 401 },
    );
  endStagedSessions([staged.id]);
  noteSignIn(user.id);
  const headers = new Headers({ 'Set-Cookie': await createUserSession(user.id, { request, ip }) });
  const target = safeRedirect(submission.value.redirectTo, startPageFor(user));
  if (result === 'recovery') {
    // the user should know how many codes are left: the security page says so
    return redirect(`/tweestapsverificatie?recovery=${recoveryCodesLeft(user.id)}`, { headers });
  }
  return redirect(target, { headers });
}

export default function CodePage() {
  const { isDemo, constraint } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT(accounts);
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm<z.input<ReturnType<typeof codeSchema>>>({
    id: 'code',
    lastResult,
    constraint,
    shouldValidate: 'onSubmit',
  });
  const summary = summaryErrors(form.errors, [fields.code]);
  return (
    <Shell user={null} isDemo={isDemo}>
      <div className="narrow">
        <h1>{t('codeTitle')}</h1>
        <p>{t('codeIntro')}</p>
        <ErrorSummary errors={summary} />
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
          <Field field={fields.code} label={t('codeLabel')}>
            <input
              {...getInputProps(fields.code, { type: 'text' })}
              autoComplete="one-time-code"
              inputMode="text"
              spellCheck={false}
            />
          </Field>
          <button type="submit" className="button">
            {t('codeButton')}
          </button>
        </Form>
        <p>
          <Link to="/login">{t('cancelLogin')}</Link>
        </p>
      </div>
    </Shell>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, accounts, 'codeTitle');
