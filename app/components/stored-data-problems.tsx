import { Link } from '@remix-run/react';
import { FIRST_YEAR } from '#app/domain/periods';
import { storedData as dict } from '#app/i18n/stored-data';
import { useT } from '#app/i18n/use-t';

export interface StoredProblemItem {
  kind: 'period' | 'name';
  field: string;
  id: number;
  value: string | null;
  href: string;
  label: string;
}

/** Managers' and administrators' start pages: stored values to correct, each with its link. */
export function StoredDataProblems({
  problems,
  lastYear,
}: {
  problems: readonly StoredProblemItem[];
  /** the window's last year, by the server's clock */
  lastYear: number;
}) {
  const t = useT(dict);
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="stored-data-problems" className="notice notice-warning">
      <h2 id="stored-data-problems">{t('title')}</h2>
      <p>{t('intro')}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}-${p.id}-${p.value ?? ''}`}>
            {p.kind === 'period'
              ? t('period', {
                  label: p.label,
                  value: p.value ?? '',
                  field: p.field,
                  first: FIRST_YEAR,
                  last: lastYear,
                })
              : t('name', { label: p.label, field: p.field })}{' '}
            <Link to={p.href}>{t('correct')}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
