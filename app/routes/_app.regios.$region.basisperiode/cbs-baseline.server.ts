import { data } from '@remix-run/node';
import type { Lang } from '#app/domain/lang';
import { formatNumber } from '#app/domain/number-format';
import { defaultCbsSpan } from '#app/domain/cbs-baseline';
import { getRateOutcome } from '#app/domain/outcomes';
import { lastEndedPeriod, type Period } from '#app/domain/periods';
import { parseCbsSpan } from '#app/forms/cbs-baseline-schema';
import { cbsBaselineText } from '#app/i18n/cbs-baseline';
import { translate } from '#app/i18n/i18n';
import { fillCbsBaseline, loadCbsBaselines } from '#app/models/cbs-baseline.server';
import { municipalityNames } from '#app/models/municipality-names.server';
import { missingCellsText as missingText } from '#app/utils/cbs-format';
import { REASON_KEY } from './cbs-baseline-text';

/**
 * The span of the CBS section: the one asked for in the address (?cbsVan=…&cbsTot=…, checked, with
 * its message when wrong), else the default of the region's baseline (defaultCbsSpan).
 */
function spanOf(url: URL, lang: Lang, baseline: { from: Period; to: Period }) {
  const from = url.searchParams.get('cbsVan');
  const to = url.searchParams.get('cbsTot');
  if (from === null && to === null) return { span: defaultCbsSpan(baseline), error: null };
  const r = parseCbsSpan(lang, { cbsFrom: from ?? '', cbsTo: to ?? '' });
  return r.ok ? { span: r.span, error: null } : { span: defaultCbsSpan(baseline), error: r.message };
}

/** The baseline page's CBS section: per outcome with a CBS measure its pre-pilot baseline (the scope of now). */
export function loadCbsBaselineSection(
  regionId: number,
  baseline: { from: Period; to: Period },
  url: URL,
  lang: Lang,
) {
  const { span, error } = spanOf(url, lang, baseline);
  const rows = loadCbsBaselines(regionId, span, lastEndedPeriod(new Date()));
  return {
    span,
    spanError: error,
    rows,
    labels: Object.fromEntries(
      rows.map((r) => [r.code, getRateOutcome(r.code)?.label ?? { nl: r.code, en: r.code }]),
    ),
    names: municipalityNames(),
  };
}

/** The cbs-fill intent: 400 with the reason where CBS gives no baseline, nothing stored. */
export function cbsBaselineAction(input: {
  formData: FormData;
  lang: Lang;
  regionId: number;
  baseline: { from: Period; to: Period };
  userId: number;
}) {
  const t = (
    key: Parameters<typeof translate<keyof typeof cbsBaselineText.nl>>[2],
    p?: Record<string, string>,
  ) => translate(cbsBaselineText, input.lang, key, p);
  const code = input.formData.get('code');
  const outcome = typeof code === 'string' ? getRateOutcome(code) : undefined;
  // the span shown on the page; a form without one fills over the default span
  const from = input.formData.get('cbsFrom');
  const to = input.formData.get('cbsTo');
  let span = defaultCbsSpan(input.baseline);
  if (from !== null || to !== null) {
    const parsed = parseCbsSpan(input.lang, { cbsFrom: from ?? '', cbsTo: to ?? '' });
    if (!parsed.ok)
      return data(
        { result: null, notice: null, error: t('notFilled', { reason: parsed.message }) },
        { status: 400 },
      );
    span = parsed.span;
  }
  const r = outcome
    ? fillCbsBaseline({
        regionId: input.regionId,
        code: outcome.code,
        span,
        month: lastEndedPeriod(new Date()),
        userId: input.userId,
      })
    : ({ ok: false, reason: 'code', missing: [] } as const);
  if (!r.ok)
    return data(
      {
        result: null,
        notice: null,
        error: t('notFilled', {
          reason: t(REASON_KEY[r.reason], { list: missingText(r.missing, municipalityNames(), input.lang) }),
        }),
      },
      { status: 400 },
    );
  return {
    result: null,
    error: null,
    notice: t('saved', {
      outcome: outcome!.label[input.lang],
      value: formatNumber(r.value, input.lang, 1),
    }),
  };
}
