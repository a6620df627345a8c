import { Link } from '@remix-run/react';
import { BOTTLENECK_STATUS_LABELS, EXPERIMENT_STATUS_LABELS, labelOf } from '#app/domain/register-codes';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import { type Text } from '#app/domain/lang';

/** The entries of the other register linked to this one, with their region and status. */
export function LinkedList({
  items,
  hrefBase,
  kind,
}: {
  items: { id: number; title: string; status: string; regionName: string; linkedBy?: string | null }[];
  hrefBase: string;
  kind: 'experiment' | 'bottleneck';
}) {
  const t = useT(registers);
  const lang = useLang();
  if (items.length === 0) return <p>{t('noLinks')}</p>;
  const labels: Record<string, Text> =
    kind === 'experiment' ? EXPERIMENT_STATUS_LABELS : BOTTLENECK_STATUS_LABELS;
  return (
    <ul className="linked-list">
      {items.map((i) => (
        <li key={i.id}>
          <Link to={`${hrefBase}/${i.id}`}>{i.title}</Link> ({i.regionName}, {labelOf(labels, i.status, lang)}
          {i.linkedBy ? `, ${t('linkedBy', { region: i.linkedBy })}` : ''})
        </li>
      ))}
    </ul>
  );
}
