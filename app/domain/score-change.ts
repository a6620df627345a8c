/**
 * The change of a principle score since the period before, in whole points as the cards and tables
 * show it (▲ +3): rounded from the unrounded scores, null when either is unknown. Apart from scoring.ts
 * so the pages that show changes do not carry the catalogue into the browser.
 */
export function scoreChange(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : Math.round(now - before);
}
