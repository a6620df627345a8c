/**
 * Charts keep their space while their code loads (issue 28, item 9): on the bottlenecks overview,
 * the page is as wide as the window and each chart's figure has the same size before the chart
 * chunk arrives as after, at 390 and at 1280 px. The chart chunk is held back by the test, so the
 * "before" is the page as a slow connection shows it for as long as it takes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { signedInPage } from './fixtures';
import { drawAllCharts, openPage } from './harness';

async function layout(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    figures: Array.from(document.querySelectorAll('main figure')).map((f) => {
      const b = f.getBoundingClientRect();
      return [Math.round(b.width), Math.round(b.height)];
    }),
  }));
}

describe('charts keep their space while they load', () => {
  for (const width of [390, 1280]) {
    test(`/knelpunten/overzicht at ${width} px: no sideways scroll and no shift when the charts arrive`, async () => {
      const page = await signedInPage('reviewer', { viewport: { width, height: 844 } });
      // Hold back every chart chunk: the page as it is before the charts load.
      await page.route(/\/assets\/[^/]*chart[^/]*\.js/, () => new Promise<void>(() => {}));
      await page.goto('/knelpunten/overzicht', { waitUntil: 'load' });
      await page.locator('main figure').first().waitFor();
      const before = await layout(page);
      expect(await page.locator('main figure svg.recharts-surface').count()).toBe(0);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.goto('/knelpunten/overzicht', { waitUntil: 'load' });
      await drawAllCharts(page);
      const after = await layout(page);
      expect(before.scrollWidth).toBe(width);
      expect(after.scrollWidth).toBe(width);
      expect(before.figures.length).toBe(4);
      expect(after.figures).toEqual(before.figures);
      expect(after.scrollHeight).toBe(before.scrollHeight);
      await page.context().close();
    });
  }
});

// The dashboards with charts (issue 26): a phone's layout shift stays small only if every chart box
// has its final size before the chart code has arrived.
describe('dashboard charts keep their space while they load', () => {
  for (const path of ['/vergelijken', '/regios/utrecht']) {
    test(`${path} at 390 px: each chart's figure is as large before the chart code arrives as after`, async () => {
      const page = await signedInPage('manager1', { viewport: { width: 390, height: 844 } });
      // only the chunks loaded after hydration: chart-format, trend-chart and control-chart-panel
      // are imported by the pages themselves (formatting and the lazy wrappers)
      await page.route(
        /\/assets\/(?!chart-format|trend-chart|control-chart-panel)[^/]*[cC]hart[^/]*\.js/,
        () => new Promise<void>(() => {}),
      );
      await page.goto(path, { waitUntil: 'load' });
      await page.locator('main figure').first().waitFor();
      const before = await layout(page);
      expect(await page.locator('main figure svg.recharts-surface').count()).toBe(0);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.goto(path, { waitUntil: 'load' });
      await drawAllCharts(page);
      const after = await layout(page);
      expect(before.figures.length).toBeGreaterThan(0);
      expect(after.figures).toEqual(before.figures);
      expect(after.scrollHeight).toBe(before.scrollHeight);
      expect(after.scrollWidth).toBe(390);
      await page.context().close();
    });
  }
});

test('at 390 px the menu is closed before the scripts have run, as after: the page does not jump on hydration', async () => {
  const page = await signedInPage('manager1', { viewport: { width: 390, height: 844 } });
  const mainTop = () =>
    page.evaluate(() => Math.round(document.querySelector('main')!.getBoundingClientRect().top));
  // every module held back: the page as a phone shows it until hydration
  await page.route(/\/assets\/.*\.js/, () => new Promise<void>(() => {}));
  await page.goto('/overzicht', { waitUntil: 'domcontentloaded' });
  expect(await page.locator('#main-nav-list').isVisible()).toBe(false);
  const before = await mainTop();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.goto('/overzicht', { waitUntil: 'networkidle' });
  expect(await page.locator('nav.main-nav-js').count()).toBe(1);
  expect(await page.locator('#main-nav-list').isVisible()).toBe(false);
  expect(await mainTop()).toBe(before);
  await page.context().close();
});

// Drawing a chart is what costs a phone (issue 26: the progress report's blocking time): a chart is
// drawn when it comes near the window, and every chart before printing.
test('the progress report at 390 px draws a chart when a reader opens its section and comes near it, and every chart before printing', async () => {
  const page = await signedInPage('manager1', { viewport: { width: 390, height: 844 } });
  await openPage(page, '/voortgang');
  const areas = await page.locator('main .chart-area').count();
  const pending = () => page.locator('main .chart-pending').count();
  expect(areas).toBeGreaterThan(3);
  const waiting = await pending();
  // the summary comes first, the charts are in closed sections: none is drawn on opening the page
  expect(waiting).toBe(areas);
  // the per-principle charts are in closed sections: one is drawn when a reader opens its section
  const section = page.locator('main details.principle-details').first();
  await section.locator('summary').first().click();
  await section.locator('.chart-area svg').first().waitFor();
  expect(await pending()).toBe(waiting - 1);
  // printing draws every chart at once, before the page is laid out for paper
  const left = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    return document.querySelectorAll('main .chart-pending').length;
  });
  expect(left).toBe(0);
  await page.context().close();
});
