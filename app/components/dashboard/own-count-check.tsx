import type { OwnCountRow } from '#app/domain/own-count-check';
import type { Text } from '#app/domain/lang';
import { formatNumber } from '#app/domain/number-format';
import { cbsRatesText } from '#app/i18n/cbs-rates';
import { useLang, useT } from '#app/i18n/use-t';
import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';
import { formatPeriodLabel } from '#app/utils/format';

/**
 * The check of a region's own counts against CBS for its own municipalities (issue 24): flagged
 * beyond 20 % of CBS's figure, with the reason where it cannot be checked.
 */
export function OwnCountCheck({
  rows,
  labels,
}: {
  rows: readonly OwnCountRow[];
  labels: Record<string, Text>;
}) {
  const t = useT(cbsRatesText);
  const lang = useLang();
  if (rows.length === 0) return null;
  const status = (r: OwnCountRow) =>
    r.reason === 'partial-scope'
      ? t('checkPartial')
      : r.reason === 'no-figure'
        ? t('checkNoFigure')
        : r.hidden
          ? t('checkHidden')
          : r.pilot === null
            ? t('checkUnknown')
            : r.relativeDifference === null
              ? t('checkCbsZero')
              : r.flagged
                ? t('checkFlagged')
                : t('checkOk');
  const count = (v: number | null) => (v === null ? '—' : formatNumber(v, lang, 0));
  const pct = (v: number | null) =>
    v === null ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatNumber(Math.abs(v) * 100, lang, 0)}\u00a0%`;
  return (
    <section aria-labelledby="own-count-check-title" className="own-count-check">
      <h3 id="own-count-check-title">{t('checkTitle')}</h3>
      <p className="hint">{t('checkIntro')}</p>
      <DataTable
        caption={{ id: 'own-count-check-caption', text: t('checkTitle') }}
        columns={[
          t('checkColOutcome'),
          t('checkColPeriod'),
          num(t('checkColOwn')),
          num(t('checkColCbs')),
          num(t('checkColDifference')),
          t('checkColStatus'),
        ]}
      >
        {rows.map((r) => (
          <tr key={r.code} className={r.flagged ? 'flagged' : undefined}>
            <th scope="row">{labels[r.code]?.[lang] ?? r.code}</th>
            <td>{r.period ? formatPeriodLabel(r.period, lang) : '—'}</td>
            <td className="num">{r.hidden ? t('checkHidden') : count(r.pilot)}</td>
            <td className="num">{count(r.cbs)}</td>
            <td className="num">{pct(r.relativeDifference)}</td>
            <td>{r.flagged ? <strong>{status(r)}</strong> : status(r)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
