import { lastEndedQuarter, parseBucket, type Grain } from '#app/domain/aggregation';
import { FIRST_YEAR, lastYear } from '#app/domain/periods';
import { requests, type RequestsKey } from '#app/i18n/requests';
import { findLatestCompleteQuarter } from '#app/models/reports.server';
import { getT } from './i18n.server';
import { badRequest } from './responses.server';

const FORM_KEYS: Partial<Record<Grain, RequestsKey>> = {
  month: 'periodMonth',
  quarter: 'periodQuarter',
  year: 'periodYear',
};

/** The quarter dashboards open on: the latest complete one in the data, else the last ended one. */
export function defaultQuarter(): string {
  return findLatestCompleteQuarter() ?? lastEndedQuarter(new Date());
}

/** The translated 400 for a period parameter that is not one of `grains` (thrown). */
export async function badPeriod(
  request: Request,
  value: string,
  grains: readonly Grain[],
  as: 'page' | 'json' = 'page',
): Promise<never> {
  const t = await getT(request, requests);
  const forms = grains.flatMap((g) => (FORM_KEYS[g] ? [t(FORM_KEYS[g]!)] : [])).join(t('periodOr'));
  return badRequest(t('periodInvalid', { value, forms, first: FIRST_YEAR, last: lastYear() }), as);
}

/**
 * A period query parameter (default `period`) of one of `grains`, within the years the app knows;
 * a malformed or out-of-range value is a translated 400. Without the parameter: `fallback()`
 * (default: the latest complete quarter, computed).
 */
export async function periodParam<F extends string | null = string>(
  request: Request,
  {
    name = 'period',
    grains = ['month', 'quarter', 'year'],
    fallback = defaultQuarter as () => F,
    as = 'page',
  }: {
    name?: string;
    grains?: readonly Grain[];
    fallback?: () => F;
    as?: 'page' | 'json';
  } = {},
): Promise<string | F> {
  const raw = new URL(request.url).searchParams.get(name);
  if (raw === null || raw === '') return fallback();
  return parseBucket(raw, grains) ?? badPeriod(request, raw, grains, as);
}
