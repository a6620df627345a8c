import { leftOutReasonKey } from '#app/domain/baseline-coverage';
import type { LeftOutGroup } from '#app/domain/left-out-groups';
import {
  formatDifference,
  formatInterval,
  formatValue,
  formatWithInterval,
} from '#app/components/charts/chart-format';
import type { FigureInterval } from '#app/domain/figure-intervals';
import { formatPeriodLabel } from '#app/utils/format';
import type { Exclusion } from '#app/domain/outcomes';
import type { Text } from '#app/domain/lang';
import type { OutcomeCell, OutcomeLine } from '#app/domain/outcome-lines';
import type { Change } from '#app/domain/population';
import { outcomesText } from '#app/i18n/outcomes';
import { intervalsText } from '#app/i18n/intervals';
import { useLang, useT } from '#app/i18n/use-t';
import { formatNumber } from '#app/domain/number-format';
import { TotalCoverage } from './total-coverage';
import { DataTable } from '#app/components/data-table';
import { num } from '#app/components/table-head';
import { OutcomeReferences, type OutcomeReferencesData } from './outcome-references';
import { VariationCell, type LatestVariation } from '#app/components/spc/variation-table-cell';
import { spcText } from '#app/i18n/spc';
import { useLocation } from '@remix-run/react';
import { LeftOutNotes } from './left-out-notes';
import { groupBy } from '#app/utils/group-by';
import { INLINE_REGIONS } from '#app/domain/page-weight';
import { PopulationNote, type ShownPopulation } from './population-note';
import { OwnCountCheck } from './own-count-check';
import type { OwnCountRow } from '#app/domain/own-count-check';

export interface OutcomeBlockData {
  period: string;
  previous: string;
  trendBuckets: string[];
  codes: string[];
  labels: Record<string, Text>;
  baselines: { regionId: number; from: string; to: string }[];
  /** on a programme page each total line names the lists of `leftOutGroups` its change leaves out */
  total: { regionId: number | null; lines: ShownLine[] } | null;
  /** the programme total's left-out regions, each list once (programme pages) */
  leftOutGroups?: LeftOutGroup[];
  /**
   * Each region's lines: whole on a region's page; on the programme pages at national scale only the
   * cells of the table of regions (each region's page has the rest).
   */
  regions: { regionId: number | null; lines: (OutcomeCell & Partial<OutcomeLine>)[] }[];
  excluded: Record<string, Exclusion[]>;
  /** the CBS comparison groups (issue 24) */
  references?: OutcomeReferencesData;
  /** the programme's number of regions, also when `regions` is left out (the overview at national scale) */
  regionCount?: number;
  /** where each region's children in scope come from: CBS or typed (issue 24) */
  populations?: ShownPopulation[];
  /** a region page's check of its own counts against CBS (issue 24) */
  ownChecks?: OwnCountRow[];
}

/** A line as the table draws it: the programme total's left-out regions are in `leftOutGroups`. */
type ShownLine = Omit<OutcomeLine, 'baselineLeftOut'> & { leftOut?: number[] };

function useOutcomeFormat(data: OutcomeBlockData) {
  const lang = useLang();
  const t = useT(outcomesText);
  // hidden ("verborgen (kleine noemer)") and unknown ("onbekend") never look alike
  const value = (v: number | null, unit: 'rate' | 'percent', hidden = false) =>
    hidden
      ? t('hiddenSmall')
      : v === null
        ? t('unknown')
        : formatValue(v, unit === 'percent' ? 'percent' : 'number', lang);
  const change = (c: Change, unit: 'rate' | 'percent') => {
    if (c.difference === null) return '—';
    if (unit === 'percent') return formatDifference(c.difference, 'percent', lang);
    const sign = c.difference > 0 ? '+' : c.difference < 0 ? '−' : '±';
    const abs = formatNumber(Math.abs(c.difference), lang, 1);
    // a rate's change also relative to the earlier rate: that is a percentage, not percentage points
    const rel =
      c.relative === null ? '' : ` (${sign}${formatNumber(Math.abs(c.relative) * 100, lang, 0)}\u00a0%)`;
    return `${sign}${abs}${rel}`;
  };
  const label = (code: string) => data.labels[code]?.[lang] ?? code;
  const unitOf = (unit: 'rate' | 'percent') => (unit === 'percent' ? 'percent' : 'number');
  /** a value with its 95 % interval: "21,7 (17,6–26,6)" */
  const ranged = (v: number | null, i: FigureInterval | null, unit: 'rate' | 'percent') =>
    formatWithInterval(v, i, unitOf(unit), lang);
  /** a change with its 95 % interval (per 10,000, or percentage points) */
  const rangedChange = (c: Change, i: FigureInterval | null, unit: 'rate' | 'percent') =>
    c.difference === null ? '—' : `${change(c, unit)} ${formatInterval(i, unitOf(unit), lang)}`.trim();
  return { t, lang, value, change, label, ranged, rangedChange };
}

/** The outcomes of one row (a region or the programme total) with previous period, baseline and trend. */
function OutcomeTable({
  id,
  lines,
  data,
  variation,
}: {
  id: string;
  lines: ShownLine[];
  data: OutcomeBlockData;
  /** per outcome rate the variation of its latest month (a region's page; shares: no chart, "—") */
  variation: Record<string, LatestVariation> | null;
}) {
  const { t, lang, value, label, ranged, rangedChange } = useOutcomeFormat(data);
  const ts = useT(spcText);
  return (
    <DataTable
      caption={{
        id: `${id}-caption`,
        text: t('outcomesCaption', {
          period: formatPeriodLabel(data.period, lang),
          previous: formatPeriodLabel(data.previous, lang),
        }),
      }}
      columns={[
        t('colOutcome'),
        num(t('colValue')),
        num(t('colCount')),
        num(t('colChangePrevious')),
        num(t('colBaselineValue')),
        num(t('colChangeBaseline')),
        t('colTrend'),
        ...(variation ? [ts('spcRegionColumn')] : []),
      ]}
    >
      {lines.map((l) => (
        <tr key={l.code}>
          <th scope="row">
            {label(l.code)}
            <br />
            <span className="hint">{l.unit === 'rate' ? t('unitRate') : t('unitPercent')}</span>
          </th>
          <td className="num">
            {l.hidden || l.value === null
              ? value(l.value, l.unit, l.hidden)
              : ranged(l.value, l.interval, l.unit)}
          </td>
          <td className="num">
            {l.count === null
              ? t('unknown')
              : typeof l.count === 'number'
                ? formatNumber(l.count, lang, 0)
                : l.count}
          </td>
          <td className="num">{rangedChange(l.changePrevious, l.changePreviousInterval, l.unit)}</td>
          <td className="num">
            <BaselineCell line={l} format={(v) => value(v, l.unit, l.baselineHidden)} />
          </td>
          <td className="num">{rangedChange(l.changeBaseline, l.changeBaselineInterval, l.unit)}</td>
          <td>
            {l.trend
              .map(
                (v, i) =>
                  `${formatPeriodLabel(data.trendBuckets[i]!, lang)}: ${value(v, l.unit, l.trendHidden[i])}`,
              )
              .join(' · ')}
          </td>
          {variation ? <VariationCell latest={variation[l.code]} /> : null}
        </tr>
      ))}
    </DataTable>
  );
}

/** A baseline value with the months it uses when not all are known, or why it is unknown. */
function BaselineCell({ line, format }: { line: ShownLine; format: (v: number | null) => string }) {
  const t = useT(outcomesText);
  const c = line.baselineCoverage;
  if (line.baselineReference)
    return (
      <>
        {format(line.baseline)}{' '}
        <span className="cell-note">{t('baselineFromReference', line.baselineReference)}</span>
      </>
    );
  if (line.baseline === null && c && c.known < c.minimum) return <>{t('baselineTooFew', { ...c })}</>;
  return (
    <>
      {format(line.baseline)}
      {c && line.baseline !== null && c.known < c.total ? (
        <span className="cell-note"> ({t('baselineMonthsKnown', { known: c.known, total: c.total })})</span>
      ) : null}
    </>
  );
}

/** For the programme total: each outcome whose change against the baseline leaves regions out. */
function MatchedNotes({
  lines,
  data,
  nameOf,
}: {
  lines: ShownLine[];
  data: OutcomeBlockData;
  nameOf: (id: number) => string;
}) {
  const { t, value, label } = useOutcomeFormat(data);
  return (
    <LeftOutNotes
      id="outcomes-left-out"
      lines={lines.map((l) => ({
        key: l.code,
        leftOut: l.leftOut ?? [],
        note: (list) =>
          t('matchedNote', {
            label: label(l.code),
            now: value(l.baselineNow ?? null, l.unit),
            base: value(l.baseline, l.unit),
            list,
          }),
      }))}
      groups={data.leftOutGroups ?? []}
      why={(g) => `${t(g.side === 'now' ? 'sideNow' : 'sideBaseline')}: ${t(leftOutReasonKey(g.reason))}`}
      nameOf={nameOf}
    />
  );
}

/**
 * "Uitkomsten": apart from the principle scores, never averaged into one. With `regionNames`, the
 * programme total (saying which regions it leaves out) and a table of every region; without, the
 * single region of `data.regions`.
 */
export function OutcomesBlock({
  data,
  regionNames,
  variation = null,
  regionLinks,
}: {
  data: OutcomeBlockData;
  regionNames?: Record<number, string>;
  /**
   * A region's page: per outcome rate the variation icon of its latest month, read from its
   * control chart (null: no charts for this viewer, or a page without them)
   */
  variation?: Record<string, LatestVariation> | null;
  /** the regions' pages, linked to when the table of regions is left out */
  regionLinks?: readonly { slug: string; name: string }[];
}) {
  const { t, value, label } = useOutcomeFormat(data);
  const ti = useT(intervalsText);
  const lang = useLang();
  const programme = regionNames !== undefined;
  // a single region's page sends its region's whole lines
  const row = programme
    ? data.total
    : (data.regions[0] as { regionId: number | null; lines: ShownLine[] } | undefined);
  const nameOf = (id: number) => regionNames?.[id] ?? String(id);
  const single = data.baselines[0];
  const regionCount = data.regionCount ?? data.regions.length;
  const { search } = useLocation();
  const showAll = new URLSearchParams(search);
  showAll.set('uitkomsten', 'alle');
  return (
    <section aria-labelledby="outcomes-title" className="outcomes-block">
      <h2 id="outcomes-title">{t('outcomesTitle')}</h2>
      <p>{t('outcomesIntro')}</p>
      {row ? <OutcomeTable id="outcomes" lines={row.lines} data={data} variation={variation} /> : null}
      {row ? <p className="hint">{ti('intervalNote')}</p> : null}
      {row && data.populations ? (
        <PopulationNote populations={data.populations} nameOf={programme ? nameOf : undefined} />
      ) : null}
      {row && data.references ? (
        <OutcomeReferences data={data.references} regionId={row.regionId} labels={data.labels} />
      ) : null}
      {!programme && data.ownChecks ? <OwnCountCheck rows={data.ownChecks} labels={data.labels} /> : null}
      <p className="hint">
        {programme
          ? t('baselineOfRegions', {
              // at national scale one entry per span naming its regions (36 regions share 2015-11–2016-10)
              list:
                data.baselines.length > INLINE_REGIONS
                  ? groupBy(data.baselines, (b) => `${b.from}–${b.to}`)
                      .map(([span, bs]) => `${bs.map((b) => nameOf(b.regionId)).join(', ')} ${span}`)
                      .join('; ')
                  : data.baselines.map((b) => `${nameOf(b.regionId)} ${b.from}–${b.to}`).join(', '),
            })
          : single
            ? t('baselineOfRegion', { from: single.from, to: single.to })
            : null}{' '}
        {t('baselineCoverageRule')}
      </p>
      {programme && row ? <MatchedNotes lines={row.lines} data={data} nameOf={nameOf} /> : null}
      {programme
        ? data.codes.map((code) => (
            <TotalCoverage
              key={code}
              label={label(code)}
              excluded={data.excluded[code] ?? []}
              regionCount={regionCount}
              nameOf={nameOf}
            />
          ))
        : null}
      {programme && data.regions.length === 0 && regionCount > 0 ? (
        <>
          <p>{t('regionsCollapsed', { count: String(regionCount) })}</p>
          <ul className="inline-list">
            {(regionLinks ?? []).map((r) => (
              <li key={r.slug}>
                <a href={`/regios/${r.slug}#outcomes-title`}>{r.name}</a>
              </li>
            ))}
          </ul>
          <p>
            <a href={`?${showAll}#outcomes-regions-caption`}>
              {t('showAllRegions', { count: String(regionCount) })}
            </a>
          </p>
        </>
      ) : programme ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="outcomes-regions-caption">
          <table className="table">
            <caption id="outcomes-regions-caption">
              {t('outcomesTitle')} {formatPeriodLabel(data.period, lang)}: {t('colName').toLowerCase()}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('colName')}</th>
                {data.codes.map((c) => (
                  <th key={c} scope="col" className="num">
                    {label(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.regions.map((r) => (
                <tr key={r.regionId}>
                  <th scope="row">{nameOf(r.regionId ?? 0)}</th>
                  {r.lines.map((l) => (
                    <td key={l.code} className="num">
                      {value(l.value, l.unit, l.hidden)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
