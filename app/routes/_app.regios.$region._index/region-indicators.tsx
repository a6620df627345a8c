import { Link } from '@remix-run/react';
import { ChartFrame } from '~/components/charts/chart-frame';
import { TrendLineChart } from '~/components/charts/line-chart';
import { formatValue } from '~/components/charts/chart-format';
import { ProvisionalBadge, useFigureText } from '~/components/dashboard/figures';
import { INDICATORS } from '~/domain/indicators';
import { INDICATOR_GROUPS, PRINCIPLE_CODES, PRINCIPLES } from '~/domain/principles';
import { REGION_PALETTE } from '~/domain/region-colours';
import type { ScoreRow } from '~/domain/scorecard';
import { dashboards } from '~/i18n/dashboards';
import { useLang, useT } from '~/i18n/use-t';

/** The region's principle scores over time, and every indicator with its trend, target and score. */
export function RegionIndicators({
  regionName,
  quarters,
  cards,
}: {
  regionName: string;
  quarters: string[];
  cards: ScoreRow[];
}) {
  const t = useT(dashboards);
  const lang = useLang();
  const f = useFigureText();
  const last = cards[cards.length - 1];
  const label = (code: string) => PRINCIPLES.find((p) => p.code === code)!.label[lang];
  const scoreSeries = PRINCIPLE_CODES.map((p, i) => ({
    key: p,
    label: label(p),
    colour: REGION_PALETTE[i],
    pattern: i % 4,
    values: cards.map((c) => (c.groups[p].sufficient ? c.groups[p].score : null)),
  }));
  return (
    <>
      <ChartFrame
        caption={t('regionTrendCaption', { region: regionName })}
        height={300}
        fileName={`principes-${regionName}`}
        table={
          <table className="table" id="region-trend-table">
            <thead>
              <tr>
                <th scope="col">{t('principle')}</th>
                {quarters.map((q, k) => (
                  <th scope="col" className="num" key={q}>
                    {q} {cards[k].provisional ? <ProvisionalBadge /> : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {PRINCIPLE_CODES.map((p) => (
                <tr key={p}>
                  <th scope="row">{label(p)}</th>
                  {cards.map((c) => (
                    <td className="num" key={c.bucket}>
                      {f.principle(c.groups[p])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <TrendLineChart
          categories={quarters}
          series={scoreSeries}
          format={(v) => formatValue(v, 'score100', lang)}
          height={300}
          label={t('regionTrendCaption', { region: regionName })}
        />
      </ChartFrame>
      {INDICATOR_GROUPS.map((g) => (
        <section key={g} aria-labelledby={`group-${g}`}>
          <h2 id={`group-${g}`}>{g === 'workforce' ? t('workforce') : label(g)}</h2>
          <table className="table" id={`region-indicators-${g}`}>
            <caption>
              {g === 'workforce'
                ? t('workforceCaption', { region: regionName, period: last.bucket })
                : t('regionIndicatorsCaption', { region: regionName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('indicator')}</th>
                {quarters.map((q) => (
                  <th scope="col" className="num" key={q}>
                    {q}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('target')}
                </th>
                <th scope="col" className="num">
                  {t('floor')}
                </th>
                <th scope="col" className="num">
                  {t('score')}
                </th>
                <th scope="col" className="num">
                  {t('trend')}
                </th>
              </tr>
            </thead>
            <tbody>
              {INDICATORS.filter((i) => i.group === g).map((ind) => {
                const now = last.indicators[ind.code];
                const before = cards[cards.length - 2]?.indicators[ind.code];
                return (
                  <tr key={ind.code}>
                    <th scope="row">
                      <Link to={`/indicatoren/${ind.code}?period=${last.bucket}`}>{ind.label[lang]}</Link>
                    </th>
                    {cards.map((c) => (
                      <td className="num" key={c.bucket}>
                        {f.value(ind, c.indicators[ind.code])}
                      </td>
                    ))}
                    <td className="num">{formatValue(now.target, ind.unit, lang)}</td>
                    <td className="num">{formatValue(now.floor, ind.unit, lang)}</td>
                    <td className="num">{f.score(now.score)}</td>
                    <td className="num">{f.change(now.score, before?.score ?? null) ?? t('none')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
