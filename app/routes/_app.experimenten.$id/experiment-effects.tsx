import { formatDifference, formatInterval, formatValue } from '#app/components/charts/chart-format';
import { DataTable } from '#app/components/data-table';
import { EMPTY, num } from '#app/components/table-head';
import type { EffectWindow, SideFigure } from '#app/domain/experiment-effect';
import { formatNumber } from '#app/domain/number-format';
import { effects as dict, type EffectsKey } from '#app/i18n/effects';
import { useLang, useT } from '#app/i18n/use-t';
import type { IndicatorEffect } from '#app/models/experiment-effect.server';
import type { MatchedGroupEffects } from '#app/models/experiment-matched-group.server';
import { formatDate, formatPeriodLabel } from '#app/utils/format';
import { MatchedGroupEffect, NoMatchedComparison } from './matched-group-effect';

export interface EffectsData {
  regionName: string;
  startDate: string | null;
  hasIndicators: boolean;
  window: EffectWindow | null;
  effects: IndicatorEffect[];
  matched: MatchedGroupEffects;
  regionNames: Record<number, string>;
  suppressed: boolean;
  provisional: boolean;
}

const range = (r: { from: string; to: string } | null, lang: 'nl' | 'en', none: string) =>
  r ? formatPeriodLabel(`${r.from}..${r.to}`, lang) : none;

/** "Voor en na": per target the pooled sides of the region and the comparison group, and the DiD with its interval. */
export function ExperimentEffects({ data }: { data: EffectsData }) {
  const t = useT(dict);
  const lang = useLang();
  const w = data.window;
  return (
    <section aria-labelledby="effects-title" className="experiment-effects">
      <h2 id="effects-title">{t('title')}</h2>
      {!data.startDate || !w ? (
        <p>{t('noStart')}</p>
      ) : !data.hasIndicators ? (
        <p>{t('noIndicators')}</p>
      ) : (
        <>
          <p>{t('intro', { region: data.regionName, start: formatDate(data.startDate, lang) })}</p>
          <p>
            {t(w.grain === 'quarter' ? 'windowQuarters' : 'windowMonths', {
              before: range(w.before, lang, t('afterNone')),
              after: range(w.after, lang, t('afterNone')),
            })}{' '}
            {t('coverageRule')}
          </p>
          <p className="caveat">{t('caveats')}</p>
          {data.suppressed ? <p className="hint">{t('suppressed')}</p> : null}
          {data.provisional ? <p className="hint">{t('provisional')}</p> : null}
          {data.effects.map((e) => (
            <TargetEffect key={e.code} data={data} item={e} />
          ))}
        </>
      )}
    </section>
  );
}

const REASON: Record<string, EffectsKey> = {
  notStarted: 'reasonNotStarted',
  regionBefore: 'reasonRegionBefore',
  regionAfter: 'reasonRegionAfter',
  regionHidden: 'reasonRegionHidden',
  noPool: 'reasonNoPool',
  poolHidden: 'reasonPoolHidden',
  zero: 'reasonZero',
};

const LEFT: Record<string, EffectsKey> = {
  running: 'leftRunning',
  before: 'leftBefore',
  after: 'leftAfter',
  hidden: 'leftHidden',
};

function TargetEffect({ data, item }: { data: EffectsData; item: IndicatorEffect }) {
  const t = useT(dict);
  const lang = useLang();
  const label = item.label[lang];
  const unit = item.unit;
  const e = item.effect;
  const rate = item.kind === 'rate';
  const value = (v: number | null) => (v === null ? t('unknown') : formatValue(v, unit, lang));
  const change = (d: number | null) => (d === null ? t('unknown') : formatDifference(d, unit, lang));
  const counts = (f: { numerator: number | null; denominator: number | null }) =>
    f.numerator === null || f.denominator === null
      ? ''
      : rate
        ? t('countsRate', {
            count: formatNumber(f.numerator, lang, 0),
            years: formatNumber(f.denominator, lang, 0),
          })
        : t('countsOf', {
            numerator: formatNumber(f.numerator, lang, 0),
            denominator: formatNumber(f.denominator, lang, 0),
          });
  const side = (f: SideFigure | null) => {
    if (!f) return t('afterNone');
    if (f.state === 'hidden') return t('hidden');
    if (f.state === 'coverage') return t('tooFew', { ...f.coverage });
    if (f.state === 'unknown') return t('unknown');
    const c = counts(f);
    const months =
      f.coverage.known < f.coverage.total
        ? t('monthsKnown', { known: f.coverage.known, total: f.coverage.total })
        : '';
    return `${value(f.value)} (${[c, months].filter(Boolean).join('; ')})`;
  };
  const pool = (side: 'before' | 'after') => {
    const v = e.pool[side];
    const p = e.pool.parts[side];
    return v === null ? t('unknown') : `${value(v)}${p ? ` (${counts(p)})` : ''}`;
  };
  const names = (ids: number[]) => ids.map((id) => data.regionNames[id] ?? String(id)).join(', ');
  const id = `effect-${item.code}`;
  const interval = item.interval;
  const verdict = !interval
    ? null
    : interval.lower > 0
      ? 'verdictIncrease'
      : interval.upper < 0
        ? 'verdictDecrease'
        : 'verdictWithin';
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{label}</h3>
      <p>{e.pool.used.length > 0 ? t('pool', { regions: names(e.pool.used) }) : t('poolNone')}</p>
      {e.pool.leftOut.length > 0 ? (
        <p className="hint">
          {t('poolLeftOut', {
            list: e.pool.leftOut
              .map((l) => `${data.regionNames[l.regionId] ?? l.regionId} (${t(LEFT[l.reason])})`)
              .join(', '),
          })}
        </p>
      ) : null}
      <DataTable
        id={`${id}-summary`}
        caption={{ id: `${id}-caption`, text: t('summaryCaption', { indicator: label }) }}
        columns={[EMPTY, num(t('colBefore')), num(t('colAfter')), num(t('colChange'))]}
      >
        <tr>
          <th scope="row">{t('rowRegion', { region: data.regionName })}</th>
          <td className="num">{side(e.region.before)}</td>
          <td className="num">{side(e.region.after)}</td>
          <td className="num">{change(e.region.change)}</td>
        </tr>
        <tr>
          <th scope="row">{t('rowPool')}</th>
          <td className="num">{pool('before')}</td>
          <td className="num">{pool('after')}</td>
          <td className="num">{change(e.pool.change)}</td>
        </tr>
        <tr>
          <th scope="row">{t('did')}</th>
          <td />
          <td />
          <td className="num">
            <strong>{change(e.differenceInDifferences)}</strong>{' '}
            {interval ? formatInterval(interval, unit, lang) : null}
          </td>
        </tr>
      </DataTable>
      {e.reason ? (
        <p>{t(REASON[e.reason], { region: data.regionName })}</p>
      ) : verdict ? (
        <p>
          <strong>{t(verdict)}</strong>
        </p>
      ) : (
        <p className="hint">{t('noInterval')}</p>
      )}
      {data.matched.effects[item.code] ? (
        <MatchedGroupEffect
          id={id}
          item={data.matched.effects[item.code]}
          label={label}
          regionName={data.regionName}
          region={{ before: e.region.before.value, after: e.region.after?.value ?? null }}
          names={data.matched.names}
        />
      ) : data.matched.withoutComparison[item.code] ? (
        <NoMatchedComparison id={id} reason={data.matched.withoutComparison[item.code]!} />
      ) : null}
    </section>
  );
}
