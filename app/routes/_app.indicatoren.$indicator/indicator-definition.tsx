import { Link } from '@remix-run/react';
import { formatPeriodLabel } from '#app/utils/format';
import { getElement } from '#app/domain/catalogue';
import type { Indicator, Term } from '#app/domain/indicators';
import { PRINCIPLES } from '#app/domain/principles';
import { formatValue } from '#app/components/charts/chart-format';
import { dashboards, type DashboardKey } from '#app/i18n/dashboards';
import { useLang, useT } from '#app/i18n/use-t';

const UNIT_KEYS: Record<Indicator['unit'], DashboardKey> = {
  percent: 'unitPercent',
  days: 'unitDays',
  number: 'unitNumber',
  score: 'unitScore',
  per100: 'unitPer100',
  rate: 'unitRate',
};

/** What the indicator means and how it is computed, in words and as a formula. */
export function IndicatorDefinition({
  indicator,
  texts,
  target,
  floor,
  period,
}: {
  indicator: Indicator;
  /** what it means and where its target comes from, from the loader */
  texts: { explanation: string; source: string };
  target: number | null;
  floor: number | null;
  period: string;
}) {
  const t = useT(dashboards);
  const lang = useLang();
  const label = (code: string) => getElement(code)?.label[lang] ?? code;
  const terms = (ts: Term[]) =>
    ts
      .map(
        (x, i) => `${i === 0 ? (x.sign === -1 ? '− ' : '') : x.sign === -1 ? ' − ' : ' + '}${label(x.code)}`,
      )
      .join('');
  const f = indicator.formula;
  const formula =
    f.kind === 'ratio'
      ? `(${terms(f.numerator)}) / (${terms(f.denominator)})${f.scale !== 1 ? ` × ${f.scale}` : ''}`
      : f.kind === 'weighted'
        ? t('formulaWeighted', { element: label(f.element), weight: label(f.weight) })
        : t('formulaRegister');
  return (
    <section aria-labelledby="definition">
      <h2 id="definition">{t('definition')}</h2>
      <p>{texts.explanation}</p>
      <dl className="definition-list">
        <dt>{t('principle')}</dt>
        <dd>{PRINCIPLES.find((p) => p.code === indicator.group)!.label[lang]}</dd>
        <dt>{t('formula')}</dt>
        <dd className="formula">{formula}</dd>
        <dt>{t('unit')}</dt>
        <dd>{t(UNIT_KEYS[indicator.unit])}</dd>
        <dt>{t('direction')}</dt>
        <dd>{indicator.direction === 'higher' ? t('directionHigher') : t('directionLower')}</dd>
        <dt>
          {t('target')} / {t('floor')}
        </dt>
        <dd>
          {t('targetInForce', {
            target: formatValue(target, indicator.unit, lang),
            floor: formatValue(floor, indicator.unit, lang),
            period: formatPeriodLabel(period, lang),
          })}{' '}
          <Link to={`/vergelijken?what=${indicator.code}`}>{t('compareTitle')}</Link>
        </dd>
        <dt>{t('targetSource')}</dt>
        <dd>{texts.source}</dd>
      </dl>
    </section>
  );
}
