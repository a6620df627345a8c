import { parseWithZod } from '@conform-to/zod/v4';
import { data } from '@remix-run/node';
import { getIndicator, INDICATORS } from '#app/domain/indicators';
import { getRateOutcome, RATE_OUTCOMES } from '#app/domain/outcomes';
import { formatNumber } from '#app/domain/number-format';
import type { Lang } from '#app/domain/lang';
import { referenceBaselineValue } from '#app/domain/reference-baseline';
import { referenceFillSchema } from '#app/forms/region-schema';
import { translate } from '#app/i18n/i18n';
import { regionsText } from '#app/i18n/regions';
import { fillReferenceBaseline, listFillableSeries } from '#app/models/reference-baselines.server';
import { SOURCES } from '#app/models/figure-sources.server';

/** Indicators over data elements and the outcome rates per 10,000 children. */
const FILLABLE = [
  ...INDICATORS.filter((i) => i.formula.kind !== 'register').map((i) => i.code),
  ...RATE_OUTCOMES.map((o) => o.code),
];

/** A fillable code's name, or undefined for a code that cannot be filled. */
export function fillableLabel(code: string) {
  const indicator = getIndicator(code);
  if (indicator) return indicator.formula.kind === 'register' ? undefined : indicator.label;
  return getRateOutcome(code)?.label;
}

/** Per indicator with a reference series: its series with their mean over the baseline, and what is filled. */
export function loadReferenceFill(regionId: number, baseline: { from: string; to: string }) {
  const filled = SOURCES.referenceBaselines.baselines([regionId]).get(regionId) ?? new Map();
  return {
    rows: listFillableSeries(FILLABLE).map((s) => ({
      code: s.indicatorCode!,
      series: s.code,
      label: s.label,
      source: s.source,
      sourceTable: s.sourceTable,
      retrievedOn: s.retrievedOn,
      mean: referenceBaselineValue(s.values, baseline),
    })),
    filled: [...filled.values()],
  };
}

/** The fill and clear intents of the baseline page: 400 with a message where nothing can be filled. */
export function referenceFillAction(input: {
  formData: FormData;
  lang: Lang;
  regionId: number;
  baseline: { from: string; to: string };
  userId: number;
}) {
  const t = (key: Parameters<typeof translate<keyof typeof regionsText.nl>>[2], p?: Record<string, string>) =>
    translate(regionsText, input.lang, key, p);
  const submission = parseWithZod(input.formData, { schema: referenceFillSchema(input.lang) });
  if (submission.status !== 'success')
    return data({ result: submission.reply(), notice: null, error: null }, { status: 400 });
  const v = submission.value;
  const label = fillableLabel(v.code);
  if (!label) return data({ result: null, notice: null, error: t('valFillCode') }, { status: 400 });
  const r = fillReferenceBaseline({
    regionId: input.regionId,
    code: v.code,
    seriesCode: v.intent === 'fill' ? v.series : null,
    baseline: input.baseline,
    userId: input.userId,
  });
  if (!r.ok)
    return data(
      { result: null, notice: null, error: t(r.reason === 'series' ? 'fillUnknownSeries' : 'fillNoValues') },
      { status: 400 },
    );
  return {
    result: null,
    error: null,
    notice:
      v.intent === 'fill'
        ? t('fillSaved', {
            indicator: label[input.lang],
            series: r.label,
            value: formatNumber(r.value, input.lang, 1),
          })
        : t('fillCleared'),
  };
}
