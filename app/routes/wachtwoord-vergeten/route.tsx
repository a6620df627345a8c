import { getFormProps, getInputProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { Field } from '#app/components/form-field';
import { Shell } from '#app/components/shell';
import { type Lang } from '#app/domain/lang';
import { accounts } from '#app/i18n/accounts';
import { common } from '#app/i18n/common';
import { translate } from '#app/i18n/i18n';
import { useLang, useT } from '#app/i18n/use-t';
import { requestPasswordReset } from '#app/models/accounts.server';
import { getOptionalUser, normaliseEmail, startPageFor } from '#app/utils/auth.server';
import { getEnv } from '#app/utils/env.server';
import { readFormData } from '#app/utils/form-data.server';
import { passRetryAfter } from '#app/utils/action-headers';
import { getLang } from '#app/utils/lang.server';
import { pageTitle } from '#app/utils/meta';

function forgotSchema(lang: Lang) {
  return z.object({
    email: z
      .string({ message: translate(common, lang, 'loginEmailRequired') })
      .trim()
      .max(254, translate(common, lang, 'loginEmailInvalid'))
      .email(translate(common, lang, 'loginEmailInvalid')),
  });
}

/** A 429's Retry-After reaches the browser (Remix passes only cookies without this). */
export const headers = passRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  if (user) throw redirect(startPageFor(user));
  return { isDemo: getEnv().isDemo };
}

/** The same answer whether the address has an account or not (requestPasswordReset does the same work for both). */
export async function action({ request, context }: ActionFunctionArgs) {
  const lang = await getLang(request);
  const submission = parseWithZod(await readFormData(request), { schema: forgotSchema(lang) });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), sent: null }, { status: 400 });
  const email = normaliseEmail(submission.value.email);
  const outcome = requestPasswordReset({ email, ip: context?.clientIp ?? '' });
  if (outcome === 'throttled-ip')
    return data(
      {
        result: submission.reply({ formErrors: [translate(accounts, lang, 'forgotThrottled')] }),
        sent: null,
      },
      { status: 429, headers: { 'Retry-After': '3600' } },
    );
  return { result: submission.reply({ resetForm: true }), sent: email };
}

export default function ForgotPasswordPage() {
  const { isDemo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lang = useLang();
  const t = useT(accounts);
  const tc = useT(common);
  const [form, fields] = useForm({
    id: 'forgot',
    lastResult: actionData?.result,
    constraint: getZodConstraint(forgotSchema(lang)),
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotSchema(lang) }),
  });
  const summary = summaryErrors(form.errors, [fields.email]);
  return (
    <Shell user={null} isDemo={isDemo}>
      <div className="narrow">
        <h1>{t('forgotTitle')}</h1>
        <p>{t('forgotIntro')}</p>
        {actionData?.sent ? (
          <p className="notice notice-success" role="status">
            {t('forgotSent', { email: actionData.sent })}
          </p>
        ) : null}
        <ErrorSummary errors={summary} />
        <Form method="post" {...getFormProps(form)}>
          <Field field={fields.email} label={tc('email')}>
            <input {...getInputProps(fields.email, { type: 'email' })} autoComplete="username" />
          </Field>
          <button type="submit" className="button">
            {t('forgotButton')}
          </button>
        </Form>
        <p>
          <Link to="/login">{tc('loginTitle')}</Link>
        </p>
      </div>
    </Shell>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, accounts, 'forgotTitle');
