import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '#seeds/demo-accounts';

export { DEMO_PASSWORD };

/** This test file's own server and database (test/e2e/file-server.ts starts them). */
function fileServer() {
  const current = globalThis.__proeftuinmonitorE2e;
  if (!current) throw new Error('No server for this file: test/e2e/file-server.ts is not a setup file');
  return current;
}

export function baseURL(): string {
  return fileServer().baseURL;
}

/** The path of the seeded database this file's server uses (to check what was stored). */
export function e2eDatabasePath(): string {
  return fileServer().dbPath;
}

/** The process id of this file's server. */
export function serverPid(): number {
  return fileServer().pid;
}

/**
 * Debian's Chromium, headless, with the flags this closed network needs. Under another date
 * (scripts/test-dates.sh) its processes run on the real clock (libfaketime slows them until pages
 * time out); its pages get the run's date through Playwright's clock instead (see newPage), so the
 * browser and the server agree on today, as they do in use.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    env: withoutFaketime(process.env),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

function withoutFaketime(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env))
    if (
      value !== undefined &&
      !key.startsWith('FAKETIME') &&
      !(key === 'LD_PRELOAD' && value.includes('faketime'))
    )
      out[key] = value;
  return out;
}

export async function newPage(
  browser: Browser,
  options: Pick<BrowserContextOptions, 'viewport' | 'javaScriptEnabled' | 'baseURL'> = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), locale: 'nl-NL', ...options });
  await withRunDate(context);
  return context.newPage();
}

/**
 * Under another date (libfaketime moves this process, the server and SQLite), the pages of a
 * browser context start at the run's now and their time flows on from there: a form that defaults
 * to today and checks it in the browser sees the server's today (the bottleneck form's date did
 * not under 2028-02-29, and its save never left the page). On the real date this does nothing.
 */
export async function withRunDate(context: BrowserContext): Promise<void> {
  if (process.env.FAKETIME) await context.clock.install({ time: Date.now() });
}

/** Logs in through the real form, as a person would, and waits until the start page is there. */
/**
 * Opens a path and waits until the network is idle and React has hydrated the page (html[data-hydrated],
 * set in app/root.tsx): a form used before hydration posts without JavaScript, and a page read just after
 * a client-side navigation may still show the old data. Returns the status of the document.
 */
export async function openPage(page: Page, path: string): Promise<number | undefined> {
  const res = await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  return res?.status();
}

/**
 * A chart is drawn when its area comes near the window, as for a reader who scrolls to it
 * (components/charts/lazy.tsx): scroll the first chart area in `scope` into view and wait for its
 * drawing (`svg`, or the given selector inside the area).
 */
export async function drawnChart(scope: Page | Locator, inArea = 'svg'): Promise<void> {
  const area = scope.locator('.chart-area').first();
  await area.scrollIntoViewIfNeeded();
  await area.locator(inArea).first().waitFor();
}

/** Every chart of the page drawn (each area scrolled into view in turn), for a layout that holds them all. */
export async function drawAllCharts(page: Page): Promise<void> {
  const areas = page.locator('main .chart-area');
  const n = await areas.count();
  for (let i = 0; i < n; i++) await areas.nth(i).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  // drawn: no area still holds the placeholder of a chart not yet drawn
  await page.waitForFunction(() => document.querySelectorAll('main .chart-pending').length === 0);
}

export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** axe-core's WCAG 2.1 A/AA findings for the page as it is now; assert it equals []. */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Reads the browser tests' database (read-only) beside the running server. */
export function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(e2eDatabasePath(), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** A region's stored values of one month, by element code. */
export function valuesOf(slug: string, period: string): Record<string, number | null> {
  const rows = query<{ code: string; value: number | null }>(
    `select v.element_code as code, v.value from report_values v join reports r on r.id = v.report_id
     join regions g on g.id = r.region_id where g.slug = ? and r.period = ?`,
    slug,
    period,
  );
  return Object.fromEntries(rows.map((r) => [r.code, r.value]));
}

/** Presses Tab until the focused element matches the selector (a keyboard user's way there). */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${selector}`);
}

/**
 * Fills the report form by keyboard alone with the given values (a decimal typed with a comma),
 * leaving the fields in `skip` empty, then explains each plausibility warning the figures raise (as a
 * coordinator would, or the submit is refused).
 */
export async function fillReportByKeyboard(
  page: Page,
  values: Record<string, number | null>,
  elements: readonly { code: string }[],
  skip: readonly string[] = [],
): Promise<void> {
  for (const e of elements) {
    await tabTo(page, `input[name="${e.code}"]`);
    if (skip.includes(e.code)) continue;
    const v = values[e.code];
    if (v !== null && v !== undefined) await page.keyboard.type(String(v).replace('.', ','));
  }
  for (const box of await page.locator('textarea[name^="uitleg-"]').all()) {
    await box.focus();
    await page.keyboard.type('Gelijk aan september, gecontroleerd.');
  }
}
