/** CSV of every figure in the progress report (approved data, small numbers suppressed; see csvResponse). */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getIndicator } from '~/domain/indicators';
import { csvResponse } from '~/utils/csv.server';
import { periodParam } from '~/utils/period-param.server';
import { requirePageUser } from '~/utils/permissions.server';
import { loadProgressReport } from '../_app.voortgang/queries.server';

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePageUser(request, 'progress');
  const period = await periodParam(request, { grains: ['quarter', 'year'] });
  const { regions, cards, pipeline } = loadProgressReport(period);
  const header = [
    'period',
    'region',
    'kind',
    'code',
    'numerator',
    'denominator',
    'value',
    'target',
    'floor',
    'score',
    'coverage',
  ];
  const rows: (string | number | null)[][] = [];
  const r1 = (v: number | string | null) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v);
  for (const card of cards) {
    const all = [
      ...card.regions.map((row, i) => ({ slug: regions[i].slug, row })),
      { slug: 'totaal', row: card.total },
    ];
    for (const { slug, row } of all) {
      for (const [group, p] of Object.entries(row.groups))
        rows.push([
          card.bucket,
          slug,
          'principle',
          group,
          null,
          null,
          null,
          null,
          null,
          r1(p.score),
          r1(p.coverage * 100),
        ]);
      for (const f of Object.values(row.indicators)) {
        const hidden = f.hidden ? 'verborgen' : r1(f.value);
        rows.push([
          card.bucket,
          slug,
          'indicator',
          getIndicator(f.code)!.code,
          r1(f.numerator),
          r1(f.denominator),
          hidden,
          f.target,
          f.floor,
          r1(f.score),
          null,
        ]);
      }
    }
  }
  for (const p of pipeline)
    rows.push([period, 'totaal', 'bottleneck_status', p.status, null, null, p.n, null, null, null, null]);
  return csvResponse(`voortgang-${period}.csv`, header, rows);
}
