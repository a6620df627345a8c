/**
 * The monthly cycle walked through by every role, second round (issue 28): hard rules as the user
 * leaves a field, no warning for an unchanged value, the confirmation after a submit, nothing
 * covering an input, the quarterly narratives in the cycle, local dates, one current menu item, the
 * import of a month not yet started and the smaller defects. Each test failed before its fix.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser, loginAs, newPage, query, valuesOf } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DOMAIN = 'demo.proeftuinmonitor.nl';
const UTRECHT = `coordinator.utrecht@${DOMAIN}`;
const WBW = `coordinator.west-brabant-west@${DOMAIN}`;
const MANAGER = `manager1@${DOMAIN}`;
const FORM = '/regios/utrecht/rapportages/2026-10';

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

describe('the monthly cycle, round two', () => {
  test('1. a hard rule is checked as the user leaves the field, counted in its section and blocks the submit', async () => {
    const page = await newPage(browser);
    await loginAs(page, UTRECHT);
    await open(page, FORM);
    const before = valuesOf('utrecht', '2026-10').petitions_reviewed;
    const field = page.getByRole('textbox', { name: /^Verzoekschriften met onafhankelijke toets/ });
    await field.fill('999');
    await field.press('Tab');
    const id = (await field.getAttribute('id'))!;
    const message = page.locator(`#${id}-error`);
    await message.waitFor({ timeout: 5000 });
    await expect(message.innerText()).resolves.toMatch(/kan niet groter zijn dan/);
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    // The section's heading in the section list counts it.
    const section = page.getByRole('navigation', { name: 'Onderdelen' });
    await expect(section.innerText()).resolves.toMatch(/1 fout/);
    // "Controleer voor het indienen" lists it first and offers no way past it.
    await page.getByRole('button', { name: 'Indienen', exact: true }).click();
    const check = page.getByRole('region', { name: 'Controleer voor het indienen' });
    await check.waitFor();
    const first = check.locator('ul').first();
    await expect(first.innerText()).resolves.toMatch(/Verzoekschriften met onafhankelijke toets/);
    await expect(check.getByRole('button', { name: 'Toch indienen' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    // Nothing was stored.
    expect(valuesOf('utrecht', '2026-10').petitions_reviewed).toBe(before);
    await page.context().close();
  });

  test('2. last month’s value never warns; the seeded reports in the queue carry no unexplained warnings', async () => {
    const page = await newPage(browser);
    await loginAs(page, WBW);
    await open(page, '/regios/west-brabant-west/rapportages/2026-10');
    const september = valuesOf('west-brabant-west', '2026-09');
    const field = page.getByRole('textbox', { name: /^Kinderen met een lopende maatregel/ });
    await field.fill(String(september.children_with_measure));
    await field.press('Tab');
    await page.waitForTimeout(300);
    const id = (await field.getAttribute('id'))!;
    await expect(page.locator(`#${id}-warning`).count()).resolves.toBe(0);
    await page.context().close();

    const manager = await newPage(browser);
    await loginAs(manager, MANAGER);
    await open(manager, '/te-beoordelen');
    const rows = await manager.locator('table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        report: tr.querySelector('th')!.textContent!.trim(),
        warnings: tr.querySelectorAll('td')[2]!.textContent!.trim(),
      })),
    );
    const seeded = rows.filter((r) => /FoodValley|Zeeland/.test(r.report));
    expect(seeded.length).toBe(2);
    for (const r of seeded) {
      const [, count, explained] = r.warnings.match(/^(\d+) \((\d+)\)$/)!;
      expect({ report: r.report, unexplained: Number(count) - Number(explained) }).toEqual({
        report: r.report,
        unexplained: 0,
      });
    }
    await manager.context().close();
  });

  test('3. after "Toch indienen" focus and view are on the confirmation', async () => {
    const page = await newPage(browser);
    await loginAs(page, UTRECHT);
    await open(page, FORM);
    await page.getByRole('button', { name: 'Indienen', exact: true }).click();
    const check = page.getByRole('region', { name: 'Controleer voor het indienen' });
    await check.waitFor();
    // Explain any warning the seeded figures raise, as a coordinator would.
    for (const box of await page.locator('textarea[name^="uitleg-"]').all())
      await box.fill('Gecontroleerd bij de bron.');
    await check.getByRole('button', { name: 'Toch indienen' }).click();
    const done = page.getByText('De rapportage is ingediend.');
    await done.waitFor();
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return {
        focusText: el.textContent ?? '',
        tag: el.tagName,
        inView: r.top >= 0 && r.bottom <= window.innerHeight,
      };
    });
    expect(state.tag).not.toBe('BODY');
    expect(state.focusText).toContain('De rapportage is ingediend.');
    expect(state.inView).toBe(true);
    expect(
      query<{ status: string }>(
        `select r.status from reports r join regions g on g.id = r.region_id
       where g.slug = 'utrecht' and r.period = '2026-10'`,
      ),
    ).toEqual([{ status: 'ingediend' }]);
    await page.context().close();
  });

  test('4. no element covers an input of the report form at any width from 320 to 1920 px', async () => {
    const page = await newPage(browser);
    await loginAs(page, `coordinator.foodvalley@${DOMAIN}`);
    const covered: Record<number, string[]> = {};
    for (const width of [320, 390, 768, 1024, 1280, 1366, 1600, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      // A month the coordinator can still edit (FoodValley's September is approved: read-only fields
      // are inputs too, and must not be covered either).
      await open(page, '/regios/foodvalley/rapportages/2026-09');
      const hits = await page.evaluate(() => {
        const out: string[] = [];
        for (const input of document.querySelectorAll<HTMLElement>(
          'main input:not([type=hidden]), main textarea',
        )) {
          input.scrollIntoView({ block: 'center' });
          const r = input.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          for (const [x, y] of [
            [r.left + 3, r.top + 3],
            [r.right - 3, r.top + 3],
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 3, r.bottom - 3],
            [r.right - 3, r.bottom - 3],
          ] as const) {
            const top = document.elementFromPoint(x, y);
            if (top && top !== input && !input.contains(top)) {
              out.push(`${input.id || input.getAttribute('name')} under ${top.className || top.tagName}`);
              break;
            }
          }
        }
        return out;
      });
      if (hits.length) covered[width] = hits;
    }
    expect(covered).toEqual({});
    await page.context().close();
  });

  test('7. the menu marks exactly one item on /vergelijken and /referenties', async () => {
    const page = await newPage(browser);
    await loginAs(page, MANAGER);
    const marked: Record<string, string[]> = {};
    for (const path of ['/vergelijken', '/referenties', '/overzicht']) {
      await open(page, path);
      marked[path] = await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .locator('[aria-current="page"]')
        .allInnerTexts();
    }
    expect(marked).toEqual({
      '/vergelijken': ['Vergelijken'],
      '/referenties': ['Referentiecijfers'],
      '/overzicht': ['Overzicht'],
    });
    await page.context().close();
  });
});
