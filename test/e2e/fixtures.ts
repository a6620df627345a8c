/**
 * The browser tests' pages: one Chromium per test file (launched on first use, closed after the
 * file) and a page per demo user, signed in through the real login form.
 *
 *     const page = await signedInPage('reviewer');
 *     const coordinator = await signedInPage('coordinator.zeeland', { viewport: { width: 390, height: 844 } });
 *     const visitor = await anonymousPage();
 *
 * Every page these give is watched: an error in the browser's console or an uncaught error on the
 * page fails the test, unless the test declared it with expectPageError (a 404 page's missing
 * resource, say).
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';
import { DEMO_USERS, type DemoUser } from '#test/demo-users';
import { baseURL, DEMO_PASSWORD, launchBrowser, loginAs, newPage } from './harness';

export { DEMO_ACCOUNTS, DEMO_USERS, demoEmail, type DemoUser } from '#test/demo-users';

let browser: Promise<Browser> | undefined;

/** This file's Chromium, launched on first use. */
export function sharedBrowser(): Promise<Browser> {
  browser ??= launchBrowser();
  return browser;
}

afterAll(async () => {
  const open = browser;
  browser = undefined;
  await (await open)?.close();
});

/** A viewport, no JavaScript, or another server (a file that starts its own). */
export type PageOptions = Pick<BrowserContextOptions, 'viewport' | 'javaScriptEnabled' | 'baseURL'>;

/** A fresh page (its own context, no cookies) in Dutch, not signed in. */
export async function anonymousPage(options: PageOptions = {}): Promise<Page> {
  return watched(await newPage(await sharedBrowser(), options));
}

/** A fresh page signed in as the demo user, on that user's start page. */
export async function signedInPage(user: DemoUser, options: PageOptions = {}): Promise<Page> {
  const page = await anonymousPage(options);
  await loginAs(page, DEMO_USERS[user]);
  return page;
}

/**
 * Signs the demo user in by posting the login form (no browser) and returns the session cookie
 * (`name=value`) for the server at `base` (this file's server unless given).
 */
export async function sessionCookie(user: DemoUser, base: string = baseURL()): Promise<string> {
  const res = await fetch(new URL('/login', base), {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: base, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: DEMO_USERS[user], password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie');
  if (res.status !== 302 || !cookie) throw new Error(`login failed for ${user}: ${res.status}`);
  return cookie.split(';')[0]!;
}

type Expected = { pattern: string | RegExp; seen: number };
const expected: Expected[] = [];
const unexpected: string[] = [];

/** Declares that a page of this test shows this console error (a substring or a pattern). */
export function expectPageError(pattern: string | RegExp): void {
  expected.push({ pattern, seen: 0 });
}

function report(message: string): void {
  const hit = expected.find((e) =>
    typeof e.pattern === 'string' ? message.includes(e.pattern) : e.pattern.test(message),
  );
  if (hit) hit.seen++;
  else unexpected.push(message);
}

/**
 * Chromium's line for a page answered with a 4xx status (a 400 for a refused form, a 403, a 404):
 * an answer the tests check by its status, not an error of the page. A 5xx still fails.
 */
const CLIENT_ERROR_STATUS = /^Failed to load resource: the server responded with a status of 4\d\d /;

/** Records the page's console errors and uncaught errors for the check after the test. */
export function watched(page: Page): Page {
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !CLIENT_ERROR_STATUS.test(msg.text()))
      report(`${msg.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => report(`${error.message} (${page.url()})`));
  return page;
}

afterEach(() => {
  const found = unexpected.splice(0);
  const missing = expected.splice(0).filter((e) => e.seen === 0);
  if (found.length)
    throw new Error(
      `Unexpected errors in the browser's console:\n${found.join('\n')}\n` +
        'Fix their cause, or declare one the test provokes with expectPageError(…).',
    );
  if (missing.length)
    throw new Error(
      `expectPageError was declared but no page showed: ${missing.map((e) => String(e.pattern)).join(', ')}`,
    );
});
