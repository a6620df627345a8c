import { formatDifference, formatValue } from '#app/components/charts/chart-format';
import { DataTable } from '#app/components/data-table';
import type { EffectRow, QuarterState } from '#app/domain/experiment-effect';
import { getIndicator, type Indicator } from '#app/domain/indicators';
import { effects as dict } from '#app/i18n/effects';
import { useLang, useT } from '#app/i18n/use-t';
import type { IndicatorEffect } from '#app/models/experiment-effect.server';
import { formatDate } from '#app/utils/format';
import { EMPTY, num } from '#app/components/table-head';

export interface EffectsData {
  regionName: string;
  startDate: string | null;
  hasIndicators: boolean;
  effects: IndicatorEffect[];
  regionNames: Record<number, string>;
  suppressed: boolean;
  provisional: boolean;
}

/** "Voor en na": per linked indicator the quarters around the start beside the reference, and the DiD. */
export function ExperimentEffects({ data }: { data: EffectsData }) {
  const t = useT(dict);
  const lang = useLang();
  return (
    <section aria-labelledby="effects-title" className="experiment-effects">
      <h2 id="effects-title">{t('title')}</h2>
      {!data.startDate ? (
        <p>{t('noStart')}</p>
      ) : !data.hasIndicators ? (
        <p>{t('noIndicators')}</p>
      ) : (
        <>
          <p>{t('intro', { region: data.regionName, start: formatDate(data.startDate, lang) })}</p>
          <p className="caveat">{t('caveats')}</p>
          {data.suppressed ? <p className="hint">{t('suppressed')}</p> : null}
          {data.provisional ? <p className="hint">{t('provisional')}</p> : null}
          {data.effects.map((e) => (
            <IndicatorEffectSection key={e.code} data={data} item={e} indicator={getIndicator(e.code)!} />
          ))}
        </>
      )}
    </section>
  );
}

function IndicatorEffectSection({
  data,
  item,
  indicator,
}: {
  data: EffectsData;
  item: IndicatorEffect;
  indicator: Indicator;
}) {
  const t = useT(dict);
  const lang = useLang();
  const label = indicator.label[lang];
  const e = item.effect;
  const value = (v: number | null, state: QuarterState = 'known') =>
    state === 'hidden'
      ? t('hidden')
      : state === 'unknown' || v === null
        ? t('unknown')
        : formatValue(v, indicator.unit, lang);
  // a change or difference in the indicator's own unit (percentage points for a share)
  const change = (d: number | null) =>
    d === null ? t('unknown') : formatDifference(d, indicator.unit, lang);
  const names = (ids: number[]) => ids.map((id) => data.regionNames[id] ?? String(id)).join(', ');
  const list = (qs: string[]) => (qs.length > 0 ? qs.join(', ') : t('noneQuarters'));
  const id = `effect-${item.code}`;
  const reference = item.reference;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{label}</h3>
      <p>
        {reference.kind === 'series'
          ? t('referenceSeries', {
              label: reference.label,
              source: reference.source,
              table: reference.sourceTable,
              retrieved: formatDate(reference.retrievedOn, lang),
            })
          : reference.regions.length > 0
            ? t('referenceRegions', { regions: reference.regions.map((r) => r.name).join(', ') })
            : t('referenceRegionsNone')}
      </p>
      <DataTable
        labelledBy={id}
        id={`${id}-quarters`}
        caption={t('caption', { indicator: label, region: data.regionName })}
        columns={[
          t('colQuarter'),
          t('colSide'),
          num(t('colRegion', { region: data.regionName })),
          num(t('colReference')),
          num(t('colDifference')),
        ]}
      >
        {e.rows.map((r: EffectRow) => (
          <tr key={r.quarter}>
            <th scope="row">{r.quarter}</th>
            <td>{r.side === 'before' ? t('before') : t('after')}</td>
            <td className="num">{value(r.region, r.regionState)}</td>
            <td className="num">
              {value(r.reference, r.referenceState)}
              {r.leftOut.length > 0 && r.referenceState === 'known' ? (
                <span className="cell-note"> {t('leftOut', { regions: names(r.leftOut) })}</span>
              ) : null}
            </td>
            <td className="num">{r.difference === null ? '—' : change(r.difference)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable
        id={`${id}-summary`}
        caption={{ id: `${id}-summary-caption`, text: t('summaryCaption', { indicator: label }) }}
        columns={[EMPTY, ...[t('colBefore'), t('colAfter'), t('colChange')].map(num)]}
      >
        <tr>
          <th scope="row">{t('rowRegion', { region: data.regionName })}</th>
          <td className="num">{value(e.regionBefore)}</td>
          <td className="num">{value(e.regionAfter)}</td>
          <td className="num">{change(e.regionChange)}</td>
        </tr>
        <tr>
          <th scope="row">{t('rowReference')}</th>
          <td className="num">{value(e.referenceBefore)}</td>
          <td className="num">{value(e.referenceAfter)}</td>
          <td className="num">{change(e.referenceChange)}</td>
        </tr>
        <tr>
          <th scope="row">{t('did')}</th>
          <td />
          <td />
          <td className="num">
            <strong>{change(e.differenceInDifferences)}</strong>
          </td>
        </tr>
      </DataTable>
      {e.differenceInDifferences === null ? <p>{t('didNone')}</p> : null}
      <p className="hint">{t('usedQuarters', { before: list(e.used.before), after: list(e.used.after) })}</p>
      {e.unknownQuarters.length > 0 ? (
        <p className="hint">{t('unknownQuarters', { quarters: e.unknownQuarters.join(', ') })}</p>
      ) : null}
      {e.hiddenQuarters.length > 0 ? (
        <p className="hint">{t('hiddenQuarters', { quarters: e.hiddenQuarters.join(', ') })}</p>
      ) : null}
    </section>
  );
}
