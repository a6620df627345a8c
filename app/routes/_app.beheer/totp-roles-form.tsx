import { Form } from '@remix-run/react';
import { useRoleLabel } from '#app/components/shell';
import { ROLES, type Role } from '#app/domain/roles';
import { accounts } from '#app/i18n/accounts';
import { useT } from '#app/i18n/use-t';

const ALWAYS: readonly Role[] = ['admin', 'manager'];

/** Which roles must use two-step verification; admin and manager always do. */
export function TotpRolesForm({ roles }: { roles: readonly Role[] }) {
  const t = useT(accounts);
  const roleLabel = useRoleLabel();
  return (
    <section aria-labelledby="totp-roles-title">
      <h2 id="totp-roles-title">{t('adminTotpRolesTitle')}</h2>
      <Form method="post">
        <input type="hidden" name="intent" value="totp-roles" />
        <fieldset>
          <legend>{t('adminTotpRolesIntro')}</legend>
          {ROLES.map((r) => (
            <div key={r} className="checkbox">
              <input
                type="checkbox"
                id={`totp-role-${r}`}
                name="roles"
                value={r}
                defaultChecked={roles.includes(r)}
                disabled={ALWAYS.includes(r)}
              />
              <label htmlFor={`totp-role-${r}`}>{roleLabel(r)}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button-secondary">
          {t('adminTotpRolesSave')}
        </button>
      </Form>
    </section>
  );
}
