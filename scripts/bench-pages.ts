/**
 * What `npm run bench` measures: one row per page, JSON call or save, in the order of the report.
 * To add a page, add a row: its name, the route module it measures (the benchmark lists every page
 * route of the build that no row names, so a new page cannot go unmeasured silently), who opens it
 * and its URL. `load: true` also measures throughput (10 connections); `cached: true` marks the
 * pages the page cache serves (app/server/page-cache.server.ts), which are measured once more with
 * the cache off on the national data set, as every first view after a save is. A row whose route
 * is not in the build (a page still being made) is left out and named in the report.
 * `BENCH_QUICK=1 npm run bench` opens every row a few times on the demo data only (status check);
 * `BENCH_ONLY='name one,name two'` keeps only the rows so named (and the floor): with `BENCH_QUICK=1`
 * to check new rows without opening every page, alone to measure them at both scales without
 * writing docs/performance.md (scripts/bench.ts).
 */

/** Places in the seeded data the URLs need (found in the database of each data set). */
export interface BenchPlaces {
  /** the quarter the dashboards show */
  period: string;
  /** a report of the coordinator's region, in draft */
  report: string;
  region: string;
  /** an experiment that names indicators (its page shows "voor en na"), else the first */
  experimentId: number;
  bottleneckId: number;
}

export type BenchUser = 'manager' | 'coordinator' | 'reviewer' | 'admin';

export interface BenchPage {
  name: string;
  /** the route id in the build (routes/…) this row measures; several rows may share one */
  route: string;
  /** signed in as (null: no session) */
  as: BenchUser | null;
  path: (p: BenchPlaces) => string;
  load?: boolean;
  cached?: boolean;
  /** a save: POSTs the report form with every field, one value changed */
  save?: 'browser' | 'no-js';
  /** a JSON call (no page target of its own) */
  json?: boolean;
  /** one of the dashboards the mixed workload's readers open */
  mixed?: boolean;
}

/** A row's target (issue 26): p95 at most `ratio` × the floor's p95 and under `ms`. */
export interface BenchTarget {
  ratio?: number;
  ms?: number;
}

/**
 * The target of a row (issue 26). `cacheOff`: the row measured with the page cache off, as the
 * first view after a save. Every page users open: ≤ 3 × the floor and < 30 ms (with the cache);
 * the cached pages with the cache off ≤ 5 × and < 50 ms; the no-JS save with its page < 40 ms; the
 * save as the browser sends it < 20 ms (issue 7). The floor and the JSON calls have none.
 */
export function targetOf(page: BenchPage, cacheOff = false): BenchTarget | null {
  if (page.route === 'routes/ping' || page.json) return null;
  if (page.save === 'no-js') return { ms: 40 };
  if (page.save === 'browser') return { ms: 20 };
  if (cacheOff) return page.cached ? { ratio: 5, ms: 50 } : null;
  return { ratio: 3, ms: 30 };
}

/** The target in words and whether the measured p95 meets it. */
export function judge(target: BenchTarget | null, p95: number, floorP95: number) {
  if (!target) return { text: '—', met: null };
  const text = [target.ratio ? `≤ ${target.ratio} ×` : '', target.ms ? `< ${target.ms} ms` : '']
    .filter(Boolean)
    .join(', ');
  if (!Number.isFinite(p95)) return { text, met: false };
  const met = (!target.ratio || p95 <= target.ratio * floorP95) && (!target.ms || p95 < target.ms);
  return { text, met };
}

const quartersBack = (period: string, n: number) => {
  const [y, q] = period.split('-Q').map(Number);
  const i = y * 4 + (q - 1) - n;
  return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
};

export const BENCH_PAGES: readonly BenchPage[] = [
  { name: 'empty route (floor)', route: 'routes/ping', as: null, path: () => '/ping', load: true },
  // the dashboards (issue 15's targets)
  {
    name: 'overview',
    route: 'routes/_app.overzicht',
    as: 'manager',
    path: () => '/overzicht',
    load: true,
    cached: true,
    mixed: true,
  },
  {
    name: 'compare',
    route: 'routes/_app.vergelijken',
    as: 'manager',
    path: () => '/vergelijken',
    load: true,
    cached: true,
    mixed: true,
  },
  {
    name: 'region page',
    route: 'routes/_app.regios.$region._index',
    as: 'manager',
    path: () => '/regios/rotterdam-rijnmond',
    load: true,
    cached: true,
    mixed: true,
  },
  {
    name: 'progress report',
    route: 'routes/_app.voortgang',
    as: 'manager',
    path: (p) => `/voortgang?period=${p.period}`,
    load: true,
    cached: true,
    mixed: true,
  },
  {
    // issue 23: the region page with an outcome rate's control chart (a u-chart over child-years)
    name: 'region page: outcome-rate control chart',
    route: 'routes/_app.regios.$region._index',
    as: 'manager',
    path: () => '/regios/rotterdam-rijnmond?spc=measures_rate',
    cached: true,
  },
  {
    name: 'indicator page',
    route: 'routes/_app.indicatoren.$indicator',
    as: 'manager',
    path: () => '/indicatoren/triage_on_time',
    cached: true,
    mixed: true,
  },
  {
    name: 'overview (reviewer)',
    route: 'routes/_app.overzicht',
    as: 'reviewer',
    path: () => '/overzicht',
    cached: true,
    mixed: true,
  },
  {
    name: 'JSON scores',
    route: 'routes/api.scores',
    as: 'manager',
    path: (p) => `/api/scores?period=${p.period}`,
    load: true,
    json: true,
  },
  {
    name: 'JSON indicator',
    route: 'routes/api.indicators.$indicator',
    as: 'manager',
    // the indicator API takes a range: here the four quarters up to the period
    path: (p) => `/api/indicators/triage_on_time?from=${quartersBack(p.period, 3)}&to=${p.period}`,
    load: true,
    json: true,
  },
  {
    name: 'report form',
    route: 'routes/_app.regios.$region.rapportages_.$period',
    as: 'coordinator',
    path: (p) => p.report,
    load: true,
    cached: true,
  },
  // The save as the browser sends it (the form's fetch to the route's .data URL: the action only;
  // the page's loaders are fetched again by a second request) and as a form post without
  // JavaScript (action, then the whole page rendered). Every field is posted with its stored value,
  // one of them changed, as a user saving a filled-in form does.
  {
    name: 'report save (browser)',
    route: 'routes/_app.regios.$region.rapportages_.$period',
    as: 'coordinator',
    path: (p) => `${p.report}.data`,
    save: 'browser',
  },
  {
    name: 'report save (no JS, with page)',
    route: 'routes/_app.regios.$region.rapportages_.$period',
    as: 'coordinator',
    path: (p) => p.report,
    save: 'no-js',
  },
  // every other page users open
  { name: 'login page', route: 'routes/login', as: null, path: () => '/login' },
  { name: 'regions', route: 'routes/_app.regios._index', as: 'manager', path: () => '/regios' },
  {
    name: 'reports (all regions)',
    route: 'routes/_app.rapportages',
    as: 'manager',
    path: () => '/rapportages',
  },
  {
    name: 'reports of a region',
    route: 'routes/_app.regios.$region.rapportages',
    as: 'coordinator',
    path: (p) => `/regios/${p.region}/rapportages`,
  },
  {
    // issue 23: the report history with an indicator's and an outcome rate's control chart
    name: 'reports of a region: indicator control chart',
    route: 'routes/_app.regios.$region.rapportages',
    as: 'coordinator',
    path: (p) => `/regios/${p.region}/rapportages?spc=triage_on_time`,
  },
  {
    name: 'reports of a region: outcome-rate control chart',
    route: 'routes/_app.regios.$region.rapportages',
    as: 'coordinator',
    path: (p) => `/regios/${p.region}/rapportages?spc=measures_rate`,
  },
  {
    name: 'import',
    route: 'routes/_app.regios.$region.import',
    as: 'coordinator',
    path: (p) => `/regios/${p.region}/import`,
  },
  { name: 'completeness', route: 'routes/_app.volledigheid', as: 'manager', path: () => '/volledigheid' },
  { name: 'targets', route: 'routes/_app.doelen', as: 'manager', path: () => '/doelen' },
  {
    name: 'experiments',
    route: 'routes/_app.experimenten._index',
    as: 'manager',
    path: () => '/experimenten',
  },
  {
    name: 'experiment (with before/after)',
    route: 'routes/_app.experimenten.$id',
    as: 'manager',
    path: (p) => `/experimenten/${p.experimentId}`,
  },
  {
    name: 'experiment (reviewer)',
    route: 'routes/_app.experimenten.$id',
    as: 'reviewer',
    path: (p) => `/experimenten/${p.experimentId}`,
  },
  {
    name: 'experiment: edit',
    route: 'routes/_app.experimenten.$id_.bewerken',
    as: 'manager',
    path: (p) => `/experimenten/${p.experimentId}/bewerken`,
  },
  {
    name: 'experiment: new',
    route: 'routes/_app.experimenten.nieuw',
    as: 'coordinator',
    path: () => '/experimenten/nieuw',
  },
  {
    name: 'lessons',
    route: 'routes/_app.experimenten.lessen',
    as: 'manager',
    path: () => '/experimenten/lessen',
  },
  { name: 'bottlenecks', route: 'routes/_app.knelpunten._index', as: 'manager', path: () => '/knelpunten' },
  {
    name: 'bottleneck',
    route: 'routes/_app.knelpunten.$id',
    as: 'manager',
    path: (p) => `/knelpunten/${p.bottleneckId}`,
  },
  {
    name: 'bottleneck: edit',
    route: 'routes/_app.knelpunten.$id_.bewerken',
    as: 'manager',
    path: (p) => `/knelpunten/${p.bottleneckId}/bewerken`,
  },
  {
    name: 'bottleneck: new',
    route: 'routes/_app.knelpunten.nieuw',
    as: 'coordinator',
    path: () => '/knelpunten/nieuw',
  },
  {
    name: 'bottlenecks overview',
    route: 'routes/_app.knelpunten.overzicht',
    as: 'manager',
    path: () => '/knelpunten/overzicht',
  },
  { name: 'admin', route: 'routes/_app.beheer', as: 'admin', path: () => '/beheer' },
  { name: 'help', route: 'routes/_app.help', as: 'manager', path: () => '/help' },
  // pages of the issues in progress (measured once their route is in the build)
  { name: 'to do (start page)', route: 'routes/_app.te-doen', as: 'coordinator', path: () => '/te-doen' },
  { name: 'to do (manager)', route: 'routes/_app.te-doen', as: 'manager', path: () => '/te-doen' },
  { name: 'to do (reviewer)', route: 'routes/_app.te-doen', as: 'reviewer', path: () => '/te-doen' },
  { name: 'review queue', route: 'routes/_app.te-beoordelen', as: 'manager', path: () => '/te-beoordelen' },
  { name: 'notifications', route: 'routes/_app.meldingen', as: 'coordinator', path: () => '/meldingen' },
  {
    name: 'admin: messages',
    route: 'routes/_app.beheer_.berichten',
    as: 'admin',
    path: () => '/beheer/berichten',
  },
  { name: 'reference series', route: 'routes/_app.referenties', as: 'manager', path: () => '/referenties' },
  {
    name: 'CBS tables',
    route: 'routes/_app.referenties_.cbs',
    as: 'manager',
    path: () => '/referenties/cbs',
  },
  {
    name: 'comparison group of a region',
    route: 'routes/_app.regios.$region.vergelijkingsgroep',
    as: 'manager',
    path: (p) => `/regios/${p.region}/vergelijkingsgroep`,
  },
  { name: 'password change', route: 'routes/_app.wachtwoord', as: 'coordinator', path: () => '/wachtwoord' },
  { name: 'own sessions', route: 'routes/_app.sessies', as: 'coordinator', path: () => '/sessies' },
  {
    name: 'two-step set-up',
    route: 'routes/tweestapsverificatie',
    as: 'coordinator',
    path: () => '/tweestapsverificatie',
  },
  { name: 'admin: regions', route: 'routes/_app.beheer_.regios', as: 'admin', path: () => '/beheer/regios' },
  {
    name: 'admin: a region',
    route: 'routes/_app.beheer_.regios_.$region',
    as: 'admin',
    path: (p) => `/beheer/regios/${p.region}`,
  },
  {
    name: 'baseline period',
    route: 'routes/_app.regios.$region.basisperiode',
    as: 'manager',
    path: (p) => `/regios/${p.region}/basisperiode`,
  },
  {
    name: 'control limits: recalculations',
    route: 'routes/_app.indicatoren.$indicator_.grenzen',
    as: 'manager',
    path: () => '/indicatoren/triage_on_time/grenzen',
  },
  {
    name: 'control limits: an outcome rate',
    route: 'routes/_app.indicatoren.$indicator_.grenzen',
    as: 'manager',
    path: () => '/indicatoren/measures_rate/grenzen',
  },
  {
    name: 'quarterly narrative',
    route: 'routes/_app.regios.$region.verhaal.$quarter',
    as: 'coordinator',
    path: (p) => `/regios/${p.region}/verhaal/${p.period}`,
  },
  {
    name: 'quarterly narrative (reviewer)',
    route: 'routes/_app.regios.$region.verhaal.$quarter',
    as: 'reviewer',
    path: (p) => `/regios/${p.region}/verhaal/${quartersBack(p.period, 1)}`,
  },
];

/** Page routes of the build (route ids) that no row measures. */
export function unmeasuredRoutes(pageRouteIds: readonly string[]): string[] {
  const measured = new Set(BENCH_PAGES.map((p) => p.route));
  // the layout is part of every signed-in page
  return pageRouteIds.filter((id) => id !== 'routes/_app' && !measured.has(id)).sort();
}
