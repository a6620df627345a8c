import { data } from '@remix-run/node';
import type { Lang } from '#app/domain/lang';
import { formatNumber } from '#app/domain/number-format';
import { getRateOutcome } from '#app/domain/outcomes';
import { lastEndedPeriod, type Period } from '#app/domain/periods';
import { cbsBaselineText } from '#app/i18n/cbs-baseline';
import { translate } from '#app/i18n/i18n';
import { fillCbsBaseline, loadCbsBaselines } from '#app/models/cbs-baseline.server';
import { municipalityNames } from '#app/models/municipality-names.server';
import { missingCellsText as missingText } from '#app/utils/cbs-format';
import { REASON_KEY } from './cbs-baseline-text';

/** The baseline page's CBS section: per outcome with a CBS measure its pre-pilot baseline (the scope of now). */
export function loadCbsBaselineSection(regionId: number, baseline: { from: Period; to: Period }) {
  const rows = loadCbsBaselines(regionId, baseline, lastEndedPeriod(new Date()));
  return {
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
  const r = outcome
    ? fillCbsBaseline({
        regionId: input.regionId,
        code: outcome.code,
        baseline: input.baseline,
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
