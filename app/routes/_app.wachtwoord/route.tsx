import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData } from '@remix-run/react';
import { accounts } from '#app/i18n/accounts';
import { ErrorSummary, summaryErrors } from '#app/components/error-summary';
import { NewPasswordFields, PasswordField } from '#app/components/form-field';
import { common } from '#app/i18n/common';
import { pageTitle } from '#app/utils/meta';
import { translate } from '#app/i18n/i18n';
import { useLang, useT } from '#app/i18n/use-t';
import { recordAudit } from '#app/models/audit.server';
import { loginThrottle, recordLoginAttempt } from '#app/models/login-attempts.server';
import { changeOwnPassword } from '#app/models/users.server';
import { requireUser } from '#app/utils/auth.server';
import { readFormData } from '#app/utils/form-data.server';
import { getLang } from '#app/utils/lang.server';
import { checkPasswordPolicy } from '#app/utils/password-policy.server';
import { verifyPassword } from '#app/utils/password.server';
import { readSessionId } from '#app/utils/session.server';
import { passwordChangeSchema } from '#app/forms/password';
import { passRetryAfter } from '#app/utils/action-headers';

/** Every signed-in user may change their own password (issue 13, defect 11). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

/** The 429's Retry-After reaches the client over HTTP too. */
export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const lang = await getLang(request);
  const m = (key: Parameters<typeof translate<keyof typeof common.nl>>[2]) => translate(common, lang, key);
  const submission = parseWithZod(await readFormData(request), { schema: passwordChangeSchema(lang) });
  const hide = ['currentPassword', 'newPassword', 'confirmPassword'];
  if (submission.status !== 'success')
    return data({ result: submission.reply({ hideFields: hide }), notice: null }, { status: 400 });
  const v = submission.value;
  // Guessing the current password from a left-open session meets the login's limits.
  const ip = context?.clientIp ?? '';
  const throttle = loginThrottle({ email: user.email, ip });
  if (throttle) {
    recordAudit({ userId: user.id, action: 'password.throttled', entityType: 'user', entityId: user.id });
    return data(
      { result: submission.reply({ formErrors: [m('passwordThrottled')], hideFields: hide }), notice: null },
      { status: 429, headers: { 'Retry-After': String(throttle.retryAfterMinutes * 60) } },
    );
  }
  if (!(await verifyPassword(user.passwordHash, v.currentPassword))) {
    recordLoginAttempt({ email: user.email, ip, success: false });
    return data(
      {
        result: submission.reply({
          fieldErrors: { currentPassword: [m('valCurrentPasswordWrong')] },
          hideFields: hide,
        }),
        notice: null,
      },
      { status: 400 },
    );
  }
  if (checkPasswordPolicy(v.newPassword) === 'common')
    return data(
      {
        result: submission.reply({
          fieldErrors: { newPassword: [m('valPasswordCommon')] },
          hideFields: hide,
        }),
        notice: null,
      },
      { status: 400 },
    );
  const sessionId = await readSessionId(request);
  const ended = await changeOwnPassword(user.id, v.newPassword, sessionId);
  return {
    result: submission.reply({ resetForm: true }),
    notice: translate(common, lang, 'passwordChanged', { count: ended }),
  };
}

export default function PasswordPage() {
  const actionData = useActionData<typeof action>();
  const lang = useLang();
  const t = useT(common);
  const ta = useT(accounts);
  const [form, fields] = useForm({
    id: 'password',
    lastResult: actionData?.result,
    constraint: getZodConstraint(passwordChangeSchema(lang)),
    shouldValidate: 'onSubmit',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: passwordChangeSchema(lang) }),
  });
  const summary = summaryErrors(form.errors, [
    fields.currentPassword,
    fields.newPassword,
    fields.confirmPassword,
  ]);
  return (
    <div className="narrow">
      <h1>{t('passwordTitle')}</h1>
      <p>{t('passwordIntro')}</p>
      {actionData?.notice ? (
        <p className="notice" role="status">
          {actionData.notice}
        </p>
      ) : null}
      <ErrorSummary errors={summary} />
      <Form method="post" {...getFormProps(form)}>
        <PasswordField
          field={fields.currentPassword}
          label={t('currentPassword')}
          autoComplete="current-password"
        />
        <NewPasswordFields newPassword={fields.newPassword} confirmPassword={fields.confirmPassword} />
        <button type="submit" className="button">
          {t('passwordSave')}
        </button>
      </Form>
      <h2>{ta('accountSecurity')}</h2>
      <ul>
        <li>
          <Link to="/tweestapsverificatie">{ta('enrolTitle')}</Link>
        </li>
        <li>
          <Link to="/sessies">{ta('sessionsTitle')}</Link>
        </li>
      </ul>
    </div>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, common, 'passwordTitle');
