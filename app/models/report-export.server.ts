import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { regions, reports, reportValues } from '#db/schema';
import { getDb } from '#app/utils/db.server';
import { bucketsBetween } from '#app/domain/aggregation';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import { HIDDEN_COUNT, type ShownCount } from '#app/domain/disclosure';
import { suppressedQuarter } from './figures.server';

/** Months in a whole quarter: fewer approved ones and the quarter has no figures for reviewers. */
const QUARTER_MONTHS = 3;
import { listRegions } from './regions.server';
import { reportScope, type Viewer } from './viewer.server';

/** Values the viewer may see, in the catalogue's order per report, one row per region, month and element. */
export function listExportValues({
  viewer,
  regionId,
  from,
  to,
}: {
  viewer: Viewer;
  regionId?: number;
  from: string;
  to: string;
}) {
  return getDb()
    .select({
      region: regions.slug,
      period: reports.period,
      status: reports.status,
      elementCode: reportValues.elementCode,
      value: reportValues.value,
    })
    .from(reportValues)
    .innerJoin(reports, eq(reports.id, reportValues.reportId))
    .innerJoin(regions, eq(regions.id, reports.regionId))
    .where(
      and(
        reportScope(viewer),
        regionId === undefined ? undefined : eq(reports.regionId, regionId),
        gte(reports.period, from),
        lte(reports.period, to),
      ),
    )
    .orderBy(asc(regions.sortOrder), asc(reports.period), asc(reportValues.elementCode))
    .all();
}

/** How the value export tells a reviewer's unknown and hidden cells apart (as voortgang.csv's state). */
export const EXPORT_UNKNOWN = 'onbekend';
export const EXPORT_STATUS = {
  shown: 'goedgekeurd',
  hidden: 'verborgen: kleine noemer',
  unknown: 'onbekend',
  partial: 'onbekend: onvolledig kwartaal',
} as const;

/**
 * The value export's rows as this viewer may see them. Exact monthly values for managers and
 * coordinators. For suppressed viewers (reviewers) one row per region, whole quarter and element,
 * with the quarter's rounded base cells as the pages show them (flows summed, stocks at the
 * quarter's last level). Every cell has its row: a hidden one "x" ("verborgen: kleine noemer"), an
 * unknown one "onbekend", and every cell of a quarter without three approved months "onbekend"
 * with status "onbekend: onvolledig kwartaal" — unknown is never left out (it would read as 0).
 */
export function listShownExportValues(q: {
  viewer: Viewer;
  regionId?: number;
  from: string;
  to: string;
}): { region: string; period: string; elementCode: string; value: ShownCount; status: string }[] {
  if (!q.viewer.suppress) return listExportValues(q);
  const quarters = bucketsBetween(q.from, q.to, 'quarter');
  const regions = listRegions().filter((r) => q.regionId === undefined || r.id === q.regionId);
  const rows = [];
  for (const quarter of quarters) {
    const card = suppressedQuarter(q.viewer, quarter);
    for (const region of regions) {
      const i = card.regionIds.indexOf(region.id);
      const row = card.regions[i];
      const partial = !row || row.months < QUARTER_MONTHS || row.provisional;
      for (const e of DATA_ELEMENTS) {
        const shown = partial ? null : (card.elements![i][e.code] ?? null);
        rows.push({
          region: region.slug,
          period: quarter,
          elementCode: e.code,
          value: shown ?? EXPORT_UNKNOWN,
          status: partial
            ? EXPORT_STATUS.partial
            : shown === null
              ? EXPORT_STATUS.unknown
              : shown === HIDDEN_COUNT
                ? EXPORT_STATUS.hidden
                : EXPORT_STATUS.shown,
        });
      }
    }
  }
  return rows;
}
