import { DataTable } from '#app/components/data-table';
import { formatPeriodLabel } from '#app/utils/format';
import { PRINCIPLE_CODES, PRINCIPLES, type PrincipleCode } from '#app/domain/principles';
import { formatNumber } from '#app/domain/number-format';
import { dashboards } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';

export interface RegionTrend {
  regionId: number;
  /** per principle, the region's score in each period (null: too few figures, unknown or hidden) */
  scores: Record<PrincipleCode, (number | null)[]>;
}

/**
 * Per region its trend: each principle's score over the report's periods, oldest first, as a table
 * (it prints on A4: one column per principle, the periods inside the cell).
 */
export function RegionTrends({
  buckets,
  regions,
  trends,
}: {
  buckets: string[];
  regions: { id: number; name: string }[];
  trends: RegionTrend[];
}) {
  const t = useT(dashboards);
  const lang = useLang();
  const score = (v: number | null) => (v === null ? '—' : formatNumber(v, lang, 0));
  return (
    <section aria-labelledby="progress-region-trends">
      <h2 id="progress-region-trends">{t('progressRegionTrendsTitle')}</h2>
      <p>
        {t('progressRegionTrendsIntro', {
          periods: buckets.map((b) => formatPeriodLabel(b, lang)).join(' → '),
        })}
      </p>
      <DataTable
        id="progress-region-trends-table"
        caption={{
          id: 'progress-region-trends-caption',
          text: t('progressRegionTrendsCaption', {
            from: formatPeriodLabel(buckets[0]!, lang),
            to: formatPeriodLabel(buckets[buckets.length - 1]!, lang),
          }),
        }}
        columns={[
          t('region'),
          ...PRINCIPLE_CODES.map((p) => PRINCIPLES.find((x) => x.code === p)!.label[lang]),
        ]}
      >
        {trends.map((r) => (
          <tr key={r.regionId}>
            <th scope="row">{regions.find((x) => x.id === r.regionId)?.name ?? r.regionId}</th>
            {PRINCIPLE_CODES.map((p) => (
              <td key={p}>{r.scores[p].map(score).join(' → ')}</td>
            ))}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
