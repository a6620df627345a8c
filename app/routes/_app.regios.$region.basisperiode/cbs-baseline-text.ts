/** The CBS baseline's reasons as keys of its dictionary (app/i18n/cbs-baseline.ts). */
export const REASON_KEY = {
  'no-scope': 'reasonNo-scope',
  'partial-scope': 'reasonPartial-scope',
  'no-period': 'reasonNo-period',
  'no-figures': 'reasonNo-figures',
  unknown: 'reasonUnknown',
  code: 'reasonCode',
} as const;
