import type { ScoreRow } from '#app/domain/scorecard';

/** A ScoreRow as the JSON API and CSV exports give it: region by slug, rounded to 0.1. */
export function serialiseScoreRow(row: ScoreRow, slugOf: (id: number) => string) {
  const r1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  const group = (p: ScoreRow['groups'][keyof ScoreRow['groups']]) => ({
    score: r1(p.score),
    coverage: r1(p.coverage * 100),
    sufficient: p.sufficient,
  });
  return {
    region: row.regionId === null ? null : slugOf(row.regionId),
    period: row.bucket,
    months: row.months,
    provisional: row.provisional,
    // the four principles; workforce is a condition beside them, never a principle score
    principles: Object.fromEntries(
      Object.entries(row.groups)
        .filter(([g]) => g !== 'workforce')
        .map(([g, p]) => [g, group(p)]),
    ),
    conditions: { workforce: group(row.groups.workforce) },
    indicators: Object.fromEntries(
      Object.entries(row.indicators).map(([code, f]) => [
        code,
        {
          numerator: typeof f.numerator === 'number' ? r1(f.numerator) : f.numerator,
          denominator: typeof f.denominator === 'number' ? r1(f.denominator) : f.denominator,
          value: r1(f.value),
          score: r1(f.score),
          target: f.target,
          floor: f.floor,
          approximate: f.approximate,
          // 95 % interval of a share of counts (Wilson), from the figures as shown; null otherwise
          interval: f.interval
            ? { lower: r1(f.interval.lower), upper: r1(f.interval.upper), method: f.interval.method }
            : null,
          hidden: f.hidden,
          state: f.state,
          reason: f.reason,
          ...(row.coverage
            ? {
                regions: row.coverage.of - row.coverage.excluded[code].length,
                of: row.coverage.of,
                leftOut: row.coverage.excluded[code].map((e) => ({
                  region: slugOf(e.regionId),
                  reason: e.reason,
                })),
              }
            : {}),
        },
      ]),
    ),
  };
}
