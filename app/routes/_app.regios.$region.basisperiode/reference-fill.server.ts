import { parseWithZod } from '@conform-to/zod/v4';
import { data } from '@remix-run/node';
import { getIndicator, INDICATORS } from '#app/domain/indicators';
import { formatNumber } from '#app/domain/number-format';
import type { Lang } from '#app/domain/lang';
import { referenceBaselineValue } from '#app/domain/reference-baseline';
import { referenceFillSchema } from '#app/forms/region-schema';
import { translate } from '#app/i18n/i18n';
import { regionsText } from '#app/i18n/regions';
import { fillReferenceBaseline, listFillableSeries } from '#app/models/reference-baselines.server';
import { SOURCES } from '#app/models/figure-sources.server';

const FILLABLE = INDICATORS.filter((i) => i.formula.kind !== 'register').map((i) => i.code);

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
  const indicator = getIndicator(v.code);
  if (!indicator || indicator.formula.kind === 'register')
    return data({ result: null, notice: null, error: t('valFillCode') }, { status: 400 });
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
            indicator: indicator.label[input.lang],
            series: r.label,
            value: formatNumber(r.value, input.lang, 1),
          })
        : t('fillCleared'),
  };
}
