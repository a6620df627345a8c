/**
 * `npm run bench`: builds the app, generates the demo (6 regions × 46 months) and a national-scale
 * (42 regions × 120 months) database with the demo generator, serves each with the production
 * server and measures every page in scripts/bench-pages.ts (pages, JSON calls, the report form and
 * its saves) against the framework's floor (an empty route), the aggregation query against a raw
 * scan, and the JavaScript each route loads. On the national data set also: the cached pages with
 * the page cache off (a first view after a save), throughput with one server process per core
 * (WEB_CONCURRENCY), and in Chromium the time until the report form accepts input. Prints a table
 * and writes docs/performance.md. Not part of CI.
 *
 * `BENCH_ONLY='row name,…' npm run bench`: only the rows so named (names as in
 * scripts/bench-pages.ts) and the floor, measured as a full run measures them on the demo and the
 * national data set (the cached ones among them also with the page cache off), for a before/after of
 * a change without the ten minutes of a full run. It skips the throughput (autocannon), the
 * 2-process run, the browser figure, the mixed workload, the aggregation and the JavaScript per
 * route, prints the tables with the load average and writes nothing: only a full run writes
 * docs/performance.md. With `BENCH_QUICK=1` as well it is the status check below (demo data only).
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { DEMO_PLAN, type SeedPlan } from '#seeds/seed';
import { nationalPlan } from '#seeds/national';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import { formatEnteredNumber } from '#app/domain/number-input';
import {
  BENCH_PAGES,
  judge,
  targetOf,
  unmeasuredRoutes,
  type BenchPage,
  type BenchPlaces,
  type BenchUser,
} from './bench-pages';
import { reportFormReady, type FormReady } from './bench-browser';
import { buildRouteIds, routeBundleSizes } from './bundle-sizes';
import { buildApp, cleanEnv, login, ROOT, round, seed, startServer, writeDocSection } from './bench-support';

const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'proeftuinmonitor-bench-'));
const BUILD = 'build-bench';
/** a status check of every row: demo data only, a few requests, no throughput, no extras */
const QUICK = process.env.BENCH_QUICK === '1';
const LATENCY_REQUESTS = QUICK ? 3 : Number(process.env.BENCH_REQUESTS ?? 200);
/** pages without a throughput target: fewer sequential requests */
const OTHER_REQUESTS = QUICK ? 3 : Number(process.env.BENCH_OTHER_REQUESTS ?? 100);
const CORES = os.availableParallelism();
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
/** the mixed workload: readers on the dashboards while a writer saves once a second */
const MIXED_READERS = 10;
const MIXED_SECONDS = QUICK ? 3 : Number(process.env.BENCH_MIXED_SECONDS ?? 20);
/** BENCH_ONLY: a comma-separated list of row names to measure (the floor always), else every row */
const ONLY = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((n) => n.trim())
  .filter(Boolean);
/** a partial run (BENCH_ONLY without BENCH_QUICK): the named rows at both scales, nothing written */
const PARTIAL = ONLY.length > 0 && !QUICK;
const chosen = (p: { route: string; name: string }) =>
  ONLY.length === 0 || p.route === 'routes/ping' || ONLY.includes(p.name);
const started = Date.now();
/** the machine's 1-minute load average when the run started (it is shared: read ratios to the floor) */
const loadAtStart = os.loadavg()[0];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Target {
  name: string;
  path: string;
  cookie?: string;
  requests: number;
  load: boolean;
  /** for the save: builds the body from the current version */
  post?: () => Promise<{ body: string }>;
  /** before every timed request (not the throughput run): a save of one report value */
  before?: () => void;
}

interface Measured {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  status: number;
}

/** Single-user latency (sequential requests), then throughput with 10 connections. */
async function measure(base: string, t: Target): Promise<Measured> {
  const headers: Record<string, string> = t.cookie ? { Cookie: t.cookie } : {};
  const once = async () => {
    t.before?.();
    const start = performance.now();
    const res = t.post
      ? await fetch(base + t.path, {
          method: 'POST',
          redirect: 'manual',
          headers: { ...headers, Origin: base, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: (await t.post()).body,
        })
      : await fetch(base + t.path, { headers, redirect: 'manual' });
    await res.arrayBuffer();
    return { ms: performance.now() - start, status: res.status };
  };
  for (let i = 0; i < (QUICK ? 1 : 20); i++) await once();
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < t.requests; i++) {
    const r = await once();
    times.push(r.ms);
    status = r.status;
  }
  times.sort((a, b) => a - b);
  let rps = 0;
  let errors = 0;
  if (t.load && !t.post && !QUICK && !PARTIAL) {
    const result = await autocannon({ url: base + t.path, connections: 10, duration: LOAD_SECONDS, headers });
    rps = result.requests.average;
    errors = result.errors + result.non2xx;
  }
  return {
    name: t.name,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    rps: round(rps, 0),
    errors,
    status,
  };
}

function targetsOf(
  pages: readonly BenchPage[],
  places: BenchPlaces,
  cookies: Record<BenchUser, string>,
  saveBody: () => Promise<{ body: string }>,
): Target[] {
  return pages.map((p) => ({
    name: p.name,
    path: p.path(places),
    cookie: p.as ? cookies[p.as] : undefined,
    requests: p.load || p.save ? LATENCY_REQUESTS : OTHER_REQUESTS,
    load: Boolean(p.load),
    post: p.save ? saveBody : undefined,
  }));
}

interface Mixed {
  readers: number;
  seconds: number;
  pages: string[];
  /** every reader's request: p50/p95/p99 ms */
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** reader answers other than 200, and requests that failed */
  errors: number;
  saves: number;
  /** saves not answered 200 */
  saveErrors: number;
  saveP95: number;
}

/**
 * The mixed workload (issue 26): MIXED_READERS readers, each opening the dashboards in turn as fast
 * as answers come, while one writer saves the report form (as the browser does) once a second. Every
 * save moves the data version, so each dashboard's next view is a first view after a save.
 */
async function mixedWorkload(
  base: string,
  pages: { name: string; path: string; cookie?: string }[],
  save: { path: string; cookie: string; body: () => Promise<{ body: string }> },
): Promise<Mixed> {
  const end = performance.now() + MIXED_SECONDS * 1000;
  const times: number[] = [];
  let errors = 0;
  const reader = async (r: number) => {
    for (let i = r; performance.now() < end; i++) {
      const page = pages[i % pages.length];
      const start = performance.now();
      try {
        const res = await fetch(base + page.path, {
          headers: page.cookie ? { Cookie: page.cookie } : {},
          redirect: 'manual',
        });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      times.push(performance.now() - start);
    }
  };
  const saveTimes: number[] = [];
  let saveErrors = 0;
  const writer = async () => {
    while (performance.now() < end) {
      const next = performance.now() + 1000;
      const start = performance.now();
      try {
        const res = await fetch(base + save.path, {
          method: 'POST',
          redirect: 'manual',
          headers: { Cookie: save.cookie, Origin: base, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: (await save.body()).body,
        });
        await res.arrayBuffer();
        if (res.status !== 200) saveErrors++;
      } catch {
        saveErrors++;
      }
      saveTimes.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
  };
  await Promise.all([writer(), ...Array.from({ length: MIXED_READERS }, (_, r) => reader(r))]);
  times.sort((a, b) => a - b);
  saveTimes.sort((a, b) => a - b);
  return {
    readers: MIXED_READERS,
    seconds: MIXED_SECONDS,
    pages: pages.map((p) => p.name),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    requests: times.length,
    errors,
    saves: saveTimes.length,
    saveErrors,
    saveP95: round(percentile(saveTimes, 95)),
  };
}

interface Extras {
  /** the cached pages again with PAGE_CACHE=off */
  uncached?: boolean;
  /** throughput with WEB_CONCURRENCY = the number of cores */
  cluster?: boolean;
  /** the report form in Chromium */
  browser?: boolean;
  /** readers on the dashboards while a writer saves once a second */
  mixed?: boolean;
}

async function runDataset(label: string, plan: SeedPlan, port: number, extras: Extras = {}) {
  const file = path.join(WORK, `${label}.db`);
  const { db, seconds } = await seed(plan, file);
  const one = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).get(...args) as T;
  const counts = one<{ r: number; p: number; v: number }>(
    'select (select count(*) from regions) r, (select count(*) from reports) p, (select count(*) from report_values) v',
  );
  const region = 'utrecht';
  const reportId = one<{ id: number }>(
    "select r.id from reports r join regions g on g.id = r.region_id where g.slug = ? and r.period = '2026-10'",
    region,
  ).id;
  const places: BenchPlaces = {
    period: '2026-Q3',
    report: `/regios/${region}/rapportages/2026-10`,
    region,
    experimentId: one<{ id: number }>(
      "select coalesce((select min(id) from experiments where json_array_length(coalesce(indicators, '[]')) > 0), (select min(id) from experiments)) id",
    ).id,
    bottleneckId: one<{ id: number }>('select min(id) id from bottlenecks').id,
  };
  const stored = Object.fromEntries(
    (
      db.$client
        .prepare('select element_code, value from report_values where report_id = ?')
        .all(reportId) as { element_code: string; value: number | null }[]
    ).map((v) => [v.element_code, v.value]),
  );
  const signals = stored.signals_new ?? 100;
  const saveBody = async () => {
    const { version } = one<{ version: number }>('select version from reports where id = ?', reportId);
    const fields: Record<string, string> = { intent: 'save', version: String(version) };
    for (const e of DATA_ELEMENTS) fields[e.code] = formatEnteredNumber(stored[e.code], 'nl');
    fields.signals_new = String(signals + (version % 2)); // one changed value per save
    return { body: new URLSearchParams(fields).toString() };
  };
  const aggregation = PARTIAL ? null : await measureAggregation(file);
  const base = `http://127.0.0.1:${port}`;
  const signIn = async () => ({
    manager: await login(base, 'manager1@demo.proeftuinmonitor.nl'),
    coordinator: await login(base, `coordinator.${region}@demo.proeftuinmonitor.nl`),
    reviewer: await login(base, 'reviewer@demo.proeftuinmonitor.nl'),
    admin: await login(base, 'admin@demo.proeftuinmonitor.nl'),
  });
  // A save of the report's month as another connection (another server process) makes it: one value
  // changed, so the next view of every page is a first view after a save (figures of that month
  // computed again, every page rendered again).
  const saveOneValue = db.$client.prepare(
    "update report_values set value = coalesce(value, 0) + 1 where report_id = ? and element_code = 'signals_new'",
  );
  const run = async (
    pages: readonly BenchPage[],
    env: Record<string, string>,
    what: string,
    afterSave = false,
  ) => {
    const server = await startServer(BUILD, file, port, env);
    try {
      const cookies = await signIn();
      const rows: Measured[] = [];
      for (const t of targetsOf(pages, places, cookies, saveBody).map((t) =>
        afterSave && t.path !== '/ping' ? { ...t, before: () => saveOneValue.run(reportId) } : t,
      )) {
        // a row that fails (a refused connection, a server error) is reported as failed; it must not
        // cost the run the figures of every other row, as it did on 2026-11-30
        const row = await measure(base, t).catch((error: unknown): Measured => {
          process.stderr.write(`  ${label}${what}: ${t.name} FAILED: ${String(error)}\n`);
          return { name: t.name, p50: NaN, p95: NaN, p99: NaN, rps: 0, errors: 1, status: 0 };
        });
        rows.push(row);
        process.stderr.write(`  ${label}${what}: ${t.name} done\n`);
      }
      const browser =
        extras.browser && !what
          ? // a browser that fails must not cost the run its server figures
            await reportFormReady(base, cookies.coordinator, places.report).catch((error: unknown) => {
              process.stderr.write(`  browser figure failed: ${String(error)}\n`);
              return { failed: String(error).split('\n')[0] };
            })
          : null;
      const mixed =
        extras.mixed && !what
          ? await mixedWorkload(
              base,
              targetsOf(
                pages.filter((p) => p.mixed),
                places,
                cookies,
                saveBody,
              ),
              {
                path: `${places.report}.data`,
                cookie: cookies.coordinator,
                body: saveBody,
              },
            )
          : null;
      return { rows, browser, mixed };
    } finally {
      await stopServer(server);
    }
  };
  try {
    const { rows, browser, mixed } = await run(PAGES, {}, '');
    const floor = PAGES.filter((p) => p.route === 'routes/ping');
    const uncached =
      extras.uncached && PAGES.some((p) => p.cached)
        ? (
            await run(
              [...floor, ...PAGES.filter((p) => p.cached)],
              { PAGE_CACHE: 'off' },
              ' (first view after a save)',
              true,
            )
          ).rows
        : null;
    const cluster =
      extras.cluster && CORES > 1
        ? (
            await run(
              PAGES.filter((p) => p.load),
              { WEB_CONCURRENCY: String(CORES) },
              ` (${CORES} processes)`,
            )
          ).rows
        : null;
    return { label, counts, seedSeconds: seconds, rows, aggregation, uncached, cluster, browser, mixed };
  } finally {
    db.$client.close();
  }
}

async function stopServer(server: ChildProcess) {
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
}

/** The scorecard aggregation in-process, against a raw full scan of report_values. */
async function measureAggregation(file: string) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-aggregation.ts'], {
    cwd: ROOT,
    env: cleanEnv({ DATABASE_PATH: file, APP_MODE: 'demo' }),
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as {
    aggregationMs: number;
    rawScanMs: number;
    p95AggregationMs: number;
    p95RawScanMs: number;
    cachedMs: number;
    p95CachedMs: number;
  };
}

// a misspelt name must not pass unnoticed
const unknownRows = ONLY.filter((n) => !BENCH_PAGES.some((p) => p.name === n));
if (unknownRows.length) throw new Error(`BENCH_ONLY names no row: ${unknownRows.join(', ')}`);

// 1. Build
process.stderr.write('Building…\n');
buildApp(BUILD);
const bundles = PARTIAL ? [] : routeBundleSizes(path.join(ROOT, BUILD));
const inBuild = new Set(buildRouteIds(path.join(ROOT, BUILD)));
/** the rows whose page exists in this build */
const PAGES = BENCH_PAGES.filter((p) => inBuild.has(p.route) && chosen(p));
const notBuilt = BENCH_PAGES.filter((p) => !inBuild.has(p.route));

// 2. Datasets
process.stderr.write('Demo data set…\n');
const demo = await runDataset('demo', DEMO_PLAN, 3401, { mixed: QUICK && ONLY.length === 0 });
process.stderr.write('National data set (42 × 120)…\n');
if (QUICK) {
  fs.rmSync(path.join(ROOT, BUILD), { recursive: true, force: true });
  fs.rmSync(WORK, { recursive: true, force: true });
  for (const r of demo.rows) console.log(`${r.status === 200 ? 'ok ' : 'BAD'} ${r.status} ${r.name}`);
  const m = demo.mixed;
  if (m)
    console.log(
      `${m.errors + m.saveErrors === 0 ? 'ok ' : 'BAD'} mixed workload: ${m.requests} reads (${m.errors} errors, p95 ${m.p95} ms), ${m.saves} saves (${m.saveErrors} errors)`,
    );
  if (notBuilt.length) console.log(`not in this build: ${notBuilt.map((p) => p.name).join(', ')}`);
  process.exit(
    demo.rows.every((r) => r.status === 200) && !demo.mixed?.errors && !demo.mixed?.saveErrors ? 0 : 1,
  );
}
const national = await runDataset('national', nationalPlan(42, 120), 3402, {
  uncached: true,
  cluster: !PARTIAL,
  browser: !PARTIAL,
  mixed: !PARTIAL,
});
fs.rmSync(path.join(ROOT, BUILD), { recursive: true, force: true });
fs.rmSync(WORK, { recursive: true, force: true });

// 3. Report
const floorOf = (rows: Measured[]) => rows[0].p95;
const lines: string[] = [];
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
if (PARTIAL)
  lines.push(
    `**BENCH_ONLY run** (${ONLY.join(', ')}): only these rows and the floor; no throughput, 2-process, browser, mixed-workload, aggregation or JavaScript figures; not written to docs/performance.md.`,
    '',
  );
lines.push(
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; load average (1 min) ${round(loadAtStart, 1)} at the start, ${round(os.loadavg()[0], 1)} at the end. Latency: ${LATENCY_REQUESTS} sequential requests by one user after 20 warm-up requests (${OTHER_REQUESTS} for pages without a throughput figure); throughput: autocannon, 10 connections, ${LOAD_SECONDS} s. Load generator and server share the machine. Pages the page cache serves are marked *cached*: after the warm-up they come from the cache, as every view does until the next save; the same pages with the cache off are in the national section.`,
);
lines.push('');
const cachedNames = new Set(BENCH_PAGES.filter((p) => p.cached).map((p) => p.name));
const label = (name: string) => (cachedNames.has(name) ? `${name} *cached*` : name);
const pageNamed = new Map(BENCH_PAGES.map((p) => [p.name, p]));
/** how many rows met / missed their target, per table, for the summary */
const verdicts: { table: string; name: string; target: string; p95: number; ratio: number; met: boolean }[] =
  [];
/** A table of rows; `targets`: with the target and met/missed per row (cacheOff: first view after a save). */
const table = (rows: Measured[], targets?: { title: string; cacheOff: boolean }) => {
  lines.push(
    `| target | p50 ms | p95 ms | p99 ms | × floor (p95) | req/s (10 conn.) | errors | status |${targets ? ' target (p95) | met? |' : ''}`,
  );
  lines.push(`|---|---:|---:|---:|---:|---:|---:|---:|${targets ? '---|---|' : ''}`);
  for (const r of rows) {
    const page = pageNamed.get(r.name);
    const verdict = targets && page ? judge(targetOf(page, targets.cacheOff), r.p95, floorOf(rows)) : null;
    if (targets && verdict && verdict.met !== null)
      verdicts.push({
        table: targets.title,
        name: r.name,
        target: verdict.text,
        p95: r.p95,
        ratio: round(r.p95 / floorOf(rows), 1),
        met: verdict.met,
      });
    const judged = !targets
      ? ''
      : ` ${verdict?.text ?? '—'} | ${verdict?.met == null ? '—' : verdict.met ? 'met' : '**missed**'} |`;
    lines.push(
      r.status === 0
        ? `| ${label(r.name)} | — | — | — | — | — | **failed** (see the run's log) | — |${judged}`
        : `| ${label(r.name)} | ${r.p50} | ${r.p95} | ${r.p99} | ${round(r.p95 / floorOf(rows), 1)} | ${r.rps || '—'} | ${r.errors} | ${r.status} |${judged}`,
    );
  }
  lines.push('');
};
for (const ds of [demo, national]) {
  lines.push(
    `### ${ds.label === 'demo' ? 'Demo data' : 'National scale'}: ${ds.counts.r} regions, ${ds.counts.p} reports, ${ds.counts.v} values (seeded in ${round(ds.seedSeconds, 1)} s)`,
  );
  lines.push('');
  table(ds.rows, ds.label === 'national' ? { title: 'national', cacheOff: false } : undefined);
  if (ds.aggregation)
    lines.push(
      `Aggregation (scorecard of one quarter, all regions, in-process), computed from the database: p50 ${round(ds.aggregation.aggregationMs)} ms, p95 ${round(ds.aggregation.p95AggregationMs)} ms (ratio to the raw scan ${round(ds.aggregation.aggregationMs / ds.aggregation.rawScanMs, 2)} ×); as pages get it, from the figures cache at the current version: p50 ${round(ds.aggregation.cachedMs, 3)} ms, p95 ${round(ds.aggregation.p95CachedMs, 3)} ms (ratio ${round(ds.aggregation.cachedMs / ds.aggregation.rawScanMs, 4)} ×); raw full scan of report_values: p50 ${round(ds.aggregation.rawScanMs)} ms, p95 ${round(ds.aggregation.p95RawScanMs)} ms.`,
    );
  if (ds.aggregation) lines.push('');
}
if (national.uncached) {
  lines.push(
    "### National scale, first view after a save (a report value of the coordinator's month written by another connection before every timed request, `PAGE_CACHE=off`; req/s: the page cache off, no saves)",
  );
  lines.push('');
  table(national.uncached, { title: 'cache off', cacheOff: true });
}
if (national.mixed) {
  const m = national.mixed;
  const floor = national.rows[0].p95;
  const verdict = judge({ ratio: 3, ms: 30 }, m.p95, floor);
  const met = verdict.met === true && m.errors === 0 && m.saveErrors === 0;
  verdicts.push({
    table: 'mixed workload',
    name: 'readers',
    target: verdict.text,
    p95: m.p95,
    ratio: round(m.p95 / floor, 1),
    met,
  });
  lines.push(
    '### National scale, mixed workload (readers on the dashboards while a writer saves every second)',
  );
  lines.push('');
  lines.push(
    `${m.readers} readers, each opening ${m.pages.join(', ')} in turn as fast as the answers come, for ${m.seconds} s, while one writer saves the coordinator's report (as the browser does: the action alone) once a second; every save moves the data version, so each dashboard's next view is rendered again. Target (issue 26): the readers' p95 within the cached target (≤ 3 × the floor, ${round(floor, 2)} ms, and < 30 ms), no errors.`,
  );
  lines.push('');
  lines.push(
    '| readers | requests | p50 ms | p95 ms | p99 ms | × floor (p95) | reader errors | saves | save errors | save p95 ms | met? |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  lines.push(
    `| ${m.readers} | ${m.requests} | ${m.p50} | ${m.p95} | ${m.p99} | ${round(m.p95 / floor, 1)} | ${m.errors} | ${m.saves} | ${m.saveErrors} | ${m.saveP95} | ${met ? 'met' : '**missed**'} |`,
  );
  lines.push('');
}
{
  const missed = verdicts.filter((v) => !v.met);
  lines.push('### Targets of issue 26 (national scale)');
  lines.push('');
  lines.push(
    `${verdicts.length - missed.length} of ${verdicts.length} rows meet their target.${missed.length ? ' Missed:' : ''}`,
  );
  lines.push('');
  if (missed.length) {
    lines.push('| table | row | target (p95) | p95 ms | × floor |');
    lines.push('|---|---|---|---:|---:|');
    for (const v of missed) lines.push(`| ${v.table} | ${v.name} | ${v.target} | ${v.p95} | ${v.ratio} |`);
    lines.push('');
  }
}
if (national.cluster) {
  lines.push(
    `### National scale, ${CORES} server processes (\`WEB_CONCURRENCY=${CORES}\`, one SQLite file in WAL mode)`,
  );
  lines.push('');
  lines.push(
    `The load generator runs on the same ${CORES} cores, so this shows what a second process adds when the machine is already shared, not what ${CORES} dedicated cores give.`,
  );
  lines.push('');
  table(national.cluster);
}
if (national.browser && 'failed' in national.browser) {
  lines.push('### The report form in the browser (national scale)');
  lines.push('');
  lines.push(`Not measured: the browser run failed (${national.browser.failed}).`);
  lines.push('');
} else if (national.browser) {
  const b: FormReady = national.browser;
  lines.push('### The report form in the browser (national scale)');
  lines.push('');
  lines.push(
    `Chromium ${b.version} headless on the same machine, signed in as the coordinator, ${b.runs} loads each (p50 / p95 ms from the start of navigation). *Field there*: the first input is in the document (a plain HTML form: typing and saving work from here, without JavaScript). *Accepts input*: React has hydrated that field (the form's own behaviour — validation, the unsaved-changes guard — is active).`,
  );
  lines.push('');
  lines.push('| load | response end | field there | DOMContentLoaded | accepts input (hydrated) |');
  lines.push('|---|---:|---:|---:|---:|');
  for (const r of b.rows)
    lines.push(
      `| ${r.name} | ${r.responseEnd.p50} / ${r.responseEnd.p95} | ${r.field.p50} / ${r.field.p95} | ${r.dcl.p50} / ${r.dcl.p95} | ${r.hydrated.p50} / ${r.hydrated.p95} |`,
    );
  lines.push('');
}
lines.push('### Growth from 6 to 42 regions (p95, national ÷ demo)');
lines.push('');
lines.push('| target | demo p95 ms | national p95 ms | growth × |');
lines.push('|---|---:|---:|---:|');
demo.rows.forEach((r, i) =>
  lines.push(
    `| ${label(r.name)} | ${r.p95} | ${national.rows[i].p95} | ${Number.isFinite(national.rows[i].p95 / r.p95) ? round(national.rows[i].p95 / r.p95, 2) : '—'} |`,
  ),
);
lines.push('');
// a partial run measured no JavaScript and not every route
if (!PARTIAL) {
  lines.push('### JavaScript per route (gzip)');
  lines.push('');
  lines.push('| route | JS gzip KB | charts, loaded after hydration (gzip KB) |');
  lines.push('|---|---:|---:|');
  for (const b of bundles)
    lines.push(
      `| ${b.route} | ${round(b.gzipBytes / 1024, 1)} | ${b.laterGzipBytes ? round(b.laterGzipBytes / 1024, 1) : '—'} |`,
    );
  lines.push('');
  const unmeasured = unmeasuredRoutes(bundles.map((b) => `routes/${b.route}`));
  if (notBuilt.length)
    lines.push(
      `Rows of scripts/bench-pages.ts whose route is not in this build (not measured): ${notBuilt.map((p) => p.name).join(', ')}.`,
    );
  lines.push(
    unmeasured.length
      ? `Page routes of the build not in scripts/bench-pages.ts (not measured): ${unmeasured.join(', ')}.`
      : 'Every page route of the build is measured (scripts/bench-pages.ts).',
  );
  lines.push('');
}
lines.push(`Benchmark run took ${round((Date.now() - started) / 1000, 0)} s.`);
const report = lines.join('\n');
console.log(report);
// only a full run writes docs/performance.md
if (!PARTIAL) writeDocSection('bench', report);
