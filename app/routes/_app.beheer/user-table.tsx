import { IntentForm } from '#app/components/intent-form';
import type { SubmissionResult } from '@conform-to/react';
import { DataTable } from '#app/components/data-table';
import { useRoleLabel } from '#app/components/shell';
import { common } from '#app/i18n/common';
import { useT } from '#app/i18n/use-t';
import { type Role } from '#app/domain/roles';
import { accounts } from '#app/i18n/accounts';
import { formatDateTime } from '#app/utils/format';
import { useLang } from '#app/i18n/use-t';

interface Row {
  id: number;
  email: string;
  name: string;
  role: Role;
  regionName: string | null;
  disabled: boolean;
  disabledReason: 'admin' | 'dormant' | null;
  invited: boolean;
  totp: boolean;
  lastLoginAt: string | null;
}

export function UserTable({ users, lastResult }: { users: Row[]; lastResult?: SubmissionResult<string[]> }) {
  const t = useT(common);
  const ta = useT(accounts);
  const lang = useLang();
  const roleLabel = useRoleLabel();
  const errors = lastResult?.error?.[''] ?? [];
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('adminUsers')}</h2>
      {errors.length > 0 ? (
        <div className="error-summary" role="alert">
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <DataTable
        labelledBy="users-title"
        columns={[
          t('adminName'),
          t('email'),
          t('adminRole'),
          t('adminRegion'),
          t('adminStatus'),
          ta('adminTotpColumn'),
          ta('adminLastLogin'),
          t('adminActions'),
        ]}
      >
        {users.map((u) => (
          <tr key={u.id}>
            <th scope="row">{u.name}</th>
            <td>{u.email}</td>
            <td>{roleLabel(u.role)}</td>
            <td>{u.regionName ?? '—'}</td>
            <td>
              {u.disabled
                ? u.disabledReason === 'dormant'
                  ? ta('adminStatusDormant')
                  : t('adminDisabled')
                : u.invited
                  ? ta('adminStatusInvited')
                  : t('adminActive')}
            </td>
            <td>{u.totp ? ta('adminTotpOn') : ta('adminTotpOff')}</td>
            <td>{u.lastLoginAt && !u.invited ? formatDateTime(u.lastLoginAt, lang) : ta('adminNever')}</td>
            <td className="actions">
              <IntentForm intent="toggle" values={{ userId: u.id, disabled: u.disabled ? 'false' : 'true' }}>
                {u.disabled ? t('adminEnable') : t('adminDisable')}
              </IntentForm>
              {u.disabled ? null : (
                <IntentForm
                  intent={u.invited ? 'reinvite' : 'send-reset'}
                  values={{ userId: u.id }}
                  label={`${ta(u.invited ? 'adminReinvite' : 'adminSendReset')}: ${u.email}`}
                >
                  {ta(u.invited ? 'adminReinvite' : 'adminSendReset')}
                </IntentForm>
              )}
              {u.totp ? (
                <IntentForm
                  intent="reset-totp"
                  values={{ userId: u.id }}
                  label={`${ta('adminResetTotp')}: ${u.email}`}
                >
                  {ta('adminResetTotp')}
                </IntentForm>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
