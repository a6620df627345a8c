import { type RegionInfo } from '#app/components/dashboard/figures';
import { indicatorsOf } from '#app/domain/indicators';
import type { ProgressRow } from '#app/domain/scorecard';
import { dashboards } from '#app/i18n/dashboards';
import { narratives as dict } from '#app/i18n/narratives';
import { useT } from '#app/i18n/use-t';
import { IndicatorValuesTable, regionColumns } from './indicator-values-table';

/**
 * The workforce is a condition for the way of working, not a principle: its indicators are shown
 * per region as values only, never as a score (and voortgang.csv carries principle scores only).
 */
export function WorkforceSection({
  regions,
  card,
}: {
  regions: RegionInfo[];
  card: { regions: ProgressRow[]; total: ProgressRow };
}) {
  const t = useT(dashboards);
  const tn = useT(dict);
  return (
    <section className="progress-section" aria-labelledby="progress-workforce">
      <h2 id="progress-workforce">{tn('workforceTitle')}</h2>
      <p>{tn('workforceIntro')}</p>
      <IndicatorValuesTable
        id="progress-workforce-table"
        labelledBy="progress-workforce"
        indicators={indicatorsOf('workforce')}
        columns={regionColumns(regions, card, t('total'))}
      />
    </section>
  );
}
