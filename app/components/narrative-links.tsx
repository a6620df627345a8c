import { Link } from '@remix-run/react';
import { cycle as dict } from '#app/i18n/cycle';
import { reportStatusLabel } from '#app/i18n/report-status';
import { useLang, useT } from '#app/i18n/use-t';
import { formatQuarter } from '#app/utils/format';

export interface NarrativeLinkItem {
  quarter: string;
  /** null: not started */
  status: string | null;
}

/** Links to a region's quarterly narratives with their status ("nog niet begonnen" when none). */
export function NarrativeLinks({ slug, items }: { slug: string; items: readonly NarrativeLinkItem[] }) {
  const t = useT(dict);
  const lang = useLang();
  if (items.length === 0) return null;
  return (
    <ul className="narrative-links">
      {items.map((n) => (
        <li key={n.quarter}>
          <Link to={`/regios/${slug}/verhaal/${n.quarter}`}>
            {t('todoNarrativeLink', { quarter: formatQuarter(n.quarter, lang) })}
          </Link>
          : {n.status ? reportStatusLabel(n.status, lang).toLowerCase() : t('todoNotStarted')}
        </li>
      ))}
    </ul>
  );
}
