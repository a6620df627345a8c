import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { NewPasswordFields } from '#app/components/form-field';
import { Shell } from '#app/components/shell';
import { accounts } from '#app/i18n/accounts';
import { common } from '#app/i18n/common';
import { translate } from '#app/i18n/i18n';
import { useLang, useT } from '#app/i18n/use-t';
import { readLink, setPasswordWithLink } from '#app/models/accounts.server';
import { getEnv } from '#app/utils/env.server';
import { readFormData } from '#app/utils/form-data.server';
import { getLang } from '#app/utils/lang.server';
import { pageTitle } from '#app/utils/meta';
import { checkPasswordPolicy } from '#app/utils/password-policy.server';
import { destroySession } from '#app/utils/session.server';
import { newPasswordSchema } from '#app/forms/password';

/**
 * The page an invitation or reset link opens (/wachtwoord-instellen?token=…). The token is in the
 * query string, which the request log never writes. Whoever is signed in on this browser is signed
 * out when the password is set (every session of the account ends).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const link = readLink(new URL(request.url).searchParams.get('token'));
  const view =
    link.state === 'valid'
      ? { state: link.state, kind: link.kind, name: link.user.name, email: link.user.email }
      : { state: link.state, kind: null, name: null, email: null };
  return data({ isDemo: getEnv().isDemo, link: view }, { status: link.state === 'valid' ? 200 : 410 });
}

export async function action({ request }: ActionFunctionArgs) {
  const lang = await getLang(request);
  const token = new URL(request.url).searchParams.get('token');
  const submission = parseWithZod(await readFormData(request), { schema: newPasswordSchema(lang) });
  const hide = ['newPassword', 'confirmPassword'];
  if (submission.status !== 'success')
    return data({ result: submission.reply({ hideFields: hide }), state: null }, { status: 400 });
  if (checkPasswordPolicy(submission.value.newPassword) === 'common')
    return data(
      {
        result: submission.reply({
          fieldErrors: { newPassword: [translate(common, lang, 'valPasswordCommon')] },
          hideFields: hide,
        }),
        state: null,
      },
      { status: 400 },
    );
  const outcome = await setPasswordWithLink(token ?? '', submission.value.newPassword);
  // a refused link changes nothing (not even the audit trail): bad input never writes
  if (!outcome.ok)
    return data({ result: submission.reply({ hideFields: hide }), state: outcome.state }, { status: 410 });
  return redirect(`/login?done=${outcome.kind}`, {
    headers: { 'Set-Cookie': await destroySession(request) },
  });
}

export default function SetPasswordPage() {
  const { isDemo, link } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lang = useLang();
  const t = useT(accounts);
  const [form, fields] = useForm({
    id: 'set-password',
    lastResult: actionData?.result,
    constraint: getZodConstraint(newPasswordSchema(lang)),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newPasswordSchema(lang) }),
  });
  const state = actionData?.state ?? link.state;
  const summary = summaryErrors(form.errors, [fields.newPassword, fields.confirmPassword]);
  return (
    <Shell user={null} isDemo={isDemo}>
      <div className="narrow">
        <h1>{t('setTitle')}</h1>
        {state !== 'valid' ? (
          <>
            <p className="notice notice-warning" role="alert">
              {t(state === 'expired' ? 'linkExpired' : state === 'used' ? 'linkUsed' : 'linkInvalid')}
            </p>
            <p>{t('linkAskNewIntro')}</p>
            <p>
              <Link to="/wachtwoord-vergeten" className="button">
                {t('linkAskNew')}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p>
              {link.kind === 'invite'
                ? t('setIntroInvite', { name: link.name ?? '', email: link.email ?? '' })
                : t('setIntroReset', { email: link.email ?? '' })}
            </p>
            <ErrorSummary errors={summary} />
            <Form method="post" {...getFormProps(form)}>
              {/* for password managers: the account the new password belongs to */}
              <input type="hidden" name="username" value={link.email ?? ''} autoComplete="username" />
              <NewPasswordFields newPassword={fields.newPassword} confirmPassword={fields.confirmPassword} />
              <button type="submit" className="button">
                {t('setButton')}
              </button>
            </Form>
          </>
        )}
      </div>
    </Shell>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, accounts, 'setTitle');
