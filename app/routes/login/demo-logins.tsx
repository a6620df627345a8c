import { common } from '#app/i18n/common';
import { useT } from '#app/i18n/use-t';
import { useRoleLabel } from '#app/components/shell';
import { type Role } from '#app/domain/roles';

export function DemoLogins({
  logins,
}: {
  logins: { password: string; accounts: { email: string; role: Role; region: string | null }[] };
}) {
  const t = useT(common);
  const roleLabel = useRoleLabel();
  return (
    <section className="demo-logins" aria-labelledby="demo-logins-title">
      <h2 id="demo-logins-title">{t('demoLoginsTitle')}</h2>
      <p>{t('demoLoginsIntro', { password: logins.password })}</p>
      <ul>
        {logins.accounts.map((a) => (
          <li key={a.email}>
            <code>{a.email}</code> — {roleLabel(a.role)}
            {a.region ? `, ${a.region}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
