import { ChartFrame } from '#app/components/charts/chart-frame';
import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';
import { boxLegend } from '#app/components/charts/legend';
import { StackedBarChart } from '#app/components/charts/lazy';
import { charts } from '#app/i18n/charts';
import type { CrossTab } from '#app/domain/register-stats';
import type { BottleneckStatus } from '#app/domain/register-codes';
import { registers } from '#app/i18n/registers';
import { useLang, useT } from '#app/i18n/use-t';
import { formatNumber } from '#app/domain/number-format';

/** Bottlenecks per region: bars stacked by status (in status order), and a table with status counts and median age. */
export function RegionSection({
  regions,
  byRegion,
  openAges,
  medianOpenAge,
  series,
}: {
  regions: { id: number; name: string; colour: string }[];
  byRegion: CrossTab<number, BottleneckStatus>;
  openAges: { key: number; open: number; medianAgeDays: number | null }[];
  medianOpenAge: number | null;
  series: { key: BottleneckStatus; label: string; colour: string }[];
}) {
  const t = useT(registers);
  const tc = useT(charts);
  const nameOf = (id: number) => regions.find((x) => x.id === id)?.name ?? '';
  const height = Math.max(200, byRegion.rows.length * 36 + 90);
  const lang = useLang();
  const age = (v: number | null) => (v === null ? t('notSet') : formatNumber(v, lang));
  return (
    <section aria-labelledby="by-region-title" className="register-section">
      <h2 id="by-region-title">{t('chartRegionTitle')}</h2>
      <p id="median-open-age">
        {medianOpenAge === null ? t('medianAgeNone') : t('medianAgeAll', { days: age(medianOpenAge) })}
      </p>
      <ChartFrame
        caption={t('chartRegionCaption')}
        height={height}
        fileName="knelpunten-per-regio"
        legend={boxLegend(series)}
        source={tc('sourceRegisters')}
        table={
          <DataTable
            labelledBy="by-region-title"
            id="by-region-table"
            columns={[
              t('fieldRegion'),
              ...[...series.map((s) => s.label), t('total'), t('openCount'), t('medianAge')].map(num),
            ]}
          >
            {byRegion.rows.map((r, i) => (
              <tr key={r.key}>
                <th scope="row">
                  <span
                    className="region-swatch"
                    style={{ background: regions[i]?.colour }}
                    aria-hidden="true"
                  />
                  {regions.find((x) => x.id === r.key)?.name}
                </th>
                {series.map((s) => (
                  <td className="num" key={s.key}>
                    {r.counts[s.key]}
                  </td>
                ))}
                <td className="num">{r.total}</td>
                <td className="num">{openAges[i]?.open ?? 0}</td>
                <td className="num">{age(openAges[i]?.medianAgeDays ?? null)}</td>
              </tr>
            ))}
          </DataTable>
        }
      >
        <StackedBarChart
          data={byRegion.rows.map((r) => ({ name: nameOf(r.key), ...(r.counts as Record<string, number>) }))}
          series={series}
          height={height}
        />
      </ChartFrame>
    </section>
  );
}
