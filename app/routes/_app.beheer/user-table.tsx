import type { SubmissionResult } from '@conform-to/react';
import { TableScroll } from '~/components/table-scroll';
import { Form } from '@remix-run/react';
import { useRoleLabel } from '~/components/shell';
import { common } from '~/i18n/common';
import { useT } from '~/i18n/use-t';
import { PASSWORD_MIN } from './user-schema';
import { type Role } from '~/domain/roles';

interface Row {
  id: number;
  email: string;
  name: string;
  role: Role;
  regionName: string | null;
  disabled: boolean;
}

export function UserTable({ users, lastResult }: { users: Row[]; lastResult?: SubmissionResult<string[]> }) {
  const t = useT(common);
  const roleLabel = useRoleLabel();
  const errors = [...(lastResult?.error?.[''] ?? []), ...(lastResult?.error?.password ?? [])];
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
      <TableScroll labelledBy="users-title">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('adminName')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('adminRole')}</th>
              <th scope="col">{t('adminRegion')}</th>
              <th scope="col">{t('adminStatus')}</th>
              <th scope="col">{t('adminActions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.email}</td>
                <td>{roleLabel(u.role)}</td>
                <td>{u.regionName ?? '—'}</td>
                <td>{u.disabled ? t('adminDisabled') : t('adminActive')}</td>
                <td className="actions">
                  <Form method="post">
                    <input type="hidden" name="intent" value="toggle" />
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="disabled" value={u.disabled ? 'false' : 'true'} />
                    <button type="submit" className="button-secondary">
                      {u.disabled ? t('adminEnable') : t('adminDisable')}
                    </button>
                  </Form>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="reset-password" />
                    <input type="hidden" name="userId" value={u.id} />
                    <label htmlFor={`pw-${u.id}`}>{t('adminNewPassword', { email: u.email })}</label>
                    <input
                      id={`pw-${u.id}`}
                      name="password"
                      type="password"
                      minLength={PASSWORD_MIN}
                      required
                      autoComplete="new-password"
                    />
                    <button type="submit" className="button-secondary">
                      {t('adminResetPassword')}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
