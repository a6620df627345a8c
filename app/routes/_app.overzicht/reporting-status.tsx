import type { RegionInfo } from '#app/components/dashboard/figures';
import { StatusBadge } from '#app/components/status-badge';
import { dashboardCore } from '#app/i18n/dashboard-core';
import { useLang, useT } from '#app/i18n/use-t';
import { formatMonth } from '#app/utils/format';
import { type ReportStatus } from '#app/domain/report-status';
import { INLINE_REGIONS } from '#app/domain/page-weight';
import { groupBy } from '#app/utils/group-by';

/**
 * Per region the status of the month being reported now. With more than INLINE_REGIONS regions
 * (national scale) one line per status naming its regions, instead of one badge per region.
 */
export function ReportingStatus({
  regions,
  month,
  status,
}: {
  regions: RegionInfo[];
  month: string;
  status: { regionId: number; status: string }[];
}) {
  const t = useT(dashboardCore);
  const lang = useLang();
  const statusOf = (id: number) => status.find((x) => x.regionId === id)?.status as ReportStatus | undefined;
  return (
    <section aria-labelledby="reporting-status">
      <h2 id="reporting-status">{t('reportingStatus')}</h2>
      <p>{t('reportingStatusIntro', { month: formatMonth(month, lang) })}</p>
      <ul className="status-list">
        {regions.length > INLINE_REGIONS
          ? groupBy(regions, (r) => statusOf(r.id) ?? '').map(([s, rs]) => (
              <li key={s}>
                {s ? <StatusBadge status={s as ReportStatus} /> : t('statusMissing')} ({rs.length}):{' '}
                {rs.map((r) => r.name).join(', ')}
              </li>
            ))
          : regions.map((r) => {
              const s = statusOf(r.id);
              return (
                <li key={r.id}>
                  {r.name}: {s ? <StatusBadge status={s} /> : t('statusMissing')}
                </li>
              );
            })}
      </ul>
    </section>
  );
}
