import { formatDifference, formatInterval, formatValue } from '#app/components/charts/chart-format';
import { DataTable } from '#app/components/data-table';
import { EMPTY, num } from '#app/components/table-head';
import type { MatchedGroupSide } from '#app/domain/experiment-matched-group';
import { formatNumber } from '#app/domain/number-format';
import { matchedEffectsText as dict, type MatchedEffectsKey } from '#app/i18n/matched-effects';
import { useLang, useT } from '#app/i18n/use-t';
import type { MatchedGroupEffects } from '#app/models/experiment-matched-group.server';
import { cbsPeriodName, missingCellsText } from '#app/utils/cbs-format';

type Item = MatchedGroupEffects['effects'][string];

const REASON: Record<string, MatchedEffectsKey> = {
  'not-chosen': 'reasonNot-chosen',
  empty: 'reasonEmpty',
  'partial-scope': 'reasonPartial-scope',
  'no-region': 'reasonNo-region',
  notStarted: 'reasonNotStarted',
  region: 'reasonRegion',
  noPeriod: 'reasonNoPeriod',
  noFigures: 'reasonNoFigures',
  groupUnknown: 'reasonGroupUnknown',
};
const VERDICT: Record<Item['verdict'], MatchedEffectsKey> = {
  increase: 'verdictIncrease',
  decrease: 'verdictDecrease',
  'within-chance': 'verdictWithin-chance',
  'not-computable': 'verdictNot-computable',
};
/**
 * Under an outcome rate's before/after: the region's change beside the matched group's change in
 * the CBS rate, the difference with its 95 % interval, and what that does and does not prove.
 */
export function MatchedGroupEffect({
  id,
  item,
  label,
  regionName,
  region,
  names,
}: {
  id: string;
  item: Item;
  /** the outcome's name */
  label: string;
  regionName: string;
  /** the region's rates before and after as the comparison above shows them */
  region: { before: number | null; after: number | null };
  names: Record<string, string>;
}) {
  const t = useT(dict);
  const lang = useLang();
  const value = (v: number | null) => (v === null ? t('unknown') : formatValue(v, 'number', lang));
  const change = (v: number | null) => (v === null ? t('unknown') : formatDifference(v, 'number', lang));
  const side = (s: MatchedGroupSide | null) => {
    if (!s || s.periods.length === 0) return t('noPeriods');
    const periods = s.periods.map((p) => cbsPeriodName(p, lang)).join(', ');
    return s.value === null || s.count === null || s.childYears === null
      ? t('periodsOnly', { periods })
      : t('periods', {
          value: value(s.value),
          periods,
          count: formatNumber(s.count, lang, 0),
          years: formatNumber(s.childYears, lang, 0),
        });
  };
  const missingList = missingCellsText(item.missing, names, lang, true);
  const members = (item.members ?? []).map((c) => names[c] ?? c).join(', ');
  const d = item.difference;
  const titleId = `${id}-matched`;
  return (
    <section aria-labelledby={titleId} className="matched-group-effect">
      <h4 id={titleId}>{t('title')}</h4>
      <p>
        {t('intro', {
          region: regionName,
          measure: item.measureLabel[lang],
          grain: item.grain === 'year' ? t('grainYear') : t('grainHalf'),
        })}
      </p>
      {item.members ? (
        <DataTable
          id={`${titleId}-table`}
          caption={{ id: `${titleId}-caption`, text: t('caption', { outcome: label, region: regionName }) }}
          columns={[EMPTY, num(t('colBefore')), num(t('colAfter')), num(t('colChange'))]}
        >
          <tr>
            <th scope="row">{t('rowRegion', { region: regionName })}</th>
            <td className="num">{value(region.before)}</td>
            <td className="num">{value(region.after)}</td>
            <td className="num">{change(item.regionChange)}</td>
          </tr>
          <tr>
            <th scope="row">{t('rowGroup', { list: members })}</th>
            <td className="num">{side(item.group.before)}</td>
            <td className="num">{side(item.group.after)}</td>
            <td className="num">{change(item.group.change)}</td>
          </tr>
          <tr>
            <th scope="row">{t('rowDifference')}</th>
            <td />
            <td />
            <td className="num">
              <strong>{change(d?.estimate ?? null)}</strong>{' '}
              {d && d.lower !== null && d.upper !== null
                ? formatInterval({ lower: d.lower, upper: d.upper }, 'number', lang)
                : null}
            </td>
          </tr>
        </DataTable>
      ) : null}
      {item.reason ? (
        <p>{t(REASON[item.reason], { region: regionName, list: missingList })}</p>
      ) : (
        <p>
          <strong>{t(VERDICT[item.verdict], { region: regionName })}</strong>
        </p>
      )}
      {item.provisional || item.rounded ? (
        <p className="hint">
          {[item.provisional ? t('provisional') : '', item.rounded ? t('rounded') : '']
            .filter(Boolean)
            .join(' ')}
        </p>
      ) : null}
      <p className="caveat">{t('proves', { region: regionName })}</p>
    </section>
  );
}

/** Under an indicator's before/after: why there is no comparison with the matched group (never a blank). */
export function NoMatchedComparison({ id, reason }: { id: string; reason: 'noMeasure' | 'otherUnit' }) {
  const t = useT(dict);
  const titleId = `${id}-matched`;
  return (
    <section aria-labelledby={titleId} className="matched-group-effect">
      <h4 id={titleId}>{t('noMeasureTitle')}</h4>
      <p>{t(reason)}</p>
    </section>
  );
}
