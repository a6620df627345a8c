import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { bucketOf, bucketRange, grainOf, previousBucket } from '~/domain/aggregation';
import { getIndicator } from '~/domain/indicators';
import { isPrincipleCode } from '~/domain/principles';
import { dashboards } from '~/i18n/dashboards';
import { useT } from '~/i18n/use-t';
import { SuppressionNote } from '~/components/dashboard/figures';
import { findLatestCompleteQuarter, listRegionInfo } from '~/models/figures.server';
import { finestGrain, viewerForRequest, viewerThresholds } from '~/models/viewer.server';
import { requirePageUser } from '~/utils/permissions.server';
import { loadComparison, MAX_PERIODS } from './compare-data.server';
import { CompareForm } from './compare-form';
import { CompareCharts } from './compare-charts';

const GrainSchema = z.enum(['month', 'quarter', 'year']);
const ParamsSchema = z
  .object({
    what: z.string().refine((w) => isPrincipleCode(w) || getIndicator(w) !== undefined),
    grain: GrainSchema,
    from: z.string(),
    to: z.string(),
  })
  .refine((q) => grainOf(q.from) === q.grain && grainOf(q.to) === q.grain);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePageUser(request, 'compare');
  const url = new URL(request.url);
  const latest = findLatestCompleteQuarter() ?? '2026-Q3';
  const viewer = viewerForRequest(user, url);
  const asked = GrainSchema.catch('quarter').parse(url.searchParams.get('grain'));
  // Reviewers see whole quarters: a month asked for is shown as its quarter.
  const grain = asked === 'month' && finestGrain(viewer) === 'quarter' ? 'quarter' : asked;
  const end = bucketOf(bucketRange(latest).to, grain);
  let start = end;
  for (let i = 0; i < (grain === 'year' ? 2 : grain === 'month' ? 11 : 3); i++) start = previousBucket(start);
  // A range typed for another grouping is converted: 2026-Q1 as months is 2026-01.
  const asGrain = (b: string | null, side: 'from' | 'to') =>
    b && grainOf(b) && grainOf(b) !== 'range' ? bucketOf(bucketRange(b)[side], grain) : b;
  const parsed = ParamsSchema.safeParse({
    what: url.searchParams.get('what') ?? 'simple',
    grain,
    from: asGrain(url.searchParams.get('from') || start, 'from'),
    to: asGrain(url.searchParams.get('to') || end, 'to'),
  });
  const q = parsed.success && parsed.data.from <= parsed.data.to ? parsed.data : null;
  if (!q) throw new Response('Bad request', { status: 400 });
  const regions = listRegionInfo();
  const result = loadComparison(
    viewer,
    regions.map((r) => r.id),
    q,
  );
  return {
    q,
    regions,
    result,
    maxPeriods: MAX_PERIODS,
    isManager: user.role === 'manager',
    approvedOnly: viewer.approvedOnly,
    thresholds: viewerThresholds(viewer),
    months: finestGrain(viewer) === 'month',
  };
}

export default function ComparePage() {
  const d = useLoaderData<typeof loader>();
  const t = useT(dashboards);
  return (
    <>
      <h1>{t('compareTitle')}</h1>
      <CompareForm q={d.q} isManager={d.isManager} approvedOnly={d.approvedOnly} months={d.months} />
      <SuppressionNote thresholds={d.thresholds} />
      {d.result ? (
        <CompareCharts q={d.q} regions={d.regions} result={d.result} />
      ) : (
        <p className="notice" role="alert">
          {t('compareTooMany', { n: d.maxPeriods })}
        </p>
      )}
    </>
  );
}

export const meta: MetaFunction = () => [{ title: `${dashboards.nl.compareTitle} · Proeftuinmonitor` }];
