import { TableHead, num } from '#app/components/table-head';
import { TableScroll } from '#app/components/table-scroll';
import type { ExperienceEffect } from '#app/domain/experience-effect';
import type { ShareFigure } from '#app/domain/experience-figures';
import type { Text } from '#app/domain/lang';
import { formatNumber, formatPercent } from '#app/domain/number-format';
import { effects as dict } from '#app/i18n/effects';
import { useLang, useT } from '#app/i18n/use-t';
import { formatPeriodLabel } from '#app/utils/format';

/** "Ervaring voor en na": the experience items the experiment names, per quarter (or half-year). */
export function ExperienceEffects({ data }: { data: (ExperienceEffect & { label: Text })[] }) {
  const t = useT(dict);
  const lang = useLang();
  if (data.length === 0) return null;
  const share = (f: ShareFigure | null) =>
    !f
      ? '—'
      : f.state === 'hidden'
        ? t('expHidden')
        : f.state === 'shown' && f.share !== null
          ? `${formatPercent(f.share, lang)} (n ${f.n})`
          : t('expUnknown');
  // a negative figure with the minus sign, as every difference in the app is written
  const pp = (v: number) => `${v < 0 ? '−' : ''}${formatNumber(Math.abs(v * 100), lang, 1)}`;
  const w = (p: string) => formatPeriodLabel(p, lang);
  return (
    <section aria-labelledby="experience-effects-title">
      <h2 id="experience-effects-title">{t('expTitle')}</h2>
      <p className="hint">{t('expIntro')}</p>
      <TableScroll labelledBy="experience-effects-title">
        <table className="table" id="experience-effects">
          <TableHead
            columns={[
              t('expColItem'),
              num(
                t('expColBefore', { from: w(data[0]!.window.before.from), to: w(data[0]!.window.before.to) }),
              ),
              num(
                data[0]!.window.after
                  ? t('expColAfter', { from: w(data[0]!.window.after.from), to: w(data[0]!.window.after.to) })
                  : t('expNotStarted'),
              ),
              t('expColPool'),
              num(t('expColDid')),
            ]}
          />
          <tbody>
            {data.map((e) => (
              <tr key={e.item} data-item={e.item}>
                <th scope="row">{e.label[lang]}</th>
                <td className="num">{share(e.region.before)}</td>
                <td className="num">{e.region.after ? share(e.region.after) : t('expNotStarted')}</td>
                <td>
                  {share(e.pool.before)} → {share(e.pool.after)}
                </td>
                <td className="num">
                  {e.differenceInDifferences !== null && e.interval
                    ? t('expPoints', {
                        value: pp(e.differenceInDifferences),
                        low: pp(e.interval.lower),
                        high: pp(e.interval.upper),
                      })
                    : t('expNoDid')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
