import type { RegionInfo } from '#app/components/dashboard/figures';
import { StatusBadge } from '#app/components/status-badge';
import { dashboardCore } from '#app/i18n/dashboard-core';
import { useLang, useT } from '#app/i18n/use-t';
import { formatMonth } from '#app/utils/format';
import { type ReportStatus } from '#app/domain/report-status';

/** Per region the status of the month being reported now. */
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
  return (
    <section aria-labelledby="reporting-status">
      <h2 id="reporting-status">{t('reportingStatus')}</h2>
      <p>{t('reportingStatusIntro', { month: formatMonth(month, lang) })}</p>
      <ul className="status-list">
        {regions.map((r) => {
          const s = status.find((x) => x.regionId === r.id)?.status as ReportStatus | undefined;
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
