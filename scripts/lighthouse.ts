/**
 * `npm run bench:lighthouse`: Lighthouse (performance and accessibility) on the overview, the
 * progress report, the compare page and the report form, signed in, in Debian's Chromium, on the
 * national-scale data set (42 regions × 120 months) served by the production server. Mobile (Lighthouse's default: a mid-range phone on a
 * throttled network, simulated) and desktop. Writes the scores to docs/performance.md between
 * <!-- lighthouse:start --> and <!-- lighthouse:end -->. Not part of CI.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { nationalPlan } from '#seeds/national';
import { buildApp, login, seed, startServer, writeDocSection } from './bench-support';

const BUILD = 'build-lighthouse';
const PORT = Number(process.env.LH_PORT ?? 3404);
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'proeftuinmonitor-lighthouse-'));
process.stderr.write('Building…\n');
buildApp(BUILD);
const file = path.join(work, 'national.db');
const { db } = await seed(nationalPlan(42, 120), file);
db.$client.close();
const server = await startServer(BUILD, file, PORT);
const base = `http://127.0.0.1:${PORT}`;

interface Result {
  page: string;
  formFactor: string;
  performance: number;
  accessibility: number;
  fcp: string;
  lcp: string;
  tbt: string;
  cls: string;
  failedAudits: string[];
}

/** One Lighthouse run in a fresh Chromium; a run that yields no performance score is run once more. */
async function audit(url: string, cookie: string, formFactor: 'mobile' | 'desktop', attempt = 1) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { Cookie: cookie },
    };
    const run = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = run.lhr;
    if (lhr.runtimeError || lhr.categories.performance?.score == null) {
      process.stderr.write(
        `  ${url} (${formFactor}): ${JSON.stringify(lhr.runtimeError ?? lhr.runWarnings)}\n`,
      );
      if (attempt < 2) return audit(url, cookie, formFactor, attempt + 1);
    }
    // LH_JSON=<dir> keeps each whole report (to read its long tasks, bootup time, failed targets)
    if (process.env.LH_JSON) {
      fs.mkdirSync(process.env.LH_JSON, { recursive: true });
      const name = `${new URL(url).pathname.replace(/\W+/g, '_')}-${formFactor}.json`;
      fs.writeFileSync(path.join(process.env.LH_JSON, name), JSON.stringify(lhr));
    }
    return lhr;
  } finally {
    chrome.kill();
  }
}

try {
  const pages = [
    { page: 'overview (/overzicht)', path: '/overzicht', email: 'manager1@demo.proeftuinmonitor.nl' },
    { page: 'progress report (/voortgang)', path: '/voortgang', email: 'manager1@demo.proeftuinmonitor.nl' },
    { page: 'compare (/vergelijken)', path: '/vergelijken', email: 'manager1@demo.proeftuinmonitor.nl' },
    {
      page: 'report form (/regios/utrecht/rapportages/2026-10)',
      path: '/regios/utrecht/rapportages/2026-10',
      email: 'coordinator.utrecht@demo.proeftuinmonitor.nl',
    },
  ];
  const results: Result[] = [];
  // LH_PAGES=/overzicht,/voortgang measures only those (while working on a page)
  const only = process.env.LH_PAGES?.split(',');
  for (const p of pages.filter((x) => !only || only.includes(x.path))) {
    const cookie = await login(base, p.email);
    for (const formFactor of (process.env.LH_FORM ? [process.env.LH_FORM] : ['mobile', 'desktop']) as (
      'mobile' | 'desktop'
    )[]) {
      const lhr = await audit(base + p.path, cookie, formFactor);
      if (lhr.finalDisplayedUrl !== base + p.path)
        throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${p.path}: not signed in?`);
      if (lhr.runtimeError)
        process.stderr.write(`  ${p.path} (${formFactor}): ${JSON.stringify(lhr.runtimeError)}\n`);
      for (const w of lhr.runWarnings) process.stderr.write(`  warning: ${w}\n`);
      const shown = (id: string) => lhr.audits[id]?.displayValue ?? '—';
      const accessibilityRefs = lhr.categories.accessibility?.auditRefs ?? [];
      results.push({
        page: p.page,
        formFactor,
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        fcp: shown('first-contentful-paint'),
        lcp: shown('largest-contentful-paint'),
        tbt: shown('total-blocking-time'),
        cls: shown('cumulative-layout-shift'),
        failedAudits: accessibilityRefs
          .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
          .map((r) => r.id),
      });
      process.stderr.write(`  ${p.path} (${formFactor}) done\n`);
    }
  }
  const lines = [
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} in ${CHROMIUM} (headless), measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on the national-scale data set (42 regions × 120 months), signed in (session cookie sent as an extra header), production server on loopback. Mobile = Lighthouse's default (simulated slow 4G and a 4× slower CPU); desktop = its desktop preset.`,
    '',
    '| page | form factor | performance | accessibility | FCP | LCP | TBT | CLS | accessibility audits failed |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.page} | ${r.formFactor} | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.failedAudits.join(', ') || 'none'} |`,
    ),
  ];
  const table = lines.join('\n');
  console.log(table);
  // a partial run (LH_PAGES, LH_FORM) only prints
  if (!only && !process.env.LH_FORM) writeDocSection('lighthouse', table);
} finally {
  server.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(BUILD, { recursive: true, force: true });
}
