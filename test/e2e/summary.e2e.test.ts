/**
 * The answer first (issue 23): the reviewer's progress report shows its summary — the heading and
 * the outcomes' sentences — in the first screen, on a laptop (1280 × 900) and a phone (390 × 844),
 * without axe violations; the start page is headed by the same summary.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { signedInPage } from './fixtures';
import { axeViolations } from './harness';

/** The part of an element below the first screen, in pixels (0: wholly within it). */
async function belowFirstScreen(page: Page, selector: string, height: number) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} not rendered`);
  return Math.max(0, box.y + box.height - height);
}

describe('the summary of the progress report', () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ])
    test(`reviewer at ${viewport.width} × ${viewport.height}: the summary heading and its first sentences are in the first screen`, async () => {
      const page = await signedInPage('reviewer', { viewport });
      const res = await page.goto('/voortgang');
      expect(res?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const heading = page.getByRole('heading', { level: 2, name: 'Werkt het? De uitkomsten in het kort' });
      expect(await heading.count()).toBe(1);
      expect(await belowFirstScreen(page, '#summary-title', viewport.height)).toBe(0);
      // the first outcome's sentence (new safety signals), with a verdict, on the first screen
      const first = page.locator('.summary-block .summary-sentences > li').first();
      await expect(first.innerText()).resolves.toMatch(
        /^Nieuwe veiligheidssignalen: .*(binnen toevalsvariatie|buiten toevalsvariatie|gelijk aan de basis)/,
      );
      expect(await belowFirstScreen(page, '.summary-block .summary-sentences > li', viewport.height)).toBe(0);
      // the long per-principle tables come later, collapsed
      expect(await page.locator('details.principle-details').getAttribute('open')).toBeNull();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });

  test('the table beside the sentences gives each outcome with its interval; the start page is headed by the same summary', async () => {
    const page = await signedInPage('reviewer', { viewport: { width: 1280, height: 900 } });
    await page.goto('/voortgang');
    await page.waitForLoadState('networkidle');
    const row = page.locator('#summary-table tbody tr').filter({
      has: page.getByRole('rowheader', { name: 'Nieuwe kinderbeschermingsmaatregelen', exact: false }),
    });
    // "21,7 (17,6–26,6)": a value and its range in Dutch notation
    await expect(row.locator('td').first().innerText()).resolves.toMatch(
      /^\d+(,\d)? \(\d+(,\d)?–\d+(,\d)?\)$/,
    );
    const sentences = await page.locator('.summary-block > .summary-sentences > li').allInnerTexts();
    await page.goto('/te-doen');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.summary-block > .summary-sentences > li').allInnerTexts()).toEqual(sentences);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
