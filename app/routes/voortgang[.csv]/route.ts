/** CSV of every figure in the progress report (approved data, small numbers suppressed; see csvResponse). */
import type { LoaderFunctionArgs } from '@remix-run/node';
import { getIndicator } from '#app/domain/indicators';
import { csvResponse } from '#app/utils/csv.server';
import { periodParam } from '#app/utils/period-param.server';
import { requireUserWithPermission } from '#app/utils/permissions.server';
import { loadProgressReport } from '#app/models/progress-report.server';
import { scopesInForce } from '#app/models/regions.server';
import { bucketRange } from '#app/domain/aggregation';

/** Why a value is empty: hidden (and why) or unknown; hidden and unknown are never alike. */
function stateOf(f: { state: string; reason: string | null }): string | null {
  if (f.state === 'hidden') return 'verborgen: kleine noemer';
  if (f.state === 'unknown') return f.reason === 'partial' ? 'onbekend: onvolledig kwartaal' : 'onbekend';
  return null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, 'read:figures');
  const period = await periodParam(request, { grains: ['quarter', 'year'] });
  const { regions, cards, pipeline, outcomes, summary } = loadProgressReport(period);
  const leftOut = (
    row: { coverage?: { excluded: Record<string, { regionId: number; reason: string }[]> } },
    code: string,
  ) =>
    row.coverage
      ? row.coverage.excluded[code]
          .map((e) => `${regions.find((r) => r.id === e.regionId)?.slug}:${e.reason}`)
          .join(' ') || null
      : null;
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
    'state',
    'coverage',
    'left_out',
    'note',
    // issue 23: the value's 95 % interval (Wilson for shares, exact Poisson for rates per 10,000)
    'ci_lower',
    'ci_upper',
    'ci_method',
  ];
  const rows: (string | number | null)[][] = [];
  const r1 = (v: number | string | null) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v);
  const ci = (i: { lower: number; upper: number; method: string } | null) =>
    i ? [r1(i.lower), r1(i.upper), i.method] : [null, null, null];
  /** every row's note and interval columns, appended after the first thirteen */
  const tail = new Map<(string | number | null)[], (string | number | null)[]>();
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
          // workforce is a condition beside the principles, never a principle score
          group === 'workforce' ? 'condition' : 'principle',
          group,
          null,
          null,
          null,
          null,
          null,
          r1(p.score),
          null,
          r1(p.coverage * 100),
          null,
        ]);
      for (const f of Object.values(row.indicators)) {
        const hidden = f.hidden ? 'verborgen' : r1(f.value);
        const line = [
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
          stateOf(f),
          null,
          leftOut(row, f.code),
        ];
        tail.set(line, [null, ...ci(f.interval)]);
        rows.push(line);
      }
    }
  }
  // Outcomes (rates per 10,000 children per year, shares in %), never in a principle score.
  const outcomeRows = [
    ...outcomes.regions.map((r, i) => ({ slug: regions[i].slug, lines: r.lines, total: false })),
    { slug: 'totaal', lines: outcomes.total!.lines, total: true },
  ];
  for (const { slug, lines, total } of outcomeRows)
    for (const l of lines) {
      const line: (string | number | null)[] = [
        period,
        slug,
        'outcome',
        l.code,
        r1(l.count),
        null,
        l.hidden ? 'verborgen' : r1(l.value),
        null,
        null,
        null,
        l.hidden ? 'verborgen: kleine noemer' : l.value === null ? 'onbekend' : null,
        null,
        total
          ? (outcomes.excluded[l.code] ?? [])
              .map((e) => `${regions.find((r) => r.id === e.regionId)?.slug}:${e.reason}`)
              .join(' ') || null
          : null,
      ];
      tail.set(line, [null, ...ci(l.interval)]);
      rows.push(line);
    }
  // The summary (the answer first): each figure's change since the baseline and against the same
  // quarter a year earlier, with its interval; the verdict in the state column.
  for (const l of summary.lines)
    for (const [kind, c] of [
      ['change_baseline', l.baseline],
      ['change_year_earlier', l.yearEarlier],
    ] as const) {
      if (!c) continue;
      const line: (string | number | null)[] = [
        period,
        'totaal',
        kind,
        l.code,
        null,
        null,
        l.hidden ? 'verborgen' : r1(c.difference),
        null,
        null,
        null,
        l.hidden ? 'verborgen: kleine noemer' : c.difference === null ? 'onbekend' : c.verdict,
        null,
        // the change since the baseline compares the same regions in both periods: who is left out
        kind === 'change_baseline'
          ? l.baselineLeftOut
              .map((e) => `${regions.find((r) => r.id === e.regionId)?.slug}:${e.side}:${e.reason}`)
              .join(' ') || null
          : null,
      ];
      tail.set(line, ['period' in c ? `vergeleken met ${c.period}` : null, ...ci(c.interval)]);
      rows.push(line);
    }
  for (const p of pipeline)
    rows.push([
      period,
      'totaal',
      'bottleneck_status',
      p.status,
      null,
      null,
      p.n,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  // What each region's figures count at the end of the period (as the report's scope table): the
  // children 0–17 (the population of the rates) and the municipalities, with month and source.
  const scopeMonth = bucketRange(period).to;
  const scopes = scopesInForce(
    regions.map((r) => r.id),
    scopeMonth,
  );
  const scopeRows: (string | number | null)[][] = [];
  for (const region of regions) {
    const scope = scopes.get(region.id) ?? null;
    const line = (code: string, value: number | null, note: string | null) =>
      scopeRows.push([
        period,
        region.slug,
        'scope',
        code,
        null,
        null,
        value,
        null,
        null,
        null,
        null,
        null,
        null,
        note,
        null,
        null,
        null,
      ]);
    line(
      'children_0_17',
      scope?.children ?? null,
      scope ? [scope.effectiveFrom, scope.source].filter(Boolean).join(' ') : 'onbekend',
    );
    line(
      'municipalities',
      scope?.municipalities.length ?? null,
      scope ? scope.municipalities.join('; ') : 'onbekend',
    );
  }
  return csvResponse(`voortgang-${period}.csv`, header, [
    ...rows.map((r) => [...r, ...(tail.get(r) ?? [null, null, null, null])]),
    ...scopeRows,
  ]);
}
