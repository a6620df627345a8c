import { PrincipleTrend } from '~/components/dashboard/principle-trend';
import type { ScoreRow } from '~/domain/scorecard';
import { dashboards } from '~/i18n/dashboards';
import { useT } from '~/i18n/use-t';

/** The programme's principle scores over the last periods. */
export function ProgressTrend({ totals }: { totals: ScoreRow[] }) {
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
