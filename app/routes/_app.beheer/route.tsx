import { parseWithZod } from '@conform-to/zod/v4';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { common } from '#app/i18n/common';
import { pageTitle } from '#app/utils/meta';
import { translate } from '#app/i18n/i18n';
import { useT } from '#app/i18n/use-t';
import { listRegions } from '#app/models/regions.server';
import { findUserByEmail, findUserById, listUsers, setUserDisabled } from '#app/models/users.server';
import { inviteUser, reinviteUser, sendResetLink } from '#app/models/accounts.server';
import { readTotpRoles, resetSecondFactor, setTotpRoles } from '#app/models/two-factor.server';
import { accounts } from '#app/i18n/accounts';
import { getLang } from '#app/utils/lang.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { CreateUserForm } from './create-user-form';
import { UserTable } from './user-table';
import { TotpRolesForm } from './totp-roles-form';
import { createUserActionSchema } from './user-schema';
import { readFormData } from '#app/utils/form-data.server';
import { StoredDataProblems } from '#app/components/stored-data-problems';
import { lastYear } from '#app/domain/periods';
import { findStoredDataProblems } from '#app/models/stored-data-check.server';
import { SuccessNotice } from '#app/components/notice';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'manage:user');
  return {
    users: listUsers(),
    regions: listRegions().map((r) => ({ id: r.id, name: r.name })),
    stored: { problems: findStoredDataProblems(), lastYear: lastYear() },
    totpRoles: readTotpRoles(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUserWithPermission(request, 'manage:user');
  const lang = await getLang(request);
  const m = (key: Parameters<typeof translate<keyof typeof common.nl>>[2], p?: Record<string, string>) =>
    translate(common, lang, key, p);
  const ma = (key: keyof typeof accounts.nl, p?: Record<string, string>) => translate(accounts, lang, key, p);
  const formData = await readFormData(request);
  const intent = String(formData.get('intent') ?? '');
  const submission = parseWithZod(formData, { schema: createUserActionSchema(lang) });
  if (submission.status !== 'success') {
    return data({ result: submission.reply(), notice: null, intent }, { status: 400 });
  }
  const v = submission.value;
  const refuse = (errors: { fieldErrors?: Record<string, string[]>; formErrors?: string[] }, status = 400) =>
    data({ result: submission.reply(errors), notice: null, intent }, { status });
  const done = (notice: string, resetForm = false) => ({
    result: submission.reply({ resetForm }),
    notice,
    intent,
  });
  const actor = { id: admin.id, name: admin.name };
  if (v.intent === 'totp-roles') {
    setTotpRoles(v.roles ?? [], admin.id);
    return done(ma('adminTotpRolesSaved'));
  }
  if (v.intent === 'create') {
    if (findUserByEmail(v.email)) return refuse({ fieldErrors: { email: [m('valEmailTaken')] } });
    if (v.regionId !== undefined && !listRegions().some((r) => r.id === v.regionId)) {
      return refuse({ fieldErrors: { regionId: [m('valRegionRequired')] } });
    }
    inviteUser({ ...v, regionId: v.regionId ?? null, lang }, actor);
    return done(ma('adminInvited', { email: v.email }), true);
  }
  const target = findUserById(v.userId);
  if (!target) return refuse({ formErrors: [m('valUnknownUser')] }, 404);
  if (v.intent === 'toggle') {
    if (target.id === admin.id) return refuse({ formErrors: [m('adminSelf')] });
    setUserDisabled(target.id, v.disabled === 'true', admin.id);
    return done(m('adminUpdated'));
  }
  if (v.intent === 'reinvite') {
    if (!reinviteUser(target.id, actor)) return refuse({ formErrors: [m('valUnknownUser')] }, 409);
    return done(ma('adminReinvited', { email: target.email }));
  }
  if (v.intent === 'send-reset') {
    if (!sendResetLink(target.id, actor)) return refuse({ formErrors: [m('valUnknownUser')] }, 409);
    return done(ma('adminResetSent', { email: target.email }));
  }
  resetSecondFactor(target.id, admin.id);
  return done(ma('adminTotpReset', { email: target.email }));
}

export default function AdminPage() {
  const { users, regions, stored, totpRoles } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT(common);
  return (
    <>
      <h1>{t('adminTitle')}</h1>
      <StoredDataProblems problems={stored.problems} lastYear={stored.lastYear} />
      <SuccessNotice text={actionData?.notice} />
      <UserTable
        users={users}
        lastResult={actionData?.intent !== 'create' ? actionData?.result : undefined}
      />
      <CreateUserForm
        regions={regions}
        lastResult={actionData?.intent === 'create' ? actionData.result : undefined}
      />
      <TotpRolesForm roles={totpRoles} />
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, common, 'adminTitle');
