/**
 * `npx tsx scripts/page-weight.ts [--build]`: the bytes of the pages users open on the national-scale
 * data set (42 regions × 120 months): HTML, of which the Remix loader data (window.__remixContext),
 * and gzip. Builds into build-page-weight with --build (or when absent), seeds a database once
 * (kept in the system's temporary folder for the next run), serves it with the production server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { nationalPlan } from '#seeds/national';
import { buildApp, login, seed, startServer } from './bench-support';

const BUILD = 'build-page-weight';
const PORT = Number(process.env.PORT ?? 3406);
if (process.argv.includes('--build') || !fs.existsSync(BUILD)) {
  process.stderr.write('Building…\n');
  buildApp(BUILD);
}
const file = path.join(os.tmpdir(), 'proeftuinmonitor-page-weight-national.db');
if (!fs.existsSync(file)) {
  const { db } = await seed(nationalPlan(42, 120), file);
  db.$client.close();
}
const server = await startServer(BUILD, file, PORT);
const base = `http://127.0.0.1:${PORT}`;
const manager = 'manager1@demo.proeftuinmonitor.nl';
const pages = [
  { page: 'overview (manager)', path: '/overzicht', email: manager },
  { page: 'overview (reviewer)', path: '/overzicht', email: 'reviewer@demo.proeftuinmonitor.nl' },
  { page: 'progress report', path: '/voortgang', email: manager },
  { page: 'compare', path: '/vergelijken', email: manager },
  { page: 'region page', path: '/regios/utrecht', email: manager },
  {
    page: 'report form',
    path: '/regios/utrecht/rapportages/2026-10',
    email: 'coordinator.utrecht@demo.proeftuinmonitor.nl',
  },
  ...(process.env.PAGES ?? '')
    .split(',')
    .filter(Boolean)
    .map((p) => ({ page: p, path: p, email: manager })),
];
try {
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log('| page | status | HTML KB | gzip KB | loader data KB |\n|---|---:|---:|---:|---:|');
  const cookies = new Map<string, string>();
  for (const p of pages) {
    const cookie = cookies.get(p.email) ?? (await login(base, p.email));
    cookies.set(p.email, cookie);
    const res = await fetch(base + p.path, { headers: { Cookie: cookie } });
    const html = await res.text();
    const bytes = Buffer.byteLength(html);
    // single fetch streams the loader data as turbo-stream chunks into the page
    let ctx = 0;
    for (const m of html.matchAll(/__remixContext\.streamController\.enqueue\((.*?)\);<\/script>/gs))
      ctx += Buffer.byteLength(m[1]);
    console.log(
      `| ${p.page} | ${res.status} | ${kb(bytes)} | ${kb(zlib.gzipSync(html).length)} | ${kb(ctx)} |`,
    );
    if (process.env.DUMP)
      fs.writeFileSync(path.join(process.env.DUMP, `${p.page.replace(/\W+/g, '_')}.html`), html);
  }
} finally {
  server.kill('SIGTERM');
}
