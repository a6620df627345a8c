/** JSON: principle and indicator scores of every region and the total for one period. See docs/api.md. */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { listRegions } from '~/models/regions.server';
import {
  findLatestCompleteQuarter,
  loadScorecard,
  parseBucket,
  serialiseScoreRow,
} from '~/models/figures.server';
import { viewerForRequest } from '~/models/viewer.server';
import { requirePageUser } from '~/utils/permissions.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePageUser(request, 'overview');
  const url = new URL(request.url);
  const param = url.searchParams.get('period');
  const period = param === null ? findLatestCompleteQuarter() : parseBucket(param);
  if (!period) return Response.json({ error: 'period must be YYYY-MM, YYYY-Qn or YYYY' }, { status: 400 });
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
