import { cycle as dict } from '#app/i18n/cycle';
import { reportStatusLabel } from '#app/i18n/report-status';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDate, formatMonth } from '#app/utils/format';

export function OverdueBadge() {
  const t = useT(dict);
  return <span className="badge badge-overdue">{t('overdue')}</span>;
}

/** The months past their due date without a submission (started or not), above the list. */
export function OverdueList({
  reports,
}: {
  reports: readonly { period: string; status: string | null; due: string; overdue: boolean }[];
}) {
  const t = useT(dict);
  const lang = useLang();
  const overdue = reports.filter((r) => r.overdue);
  return (
    <section aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('overdueTitle')}</h2>
      {overdue.length === 0 ? (
        <p>{t('overdueNone')}</p>
      ) : (
        <ul>
          {overdue.map((r) => (
            <li key={r.period}>
              {t('overdueItem', {
                month: formatMonth(r.period, lang),
                due: formatDate(r.due, lang),
                status: r.status === null ? t('notStarted') : reportStatusLabel(r.status, lang).toLowerCase(),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The overdue badge after a month's status, with its space before it (nothing when not overdue). */
export function OverdueMark({ overdue }: { overdue: boolean }) {
  return overdue ? (
    <>
      {' '}
      <OverdueBadge />
    </>
  ) : null;
}
