/**
 * The browser-side figure of `npm run bench`: how soon the report form accepts input, in Debian's
 * Chromium (playwright-core), from Chromium's own performance timing. Per load: the end of the
 * response, the moment the first field is in the document (a plain HTML form: it takes input and
 * saves without JavaScript from here), DOMContentLoaded, and the moment React has hydrated that
 * field (the form's own behaviour active). First loads in a fresh profile (nothing cached), repeat
 * loads, and repeat loads with the CPU slowed 4× (a mid-range phone, as Lighthouse assumes).
 */
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

interface Timing {
  responseEnd: number;
  field: number;
  dcl: number;
  hydrated: number;
}
type Stat = { p50: number; p95: number };
export interface FormReady {
  version: string;
  runs: number;
  rows: { name: string; responseEnd: Stat; field: Stat; dcl: Stat; hydrated: Stat }[];
}

declare global {
  interface Window {
    __fieldAt?: number;
    __hydratedAt?: number;
  }
}

/**
 * Runs in the page before its own scripts: notes when the field appears and when React owns it.
 * A string, not a function: tsx would add helpers to a function's source that the page lacks.
 */
const WATCH_FIELD = `(() => {
  const check = () => {
    const el = document.querySelector('input[name="signals_new"]');
    if (el && window.__fieldAt === undefined) window.__fieldAt = performance.now();
    if (el && Object.keys(el).some((k) => k.startsWith('__reactFiber'))) {
      window.__hydratedAt = performance.now();
      return;
    }
    setTimeout(check, 1);
  };
  check();
})();`;

const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { p50: Math.round(at(50)), p95: Math.round(at(95)) };
};

export async function reportFormReady(
  base: string,
  cookie: string,
  path: string,
  runs = 10,
): Promise<FormReady> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const [name, value] = cookie.split(/=(.*)/s);
  try {
    const newContext = async () => {
      const context = await browser.newContext({ locale: 'nl-NL' });
      await context.addCookies([{ name, value, url: base }]);
      await context.addInitScript(WATCH_FIELD);
      return context;
    };
    const load = async (page: import('playwright-core').Page): Promise<Timing> => {
      await page.goto(base + path, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__hydratedAt !== undefined, null, { timeout: 30_000 });
      return page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          responseEnd: nav.responseEnd,
          field: window.__fieldAt ?? NaN,
          dcl: nav.domContentLoadedEventEnd,
          hydrated: window.__hydratedAt ?? NaN,
        };
      });
    };
    const summarise = (label: string, ts: Timing[]) => ({
      name: label,
      responseEnd: stat(ts.map((t) => t.responseEnd)),
      field: stat(ts.map((t) => t.field)),
      dcl: stat(ts.map((t) => t.dcl)),
      hydrated: stat(ts.map((t) => t.hydrated)),
    });

    const first: Timing[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await newContext();
      first.push(await load(await context.newPage()));
      await context.close();
    }
    const context = await newContext();
    const page = await context.newPage();
    await load(page);
    const repeat: Timing[] = [];
    for (let i = 0; i < runs; i++) repeat.push(await load(page));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const slow: Timing[] = [];
    for (let i = 0; i < runs; i++) slow.push(await load(page));
    await context.close();
    return {
      version: browser.version(),
      runs,
      rows: [
        summarise('first visit (nothing cached)', first),
        summarise('repeat visit (scripts cached)', repeat),
        summarise('repeat visit, CPU 4× slower', slow),
      ],
    };
  } finally {
    await browser.close();
  }
}
