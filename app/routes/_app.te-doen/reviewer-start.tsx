import { Link } from '@remix-run/react';
import { INDICATORS } from '#app/domain/indicators';
import { quarterOf } from '#app/domain/periods';
import { cycle as dict } from '#app/i18n/cycle';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDateTime, formatPeriodLabel, formatQuarter } from '#app/utils/format';

export interface ReviewerChanges {
  approved: { regionName: string; slug: string; period: string }[];
  narratives: { regionName: string; slug: string; quarter: string }[];
  definitions: {
    indicators: readonly string[];
    title?: { nl: string; en: string };
    what: { nl: string; en: string };
  }[];
}

/** The reviewer's start page: the latest approved quarter, and what became visible since the last visit. */
export function ReviewerStart({
  quarter,
  since,
  changes,
}: {
  quarter: string | null;
  since: string | null;
  changes: ReviewerChanges | null;
}) {
  const t = useT(dict);
  const lang = useLang();
  const name = (code: string) => INDICATORS.find((i) => i.code === code)?.label[lang] ?? code;
  const period = (p: string) => formatPeriodLabel(p, lang);
  const empty =
    changes !== null &&
    changes.approved.length + changes.narratives.length + changes.definitions.length === 0;
  return (
    <>
      <section aria-labelledby="todo-quarter">
        <h2 id="todo-quarter">{t('todoQuarter')}</h2>
        {quarter ? (
          <p>
            <Link to={`/voortgang?period=${quarter}`}>
              {t('todoQuarterLink', { quarter: formatQuarter(quarter, lang) })}
            </Link>
          </p>
        ) : (
          <p>{t('todoNothing')}</p>
        )}
      </section>
      <section aria-labelledby="todo-changes">
        <h2 id="todo-changes">{t('todoChangesTitle')}</h2>
        {since === null || changes === null ? (
          <p>{t('todoFirstVisit')}</p>
        ) : (
          <>
            <p>{t('todoChangesSince', { at: formatDateTime(since, lang) })}</p>
            {empty ? <p>{t('todoChangesNone')}</p> : null}
            {changes.approved.length > 0 ? (
              <>
                <h3>{t('todoChangesApproved')}</h3>
                <ul>
                  {changes.approved.map((a) => (
                    <li key={`${a.slug}-${a.period}`}>
                      <Link
                        to={`/regios/${a.slug}?period=${a.period.includes('Q') ? a.period : quarterOf(a.period)}`}
                      >
                        {a.regionName}, {period(a.period)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {changes.narratives.length > 0 ? (
              <>
                <h3>{t('todoChangesNarratives')}</h3>
                <ul>
                  {changes.narratives.map((n) => (
                    <li key={`${n.slug}-${n.quarter}`}>
                      <Link to={`/regios/${n.slug}/verhaal/${n.quarter}`}>
                        {n.regionName}, {formatQuarter(n.quarter, lang)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {changes.definitions.length > 0 ? (
              <>
                <h3>{t('todoChangesDefinitions')}</h3>
                <ul>
                  {changes.definitions.map((d) => (
                    <li key={d.title ? d.title.en : d.indicators.join(',')}>
                      <strong>{d.title ? d.title[lang] : d.indicators.map(name).join(', ')}</strong>:{' '}
                      {d.what[lang]}
                    </li>
                  ))}
                </ul>
                <p>
                  <Link to="/help#definition-changes">{t('todoChangesDefinitionsLink')}</Link>
                </p>
              </>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
