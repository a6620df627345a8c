/** JSON: one indicator over time per region and for the total. See docs/api.md. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { bucketRange, bucketsBetween, grainOf } from '#app/domain/aggregation';
import { getIndicator } from '#app/domain/indicators';
import { listRegions } from '#app/models/regions.server';
import { loadScorecards } from '#app/models/figures.server';
import { viewerForRequest } from '#app/models/viewer.server';
import { requests } from '#app/i18n/requests';
import { getT } from '#app/utils/i18n.server';
import { periodParam } from '#app/utils/period-param.server';
import { badRequest } from '#app/utils/responses.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';

const MAX_BUCKETS = 60;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'read:figures');
  const indicator = getIndicator(params.indicator ?? '');
  if (!indicator) return Response.json({ error: 'unknown indicator' }, { status: 404 });
  const url = new URL(request.url);
  const from = await periodParam(request, { name: 'from', as: 'json' });
  const to = await periodParam(request, { name: 'to', as: 'json', fallback: () => from });
  const t = await getT(request, requests);
  if (grainOf(from) !== grainOf(to) || from > to) badRequest(t('periodOrder'), 'json');
  const buckets = bucketsBetween(bucketRange(from).from, bucketRange(to).to, grainOf(from)!);
  if (buckets.length > MAX_BUCKETS) badRequest(t('periodTooMany', { n: MAX_BUCKETS }), 'json');
  const viewer = viewerForRequest(user, url);
  const regions = listRegions();
  const cards = loadScorecards(
    viewer,
    buckets,
    regions.map((r) => r.id),
  );
  // Numbers rounded to 0.1 as docs/api.md says (a raw 87.66… beside its counts says more than shown).
  const r1 = <T>(v: T) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v);
  const pick = (row: (typeof cards)[number]['total']) => {
    const f = row.indicators[indicator.code];
    return {
      period: row.bucket,
      provisional: row.provisional,
      numerator: r1(f.numerator),
      denominator: r1(f.denominator),
      value: r1(f.value),
      score: r1(f.score),
      target: f.target,
      floor: f.floor,
      interval: f.interval
        ? { lower: r1(f.interval.lower), upper: r1(f.interval.upper), method: f.interval.method }
        : null,
      hidden: f.hidden,
      // the programme total says which regions it leaves out (unknown, or not approved for every month)
      ...(row.coverage
        ? {
            regions: row.coverage.of - row.coverage.excluded[indicator.code].length,
            of: row.coverage.of,
            leftOut: row.coverage.excluded[indicator.code].map((e) => ({
              region: regions.find((r) => r.id === e.regionId)?.slug ?? String(e.regionId),
              reason: e.reason,
            })),
          }
        : {}),
    };
  };
  return Response.json({
    indicator: {
      code: indicator.code,
      group: indicator.group,
      unit: indicator.unit,
      direction: indicator.direction,
    },
    suppressed: viewer.suppress,
    regions: regions.map((r, k) => ({ region: r.slug, series: cards.map((c) => pick(c.regions[k])) })),
    total: cards.map((c) => pick(c.total)),
  });
}
