import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { z } from 'zod';
import { bucketOf, bucketRange, grainOf, parseBucket, previousBucket } from '#app/domain/aggregation';
import { getIndicator } from '#app/domain/indicators';
import { getRateOutcome } from '#app/domain/outcomes';
import { isPrincipleCode } from '#app/domain/principles';
import { dashboards } from '#app/i18n/dashboards';
import { useT } from '#app/i18n/use-t';
import { SuppressionNote } from '#app/components/dashboard/figures';
import { listRegionInfo } from '#app/models/regions.server';
import { finestGrain, viewerForRequest, viewerThresholds } from '#app/models/viewer.server';
import { requests } from '#app/i18n/requests';
import { getT } from '#app/utils/i18n.server';
import { defaultQuarter } from '#app/utils/period-param.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { badRequest } from '#app/utils/responses.server';
import { loadComparison, MAX_PERIODS } from './compare-data.server';
import { CompareForm } from './compare-form';
import { CompareCharts } from './compare-charts';
import { pageTitle } from '#app/utils/meta';
import { userHasPermission } from '#app/domain/permissions';

const GrainSchema = z.enum(['month', 'quarter', 'year']);
const ParamsSchema = z
  .object({
    what: z
      .string()
      .refine((w) => isPrincipleCode(w) || getIndicator(w) !== undefined || getRateOutcome(w) !== undefined),
    grain: GrainSchema,
    from: z.string(),
    to: z.string(),
  })
  .refine((q) => parseBucket(q.from, [q.grain]) !== null && parseBucket(q.to, [q.grain]) !== null);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'read:figures');
  const url = new URL(request.url);
  const latest = defaultQuarter();
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
  if (!q) badRequest((await getT(request, requests))('compareInvalid'));
  const regions = listRegionInfo();
  const result = loadComparison(
    viewer,
    regions.map((r) => r.id),
    q,
    { names: regions.map((r) => r.name), lang: (await getT(request, requests)).lang },
  );
  return {
    q,
    /** the regions compared as a funnel plot (the default) or as bars */
    view: url.searchParams.get('view') === 'bars' ? ('bars' as const) : ('funnel' as const),
    regions,
    result,
    maxPeriods: MAX_PERIODS,
    /** the ?approved=1 switch: only for who may read every report, drafts included (viewer.server) */
    approvedSwitch: userHasPermission(user, 'read:report:any'),
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
      <CompareForm
        q={d.q}
        approvedSwitch={d.approvedSwitch}
        approvedOnly={d.approvedOnly}
        months={d.months}
        view={d.view}
      />
      <SuppressionNote thresholds={d.thresholds} />
      {d.result ? (
        <CompareCharts q={d.q} regions={d.regions} result={d.result} view={d.view} />
      ) : (
        <p className="notice" role="alert">
          {t('compareTooMany', { n: d.maxPeriods })}
        </p>
      )}
    </>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, dashboards, 'compareTitle');
