import { z } from 'zod';
import { cbsSpanProblem, type CbsSpanProblem } from '#app/domain/cbs-baseline';
import { monthField } from '#app/domain/entered-fields';
import type { Lang } from '#app/domain/lang';
import { isPeriod } from '#app/domain/periods';
import { translate } from '#app/i18n/i18n';
import { cbsBaselineText, type CbsBaselineKey } from '#app/i18n/cbs-baseline';

const PROBLEM_KEY: Record<CbsSpanProblem, CbsBaselineKey> = {
  order: 'valSpanOrder',
  length: 'valSpanLength',
  outside: 'valSpanOutside',
  whole: 'valSpanWhole',
};

/**
 * The span of a baseline from CBS's pre-pilot years (ADR 024): whole half-years within 2019–2022, at
 * most 48 months. The region's baseline of its own months keeps its own form and its 24 months.
 */
export function cbsBaselineSpanSchema(lang: Lang) {
  const m = (key: CbsBaselineKey) => translate(cbsBaselineText, lang, key);
  return z
    .object({
      cbsFrom: monthField(lang, m('valSpanFrom')),
      cbsTo: monthField(lang, m('valSpanTo')),
    })
    .superRefine((v, ctx) => {
      // the fields' own checks have said what is wrong with a value that is not a month
      if (!isPeriod(v.cbsFrom) || !isPeriod(v.cbsTo)) return;
      const problem = cbsSpanProblem({ from: v.cbsFrom, to: v.cbsTo });
      if (problem) ctx.addIssue({ code: 'custom', path: ['cbsTo'], message: m(PROBLEM_KEY[problem]) });
    });
}

/** The first message of a failed span (the page shows one line), or null when the span is valid. */
export function parseCbsSpan(
  lang: Lang,
  input: { cbsFrom: unknown; cbsTo: unknown },
): { ok: true; span: { from: string; to: string } } | { ok: false; message: string } {
  const r = cbsBaselineSpanSchema(lang).safeParse(input);
  if (r.success) return { ok: true, span: { from: r.data.cbsFrom, to: r.data.cbsTo } };
  return {
    ok: false,
    message: r.error.issues[0]?.message ?? translate(cbsBaselineText, lang, 'valSpanFrom'),
  };
}
