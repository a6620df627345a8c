/** JSON: principle and indicator scores of every region and the total for one period. See docs/api.md. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { listRegions } from '#app/models/regions.server';
import { loadScorecard } from '#app/models/figures.server';
import { serialiseScoreRow } from './serialise';
import { viewerForRequest } from '#app/models/viewer.server';
import { periodParam } from '#app/utils/period-param.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, 'read:figures');
  const url = new URL(request.url);
  const period = await periodParam(request, { as: 'json' });
  const viewer = viewerForRequest(user, url);
  const regions = listRegions();
  const slugOf = (id: number) => regions.find((r) => r.id === id)?.slug ?? String(id);
  const card = loadScorecard(
    viewer,
    period,
    regions.map((r) => r.id),
  );
  return Response.json({
    period,
    approvedOnly: viewer.visibility.kind === 'approved' && viewer.visibility.ownRegionId === null,
    suppressed: viewer.suppress,
    regions: card.regions.map((row) => serialiseScoreRow(row, slugOf)),
    total: serialiseScoreRow(card.total, slugOf),
  });
}
