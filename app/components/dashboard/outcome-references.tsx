import { formatInterval, formatValue, formatWithInterval } from '#app/components/charts/chart-format';
import type { OutcomeReference } from '#app/domain/comparison-groups';
import type { Text } from '#app/domain/lang';
import { formatNumber } from '#app/domain/number-format';
import { comparisonText } from '#app/i18n/comparison-groups';
import { useLang, useT } from '#app/i18n/use-t';
import { num } from '#app/components/table-head';
import { DataTable } from '#app/components/data-table';
import { formatPeriodLabel } from '#app/utils/format';

export interface OutcomeReferencesData {
  mappings: { code: string; measure: string; gap: Text; label: Text }[];
  rows: { regionId: number | null; references: OutcomeReference[] }[];
}

type Key = keyof typeof comparisonText.nl;
const cap = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * The outcomes against a comparison group from CBS figures (issue 24): the group's rate in the CBS
 * period of the block's period and in the baseline, and the difference in change with its interval.
 */
export function OutcomeReferences({
  data,
  regionId,
  labels,
}: {
  data: OutcomeReferencesData;
  regionId: number | null;
  labels: Record<string, Text>;
}) {
  const t = useT(comparisonText);
  const lang = useLang();
  const row = data.rows.find((r) => r.regionId === regionId);
  if (!row || row.references.length === 0) return null;
  const rate = (v: number | null) => (v === null ? '—' : formatValue(v, 'number', lang));
  const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatNumber(Math.abs(v), lang, 1)}`;
  const missing = (r: OutcomeReference) =>
    r.missing.length
      ? t('missingList', {
          list: r.missing
            .map(
              (m) => `${m.code} ${formatPeriodLabel(m.period, lang)} (${t(`reason${cap(m.reason)}` as Key)})`,
            )
            .join(', '),
        })
      : '';
  const groupCell = (r: OutcomeReference) => {
    if (r.group)
      return `${t(`group${cap(r.group)}` as Key)}, ${r.periods.map((p) => formatPeriodLabel(p, lang)).join(', ')}`;
    const partial = r.skipped.some((s) => s.reason === 'partial-scope');
    return `${partial ? t('noReference') : t('noFigure')}${
      r.skipped.length
        ? ` (${r.skipped.map((s) => `${t(`group${cap(s.kind)}` as Key)}: ${t(`reason${cap(s.reason)}` as Key)}`).join('; ')})`
        : ''
    } ${missing(r)}`.trim();
  };
  const marks = (r: OutcomeReference) =>
    [r.provisional ? t('provisional') : '', r.rounded ? t('rounded') : ''].filter(Boolean).join(', ');
  return (
    <section aria-labelledby="outcome-references-title" className="outcome-references">
      <h3 id="outcome-references-title">{t('refTitle')}</h3>
      <DataTable
        caption={{ id: 'outcome-references-caption', text: t('refCaption') }}
        columns={[
          t('colOutcome'),
          t('colGroup'),
          num(t('colReference')),
          num(t('colReferenceBaseline')),
          num(t('colReferenceChange')),
          num(t('colDifference')),
          num(t('colOwn')),
        ]}
      >
        {row.references.map((r) => (
          <tr key={r.code}>
            <th scope="row">{labels[r.code]?.[lang] ?? r.code}</th>
            <td>{groupCell(r)}</td>
            <td className="num">
              {formatWithInterval(r.value, r.interval, 'number', lang)}
              {marks(r) ? <span className="cell-note"> ({marks(r)})</span> : null}
            </td>
            <td className="num">{rate(r.baseline)}</td>
            <td className="num">{r.groupChange === null ? '—' : signed(r.groupChange)}</td>
            <td className="num">
              {r.difference
                ? `${signed(r.difference.estimate)} ${formatInterval(r.difference, 'number', lang)}`
                : '—'}
              <br />
              <span className="hint">{t(`verdict${cap(r.verdict)}` as Key)}</span>
            </td>
            <td className="num">
              {r.own ? `${rate(r.own.value)} / ${rate(r.own.baseline)}` : t('noReference')}
            </td>
          </tr>
        ))}
      </DataTable>
      <p className="hint">{t('caveat')}</p>
      <ul className="hint">
        {data.mappings.map((m) => (
          <li key={`${m.code}-${m.measure}`}>
            {t('gapOf', {
              label: labels[m.code]?.[lang] ?? m.code,
              measure: m.label[lang],
              gap: m.gap[lang],
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
