import { computeRegionCompleteness, isoDate, rate, sumCompleteness } from '#app/domain/completeness';
import { addMonths, isPeriod, lastEndedPeriod, periodRange } from '#app/domain/periods';
import { listReportStatuses } from '#app/models/completeness.server';
import { listRegions } from '#app/models/regions.server';
import { getReportDueDay } from '#app/models/settings.server';
import type { User } from '#app/utils/auth.server';
import { userHasPermission } from '#app/domain/permissions';

/** The matrix for a user: managers see every region, a coordinator their own row. */
export function loadCompleteness(user: User, url: URL, now = new Date()) {
  const last = lastEndedPeriod(now);
  const toParam = url.searchParams.get('to') ?? '';
  const to = isPeriod(toParam) && toParam <= last ? toParam : last;
  const fromParam = url.searchParams.get('from') ?? '';
  const from =
    isPeriod(fromParam) && fromParam <= to && fromParam >= addMonths(to, -59)
      ? fromParam
      : addMonths(to, -11);
  const regions = listRegions().filter((r) => userHasPermission(user, 'read:report', { regionId: r.id }));
  const rows = listReportStatuses({ regionIds: regions.map((r) => r.id), from, to });
  const periods = periodRange(from, to);
  const dueDay = getReportDueDay();
  const today = isoDate(now);
  const matrix = regions.map((r) => {
    const c = computeRegionCompleteness({
      reportingStart: r.reportingStart,
      periods,
      reports: rows.filter((row) => row.regionId === r.id),
      dueDay,
      today,
    });
    return {
      region: { id: r.id, slug: r.slug, name: r.name, sortOrder: r.sortOrder, colour: r.colour },
      ...c,
      rates: {
        submitted: rate(c.submitted, c.expected),
        onTime: rate(c.onTime, c.expected),
        approved: rate(c.approved, c.expected),
      },
    };
  });
  const total = sumCompleteness(matrix);
  return {
    from,
    to,
    last,
    dueDay,
    periods,
    matrix,
    total: {
      ...total,
      rates: {
        submitted: rate(total.submitted, total.expected),
        onTime: rate(total.onTime, total.expected),
        approved: rate(total.approved, total.expected),
      },
    },
  };
}
