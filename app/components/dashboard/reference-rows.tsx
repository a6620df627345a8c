import type { LineSeries } from '#app/components/charts/line-data';
import { references as dict } from '#app/i18n/references';
import { useLang, useT } from '#app/i18n/use-t';
import { formatDate } from '#app/utils/format';

export interface ReferenceTrendLine {
  code: string;
  label: string;
  source: string;
  sourceTable: string;
  retrievedOn: string;
  illustrative: boolean;
  values: (number | null)[];
  /** programme total − reference, computed on the server */
  difference: (number | null)[];
  /** the series the difference is taken from when not the programme's (a region's own group, issue 24) */
  subject?: string;
}

const REFERENCE_COLOURS = ['#333333', '#6b6b6b'];

/** Reference series as dashed dark lines, after the regions' own. */
export function useReferenceSeries(refs: readonly ReferenceTrendLine[]): LineSeries[] {
  const t = useT(dict);
  return refs.map((r, i) => ({
    key: `ref-${r.code}`,
    label: t('lineLabel', { label: r.label }),
    colour: REFERENCE_COLOURS[i % REFERENCE_COLOURS.length],
    pattern: 1 + (i % 3),
    values: r.values,
  }));
}

/** The source of each reference, for the exported image's footer and the note under the chart. */
export function useReferenceSources(refs: readonly ReferenceTrendLine[]): string[] {
  const t = useT(dict);
  const lang = useLang();
  return refs.map(
    (r) =>
      t('sourceLine', {
        label: r.label,
        source: r.source,
        table: r.sourceTable,
        date: formatDate(r.retrievedOn, lang),
      }) + (r.illustrative ? t('sourceIllustrative') : ''),
  );
}

/**
 * Table rows: each reference's values, then programme (or `subject`, a region) − reference, the
 * difference in the indicator's own unit (`formatDifference`: percentage points for a share).
 */
export function ReferenceRows({
  refs,
  format,
  formatDifference,
  subject,
}: {
  refs: readonly ReferenceTrendLine[];
  format: (v: number | null) => string;
  formatDifference: (v: number | null) => string;
  subject?: string;
}) {
  const t = useT(dict);
  return (
    <>
      {refs.map((r) => (
        <tr key={r.code} data-reference={r.code}>
          <th scope="row">{t('lineLabel', { label: r.label })}</th>
          {r.values.map((v, k) => (
            <td className="num" key={k}>
              {format(v)}
            </td>
          ))}
        </tr>
      ))}
      {refs.map((r) => (
        <tr key={`${r.code}-diff`} data-difference={r.code}>
          <th scope="row">
            {(r.subject ?? subject)
              ? t('differenceRowOf', { subject: (r.subject ?? subject)!, label: r.label })
              : t('differenceRow', { label: r.label })}
          </th>
          {r.difference.map((v, k) => (
            <td className="num" key={k}>
              {formatDifference(v)}
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
