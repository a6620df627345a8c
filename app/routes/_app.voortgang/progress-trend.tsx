import { PrincipleTrend } from '#app/components/dashboard/principle-trend';
import type { ScoreRow } from '#app/domain/scorecard';
import { dashboards } from '#app/i18n/dashboards';
import { useT } from '#app/i18n/use-t';

/** The programme's principle scores over the last periods. */
export function ProgressTrend({ totals }: { totals: Pick<ScoreRow, 'bucket' | 'provisional' | 'groups'>[] }) {
  const t = useT(dashboards);
  return (
    <PrincipleTrend
      caption={t('progressTrendCaption', { principle: t('principles') })}
      fileName="voortgang-trend"
      tableId="progress-trend-table"
      height={280}
      rows={totals}
    />
  );
}
