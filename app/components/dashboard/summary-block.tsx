import { formatDifference, formatInterval, formatWithInterval } from '#app/components/charts/chart-format';
import { leftOutReasonKey } from '#app/domain/baseline-coverage';
import { TableHead, num } from '#app/components/table-head';
import { TableScroll } from '#app/components/table-scroll';
import type { IndicatorUnit } from '#app/domain/indicators';
import type { SummaryChange, SummaryLine, SummaryPage, SummaryPageLine } from '#app/domain/summary';
import { summarySentence } from '#app/domain/summary-sentence';
import { intervalsText } from '#app/i18n/intervals';
import { useLang, useT } from '#app/i18n/use-t';
import { LeftOutNotes } from './left-out-notes';
import { formatPeriodLabel } from '#app/utils/format';

export type SummaryData = SummaryPage;

/** A rate per 10,000 is written as a plain number; a share in %. */
const unitOf = (unit: SummaryLine['unit']): IndicatorUnit => (unit === 'rate' ? 'number' : unit);

function Sentences({ lines }: { lines: SummaryPageLine[] }) {
  const lang = useLang();
  return (
    <ul className="summary-sentences">
      {lines.map((l) => (
        <li key={`${l.kind}:${l.code}`} data-verdict={l.baseline.verdict}>
          {summarySentence(l, lang)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Where the change since the baseline leaves regions out (like with like): the matched figures and
 * who, one group per side and reason naming its regions once (a long list once below the notes).
 */
function MatchedNotes({ data }: { data: SummaryData }) {
  const t = useT(intervalsText);
  const lang = useLang();
  const shown = data.lines.filter((l) => l.baseline.difference !== null);
  return (
    <LeftOutNotes
      id="summary-left-out"
      lines={shown.map((l) => ({
        key: `${l.kind}:${l.code}`,
        leftOut: l.leftOut,
        note: (list) =>
          t('matchedNote', {
            label: l.label[lang],
            now: formatWithInterval(l.baselineNow, null, unitOf(l.unit), lang),
            base: formatWithInterval(l.baseline.reference, null, unitOf(l.unit), lang),
            list,
          }),
      }))}
      groups={data.leftOutGroups}
      why={(g) => `${t(g.side === 'now' ? 'sideNow' : 'sideBaseline')}: ${t(leftOutReasonKey(g.reason))}`}
      nameOf={(id) => data.regionNames[id] ?? String(id)}
    />
  );
}

/**
 * "Werkt het?": the answer first. One sentence per outcome (and per indicator an experiment names)
 * that claims a change only beyond chance, then the same figures as a table with their intervals.
 */
export function SummaryBlock({ data, moreHref }: { data: SummaryData; moreHref?: string }) {
  const t = useT(intervalsText);
  const lang = useLang();
  const period = formatPeriodLabel(data.period, lang);
  const outcomes = data.lines.filter((l) => l.kind === 'outcome');
  const indicators = data.lines.filter((l) => l.kind === 'indicator');
  const diff = (c: SummaryChange, unit: SummaryLine['unit']) =>
    c.difference === null
      ? '—'
      : `${formatDifference(c.difference, unitOf(unit), lang)} ${formatInterval(c.interval, unitOf(unit), lang)}`.trim();
  return (
    <section aria-labelledby="summary-title" className="summary-block">
      <h2 id="summary-title">{t('summaryTitle')}</h2>
      {data.lines.length === 0 ? <p>{t('noLines')}</p> : null}
      {outcomes.length > 0 ? <Sentences lines={outcomes} /> : null}
      {indicators.length > 0 ? (
        <details className="summary-indicators">
          <summary>{t('indicatorsDetails', { n: indicators.length })}</summary>
          <Sentences lines={indicators} />
        </details>
      ) : null}
      {moreHref ? (
        <p>
          <a href={moreHref}>{t('fullReport')}</a>
        </p>
      ) : null}
      {data.lines.length > 0 ? (
        <TableScroll labelledBy="summary-caption">
          <table className="table" id="summary-table">
            <caption id="summary-caption">
              {data.yearEarlier
                ? t('summaryCaption', { period, yearEarlier: formatPeriodLabel(data.yearEarlier, lang) })
                : t('summaryCaptionNoYear', { period })}
            </caption>
            <TableHead
              columns={[
                t('colFigure'),
                num(t('colNow')),
                num(t('colBaseline')),
                num(t('colDifference')),
                ...(data.yearEarlier ? [num(t('colYearEarlier'))] : []),
                t('colComparison'),
              ]}
            />
            <tbody>
              {data.lines.map((l) => (
                <tr key={`${l.kind}:${l.code}`}>
                  <th scope="row">
                    {l.label[lang]}
                    <br />
                    <span className="hint">
                      {l.unit === 'rate'
                        ? t('unitRate')
                        : l.kind === 'indicator'
                          ? t('experimentIndicator')
                          : t('unitPercent')}
                    </span>
                  </th>
                  <td className="num">
                    {l.hidden ? t('hidden') : formatWithInterval(l.value, l.interval, unitOf(l.unit), lang)}
                  </td>
                  <td className="num">
                    {formatWithInterval(l.baseline.reference, null, unitOf(l.unit), lang)}
                  </td>
                  <td className="num">{diff(l.baseline, l.unit)}</td>
                  {data.yearEarlier ? (
                    <td className="num">{l.yearEarlier ? diff(l.yearEarlier, l.unit) : '—'}</td>
                  ) : null}
                  <td>
                    {!l.comparison
                      ? t('noComparison')
                      : l.comparison.change === null
                        ? t('comparisonNoBaseline', { label: l.comparison.label })
                        : t('comparisonChange', {
                            label: l.comparison.label,
                            change: formatDifference(l.comparison.change, unitOf(l.unit), lang),
                          })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <MatchedNotes data={data} />
      <p className="hint">{t('summaryIntro')}</p>
      <p className="hint">{t('intervalNote')}</p>
    </section>
  );
}
