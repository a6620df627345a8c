/**
 * `npm run bench`: builds the app, generates the demo (6 regions × 46 months) and a national-scale
 * (42 regions × 120 months) database with the demo generator, serves each with the production
 * server and measures pages, JSON calls, the report form and a save against the framework's floor
 * (an empty route), the aggregation query against a raw scan, and the JavaScript each route loads.
 * Prints a table and writes docs/performance.md. Not part of CI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { DEMO_PLAN, type SeedPlan } from '../seeds/seed';
import { nationalPlan } from '../seeds/national';
import { previousBucket } from '../app/domain/aggregation';
import { DATA_ELEMENTS } from '../app/domain/catalogue';
import { formatEnteredNumber } from '../app/domain/report-schema';
import { routeBundleSizes } from './bundle-sizes';
import { buildApp, cleanEnv, login, ROOT, round, seed, startServer, writeDocSection } from './bench-support';

const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'proeftuinmonitor-bench-'));
const BUILD = 'build-bench';
const REPORT = '/regios/utrecht/rapportages/2026-10';
const LATENCY_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const started = Date.now();

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Target {
  name: string;
  path: string;
  cookie?: string;
  /** for the save: builds the body from the current version */
  post?: () => Promise<{ body: string }>;
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
  for (let i = 0; i < 20; i++) await once();
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < LATENCY_REQUESTS; i++) {
    const r = await once();
    times.push(r.ms);
    status = r.status;
  }
  times.sort((a, b) => a - b);
  let rps = 0;
  let errors = 0;
  if (!t.post) {
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

function pageTargets(
  manager: string,
  coordinator: string,
  saveBody: () => Promise<{ body: string }>,
  period: string,
): Target[] {
  return [
    { name: 'empty route (floor)', path: '/ping' },
    { name: 'overview', path: '/overzicht', cookie: manager },
    { name: 'compare', path: '/vergelijken', cookie: manager },
    { name: 'region page', path: '/regios/rotterdam-rijnmond', cookie: manager },
    { name: 'progress report', path: `/voortgang?period=${period}`, cookie: manager },
    { name: 'JSON scores', path: `/api/scores?period=${period}`, cookie: manager },
    // the indicator API takes a range: here the four quarters up to the period
    {
      name: 'JSON indicator',
      path: `/api/indicators/triage_on_time?from=${previousBucket(previousBucket(previousBucket(period)))}&to=${period}`,
      cookie: manager,
    },
    { name: 'report form', path: REPORT, cookie: coordinator },
    // The save as the browser sends it (the form's fetch to the route's .data URL: the action only;
    // the page's loaders are fetched again by a second request) and as a form post without
    // JavaScript (action, then the whole page rendered). Every field is posted with its stored value,
    // one of them changed, as a user saving a filled-in form does.
    { name: 'report save (browser)', path: `${REPORT}.data`, cookie: coordinator, post: saveBody },
    { name: 'report save (no JS, with page)', path: REPORT, cookie: coordinator, post: saveBody },
  ];
}

async function runDataset(label: string, plan: SeedPlan, port: number) {
  const file = path.join(WORK, `${label}.db`);
  const { db, seconds } = await seed(plan, file);
  const counts = db.$client
    .prepare(
      'select (select count(*) from regions) r, (select count(*) from reports) p, (select count(*) from report_values) v',
    )
    .get() as { r: number; p: number; v: number };
  const reportId = (
    db.$client
      .prepare(
        "select r.id from reports r join regions g on g.id = r.region_id where g.slug = 'utrecht' and r.period = '2026-10'",
      )
      .get() as { id: number }
  ).id;
  const stored = Object.fromEntries(
    (
      db.$client
        .prepare('select element_code, value from report_values where report_id = ?')
        .all(reportId) as { element_code: string; value: number | null }[]
    ).map((v) => [v.element_code, v.value]),
  );
  const signals = stored.signals_new ?? 100;
  const saveBody = async () => {
    const { version } = db.$client.prepare('select version from reports where id = ?').get(reportId) as {
      version: number;
    };
    const fields: Record<string, string> = { intent: 'save', version: String(version) };
    for (const e of DATA_ELEMENTS) fields[e.code] = formatEnteredNumber(stored[e.code], 'nl');
    fields.signals_new = String(signals + (version % 2)); // one changed value per save
    return { body: new URLSearchParams(fields).toString() };
  };
  const aggregation = await measureAggregation(file);
  const server = await startServer(BUILD, file, port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const manager = await login(base, 'manager1@demo.proeftuinmonitor.nl');
    const coordinator = await login(base, 'coordinator.utrecht@demo.proeftuinmonitor.nl');
    const rows: Measured[] = [];
    for (const t of pageTargets(manager, coordinator, saveBody, '2026-Q3')) {
      rows.push(await measure(base, t));
      process.stderr.write(`  ${label}: ${t.name} done\n`);
    }
    return { label, counts, seedSeconds: seconds, rows, aggregation };
  } finally {
    server.kill('SIGTERM');
    db.$client.close();
  }
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

// 1. Build
process.stderr.write('Building…\n');
buildApp(BUILD);
const bundles = routeBundleSizes(path.join(ROOT, BUILD));

// 2. Datasets
process.stderr.write('Demo data set…\n');
const demo = await runDataset('demo', DEMO_PLAN, 3401);
process.stderr.write('National data set (42 × 120)…\n');
const national = await runDataset('national', nationalPlan(42, 120), 3402);
fs.rmSync(path.join(ROOT, BUILD), { recursive: true, force: true });
fs.rmSync(WORK, { recursive: true, force: true });

// 3. Report
const floorOf = (rows: Measured[]) => rows[0].p95;
const lines: string[] = [];
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
lines.push(
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}. Latency: ${LATENCY_REQUESTS} sequential requests by one user after 20 warm-up requests; throughput: autocannon, 10 connections, ${LOAD_SECONDS} s. Load generator and server share the machine.`,
);
lines.push('');
for (const ds of [demo, national]) {
  lines.push(
    `### ${ds.label === 'demo' ? 'Demo data' : 'National scale'}: ${ds.counts.r} regions, ${ds.counts.p} reports, ${ds.counts.v} values (seeded in ${round(ds.seedSeconds, 1)} s)`,
  );
  lines.push('');
  lines.push('| target | p50 ms | p95 ms | p99 ms | × floor (p95) | req/s (10 conn.) | errors | status |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of ds.rows)
    lines.push(
      `| ${r.name} | ${r.p50} | ${r.p95} | ${r.p99} | ${round(r.p95 / floorOf(ds.rows), 1)} | ${r.rps || '—'} | ${r.errors} | ${r.status} |`,
    );
  lines.push('');
  lines.push(
    `Aggregation (scorecard of one quarter, all regions, in-process), computed from the database: p50 ${round(ds.aggregation.aggregationMs)} ms, p95 ${round(ds.aggregation.p95AggregationMs)} ms (ratio to the raw scan ${round(ds.aggregation.aggregationMs / ds.aggregation.rawScanMs, 2)} ×); as pages get it, from the figures cache at the current version: p50 ${round(ds.aggregation.cachedMs, 3)} ms, p95 ${round(ds.aggregation.p95CachedMs, 3)} ms (ratio ${round(ds.aggregation.cachedMs / ds.aggregation.rawScanMs, 4)} ×); raw full scan of report_values: p50 ${round(ds.aggregation.rawScanMs)} ms, p95 ${round(ds.aggregation.p95RawScanMs)} ms.`,
  );
  lines.push('');
}
lines.push('### Growth from 6 to 42 regions (p95, national ÷ demo)');
lines.push('');
lines.push('| target | demo p95 ms | national p95 ms | growth × |');
lines.push('|---|---:|---:|---:|');
demo.rows.forEach((r, i) =>
  lines.push(
    `| ${r.name} | ${r.p95} | ${national.rows[i].p95} | ${round(national.rows[i].p95 / r.p95, 2)} |`,
  ),
);
lines.push('');
lines.push('### JavaScript per route (gzip)');
lines.push('');
lines.push('| route | JS gzip KB |');
lines.push('|---|---:|');
for (const b of bundles) lines.push(`| ${b.route} | ${round(b.gzipBytes / 1024, 1)} |`);
lines.push('');
lines.push(`Benchmark run took ${round((Date.now() - started) / 1000, 0)} s.`);
const table = lines.join('\n');
console.log(table);
writeDocSection('bench', table);
