import { TableScroll } from '#app/components/table-scroll';
import { dashboards as dict } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';
import { formatPeriodLabel } from '#app/utils/format';
import type { MissingReason } from '#app/domain/disclosure';
import type { PointInterval } from '#app/components/charts/line-data';
import { ProvisionalBadge, useMissingText, type RegionInfo } from './figures';
import { ReferenceRows, type ReferenceTrendLine } from './reference-rows';

/**
 * What a trend's chart and its table both take beside the values: the reference series, and per
 * region and period whether a value is provisional, why it is absent and its 95 % interval.
 */
export interface TrendMarks {
  references: readonly ReferenceTrendLine[];
  /** `provisional[period][region]`: the value still counts a draft or submitted report */
  provisional?: readonly (readonly boolean[])[];
  /** per region and period: why a value is absent (hidden, partial quarter, unknown) */
  missing?: readonly (readonly (MissingReason | null)[])[];
  totalMissing?: readonly (MissingReason | null)[];
  /** each shown value's 95 % interval (as its viewer may see it): the chart's band, the table's "(lower–upper)" */
  intervals?: readonly (readonly (PointInterval | null)[])[];
  totalIntervals?: readonly (PointInterval | null)[];
  /** an interval as the table writes it after its value: "(41,0–59,0)" */
  formatInterval?: (i: PointInterval) => string;
}

/**
 * The table beside every trend chart (indicator, compare and region pages): a row per region, the
 * programme total (when given), then each reference series and programme (or the one region) −
 * reference; a column per period.
 * `provisional[period][region]` marks values that still count a draft or submitted report;
 * `missing[region][period]` says why a value is absent, so hidden and unknown read differently.
 */
export function TrendTable({
  id,
  labelledBy,
  label,
  rowHeader,
  periods,
  regions,
  series,
  total,
  references,
  provisional,
  missing,
  totalMissing,
  intervals,
  totalIntervals,
  formatInterval,
  format,
  formatDifference,
}: TrendMarks & {
  id: string;
  /** the heading that names the table's scroll region; without it the chart frame scrolls */
  labelledBy?: string;
  /** the scroll region's name as text, where no heading names it */
  label?: string;
  /** the header of the first column (default "Regio") */
  rowHeader?: string;
  periods: readonly string[];
  regions: readonly Pick<RegionInfo, 'slug' | 'name'>[];
  series: readonly (readonly (number | null)[])[];
  /** the programme total's row; left out when undefined */
  total?: readonly (number | null)[];
  format: (v: number | null) => string;
  /** a difference from a reference, in the indicator's own unit (percentage points for a share) */
  formatDifference: (v: number | null) => string;
}) {
  const t = useT(dict);
  const lang = useLang();
  const missingText = useMissingText();
  // without `missing` (a principle's score) an absent value keeps the format's own text
  const text = (
    v: number | null,
    reason: MissingReason | null | undefined,
    interval: PointInterval | null | undefined,
  ) => {
    if (v === null) return reason ? missingText(reason) : format(v);
    return interval && formatInterval && !reason ? `${format(v)} ${formatInterval(interval)}` : format(v);
  };
  const table = (
    <table className="table" id={id}>
      <thead>
        <tr>
          <th scope="col">{rowHeader ?? t('region')}</th>
          {periods.map((p) => (
            <th scope="col" className="num" key={p}>
              {formatPeriodLabel(p, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {regions.map((r, i) => (
          <tr key={r.slug}>
            <th scope="row">{r.name}</th>
            {series[i].map((v, k) => (
              <td className="num" key={periods[k]}>
                {text(v, missing?.[i]?.[k], intervals?.[i]?.[k])}{' '}
                {provisional?.[k]?.[i] ? <ProvisionalBadge /> : null}
              </td>
            ))}
          </tr>
        ))}
        {total ? (
          <tr>
            <th scope="row">{t('total')}</th>
            {total.map((v, k) => (
              <td className="num" key={periods[k]}>
                {text(v, totalMissing?.[k], totalIntervals?.[k])}
              </td>
            ))}
          </tr>
        ) : null}
        {/* Without a programme total, the difference is the one region's own. */}
        <ReferenceRows
          refs={references}
          format={format}
          formatDifference={formatDifference}
          subject={total ? undefined : regions[0]?.name}
        />
      </tbody>
    </table>
  );
  return labelledBy || label ? (
    <TableScroll labelledBy={labelledBy} label={label}>
      {table}
    </TableScroll>
  ) : (
    table
  );
}
