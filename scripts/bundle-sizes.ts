/**
 * `npx tsx scripts/bundle-sizes.ts [buildDir]`: the JavaScript (gzip) each route makes the browser
 * load on a first visit — entry, root, every parent route and the route itself with all their
 * static imports, each chunk counted once. Reads the client manifest the Remix Vite build writes
 * (build/client/assets/manifest-*.js, derived from Vite's client manifest). Prints a Markdown
 * table and, with --write, writes docs/bundle-sizes.md. Each route is held against its limit (issue
 * 26: every route ≤ 160 KB gzip, the login ≤ 100 KB; chart code loaded after hydration not counted):
 * the table marks a route above it, and with --check the script exits with 1 when one is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  module: string;
  imports?: string[];
}
interface Manifest {
  entry: { module: string; imports: string[] };
  routes: Record<string, ManifestRoute>;
}

/** The most JavaScript (gzip KB) a route may make the browser load before it works (issue 26). */
export const ROUTE_LIMIT_KB = 160;
/** The login is the first page of every visit: a tighter limit. */
export const LOGIN_LIMIT_KB = 100;
const LOGIN_ROUTES: ReadonlySet<string> = new Set(['login']);

export function routeLimitKb(route: string): number {
  return LOGIN_ROUTES.has(route) ? LOGIN_LIMIT_KB : ROUTE_LIMIT_KB;
}

/** The routes whose JavaScript (gzip, without the charts loaded after hydration) is above their limit. */
export function routesOverLimit(bundles: readonly RouteBundle[]): RouteBundle[] {
  return bundles.filter((b) => b.gzipBytes > routeLimitKb(b.route) * 1024);
}

export interface RouteBundle {
  route: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
  /** chunks the route's code imports dynamically (the charts), loaded after the page works */
  laterGzipBytes: number;
}

function readManifest(clientDir: string): Manifest {
  const dir = path.join(clientDir, 'assets');
  const file = fs.readdirSync(dir).find((f) => /^manifest-.*\.js$/.test(f));
  if (!file) throw new Error(`No Remix client manifest in ${dir}: run a build first`);
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as Manifest;
}

/** Every route id of the build (pages and resource routes). */
export function buildRouteIds(buildDir: string): string[] {
  return Object.keys(readManifest(path.join(buildDir, 'client')).routes);
}

/** A resource route (CSV, JSON) compiles to a client module without a default export. */
function hasComponent(clientDir: string, module: string): boolean {
  return /as default\b/.test(fs.readFileSync(path.join(clientDir, module), 'utf8'));
}

/** The chunks a built file loads with import(): Vite lists them (and their own imports) in __vite__mapDeps. */
function dynamicChunks(clientDir: string, url: string): string[] {
  const text = fs.readFileSync(path.join(clientDir, url), 'utf8');
  const out = new Set<string>();
  for (const m of text.matchAll(/m\.f=\[([^\]]*)\]/g))
    for (const f of m[1].matchAll(/"([^"]+\.js)"/g)) out.add(`/${f[1]}`);
  const dir = path.posix.dirname(url);
  for (const m of text.matchAll(/import\("(\.\/[^"]+\.js)"\)/g)) out.add(path.posix.join(dir, m[1]));
  return [...out];
}

/** Gzip size of every route's JavaScript, largest first; routes without UI (resource routes) left out. */
export function routeBundleSizes(buildDir: string): RouteBundle[] {
  const clientDir = path.join(buildDir, 'client');
  const manifest = readManifest(clientDir);
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (url: string) => {
    let s = sizes.get(url);
    if (!s) {
      const buf = fs.readFileSync(path.join(clientDir, url));
      s = { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
      sizes.set(url, s);
    }
    return s;
  };
  const out: RouteBundle[] = [];
  for (const route of Object.values(manifest.routes)) {
    if (route.id === 'root' || !hasComponent(clientDir, route.module)) continue;
    const files = new Set<string>([manifest.entry.module, ...manifest.entry.imports]);
    for (
      let r: ManifestRoute | undefined = route;
      r;
      r = r.parentId ? manifest.routes[r.parentId] : undefined
    ) {
      files.add(r.module);
      for (const i of r.imports ?? []) files.add(i);
    }
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const f of files) {
      const s = size(f);
      rawBytes += s.raw;
      gzipBytes += s.gzip;
    }
    const later = new Set(
      [...files].flatMap((f) => dynamicChunks(clientDir, f)).filter((f) => !files.has(f)),
    );
    let laterGzipBytes = 0;
    for (const f of later) laterGzipBytes += size(f).gzip;
    out.push({
      route: route.id.replace(/^routes\//, ''),
      files: files.size,
      rawBytes,
      gzipBytes,
      laterGzipBytes,
    });
  }
  return out.sort((a, b) => b.gzipBytes - a.gzipBytes || a.route.localeCompare(b.route));
}

export function bundleTable(bundles: RouteBundle[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const limit = (b: RouteBundle) => {
    const max = routeLimitKb(b.route);
    const over = b.gzipBytes - max * 1024;
    return over > 0 ? `**over** (${max}, +${kb(over)})` : `${max}`;
  };
  return [
    '| route | files | JS (KB) | JS gzip (KB) | limit (gzip KB) | charts, loaded after (gzip KB) |',
    '|---|---:|---:|---:|---|---:|',
    ...bundles.map(
      (b) =>
        `| ${b.route} | ${b.files} | ${kb(b.rawBytes)} | ${kb(b.gzipBytes)} | ${limit(b)} | ${b.laterGzipBytes ? kb(b.laterGzipBytes) : '—'} |`,
    ),
  ].join('\n');
}

/** One sentence on the limits: which routes are above theirs, or that none is. */
export function limitSummary(bundles: readonly RouteBundle[]): string {
  const over = routesOverLimit(bundles);
  const limits = `${ROUTE_LIMIT_KB} KB gzip per route, ${LOGIN_LIMIT_KB} KB for the login`;
  if (over.length === 0) return `Every route is within its limit (${limits}).`;
  return `${over.length} route${over.length === 1 ? ' is' : 's are'} above the limit (${limits}): ${over
    .map((b) => `${b.route} ${(b.gzipBytes / 1024).toFixed(1)} KB`)
    .join(', ')}.`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const buildDir = args.find((a) => !a.startsWith('--')) ?? 'build';
  const bundles = routeBundleSizes(buildDir);
  const table = bundleTable(bundles);
  const summary = limitSummary(bundles);
  console.log(table);
  console.log(`\n${summary}`);
  if (args.includes('--write')) {
    const doc = `# JavaScript per route

What a browser downloads (gzip level 9) on a first visit to each route: the client entry, the root,
every parent route and the route module with all their static imports, each chunk counted once.
Later navigations load less (shared chunks are cached). Generated with
\`npm run build && npx tsx scripts/bundle-sizes.ts build --write\` on ${new Date().toISOString().slice(0, 10)}.

Routes that draw recharts charts (compare, region, indicator, progress and the register charts)
load the chart code after the page has hydrated (app/components/charts/lazy.tsx): its tables and
numbers work first. The last column is that chart code (recharts and the chart modules), fetched
once and cached for every chart page. The overview draws its score bars as HTML on the server and
loads none.

The limit column holds each route against issue 26's targets (${ROUTE_LIMIT_KB} KB gzip per route, the
login ${LOGIN_LIMIT_KB} KB; the charts loaded after hydration do not count): a route above its limit
is marked **over**, with the limit and by how much. \`--check\` makes the script exit with 1 then.

${summary}

${table}
`;
    fs.writeFileSync('docs/bundle-sizes.md', doc);
    console.log('\nwrote docs/bundle-sizes.md');
  }
  if (args.includes('--check') && routesOverLimit(bundles).length > 0) process.exitCode = 1;
}
