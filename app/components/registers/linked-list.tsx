import { Link } from '@remix-run/react';
import { labelOf } from '#app/domain/register-codes';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import { type Text } from '#app/domain/lang';

/** The entries of the other register linked to this one, with their region and status. */
export function LinkedList({
  items,
  hrefBase,
  statusLabels,
}: {
  items: { id: number; title: string; status: string; regionName: string; linkedBy?: string | null }[];
  hrefBase: string;
  /** the other register's status labels */
  statusLabels: Readonly<Record<string, Text>>;
}) {
  const t = useT(registers);
  const lang = useLang();
  if (items.length === 0) return <p>{t('noLinks')}</p>;
  return (
    <ul className="linked-list">
      {items.map((i) => (
        <li key={i.id}>
          <Link to={`${hrefBase}/${i.id}`}>{i.title}</Link> ({i.regionName},{' '}
          {labelOf(statusLabels, i.status, lang)}
          {i.linkedBy ? `, ${t('linkedBy', { region: i.linkedBy })}` : ''})
        </li>
      ))}
    </ul>
  );
}
