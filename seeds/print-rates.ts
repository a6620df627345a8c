/**
 * Prints the demo's rates per 10,000 children in scope, per region and year, as the table in
 * seeds/README.md (`npx tsx seeds/print-rates.ts`). Computed from the generator, the same series the
 * seed stores.
 */
import { periodRange } from '#app/domain/periods';
import { childrenInScope, seedScopeOf } from './regions';
import { DEMO_PLAN, regionSeries } from './seed';

const periods = periodRange(DEMO_PLAN.firstPeriod, DEMO_PLAN.lastPeriod);
const fmt = (x: number, d = 0) =>
  x.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });
const year = process.argv[2] ?? '2025';
const rows: string[][] = [];
for (const r of DEMO_PLAN.regions) {
  const s = regionSeries(r, DEMO_PLAN);
  const scope = seedScopeOf(r);
  const children = childrenInScope(scope, `${year}-01`);
  const months = periods.map((p, i) => [p, i] as const).filter(([p]) => p.startsWith(year));
  const sum = (code: string) => months.reduce((a, [, i]) => a + (s[i]![code] ?? 0), 0);
  const per = (x: number) => (x / children) * 10_000;
  const dec = s[months.at(-1)![1]]!;
  // a share over the months in which its part and whole are known (an unknown is not 0)
  const share = (p: string, w: string[], minus: string[] = []) => {
    let part = 0;
    let whole = 0;
    for (const [, i] of months) {
      const v = s[i]!;
      if ([p, ...w, ...minus].some((c) => v[c] == null)) continue;
      part += v[p]!;
      whole += w.reduce((a, c) => a + v[c]!, 0) - minus.reduce((a, c) => a + v[c]!, 0);
    }
    return (100 * part) / whole;
  };
  rows.push([
    r.name,
    fmt(children),
    fmt(per(sum('signals_new'))),
    fmt(per(sum('measures_new')), 1),
    fmt(per(sum('placements_new')), 1),
    fmt(per(dec.children_with_measure ?? 0)),
    fmt(dec.fte_filled ?? 0, 1),
    `${fmt(share('triage_on_time', ['triage_simple', 'triage_complex', 'triage_multi_complex']))} %`,
    `${fmt(share('children_waiting_guardian', ['children_with_measure']), 1)} %`,
    fmt(per(sum('authority_ended')), 1),
    `${fmt(100 - share('measures_ots_new', ['measures_new']))} %`,
    `${fmt(share('petitions_reviewed', ['petitions_filed'], ['petitions_extension']))} %`,
    `${fmt(100 - share('petitions_reviewed', ['investigations_completed']))} %`,
  ]);
}
const head = [
  'region',
  'children 0–17',
  'signals',
  'new measures',
  'placements',
  'with a measure (Dec.)',
  'team (FTE, Dec.)',
  'triage on time',
  'waiting for a jeugdbeschermer',
  'parental authority ended',
  'of new measures: voogdij',
  'first petitions reviewed',
  'investigations without a petition',
];
console.log(`| ${head.join(' | ')} |`);
console.log(`| ${head.map(() => '---').join(' | ')} |`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
