import { describe, expect, test } from 'vitest';
import { formatPeriodLabel } from '#app/utils/format';
import { signedInPage } from './fixtures';
import { axeViolations, openPage, query, tabTo } from './harness';

describe('control charts in the report history (issue 23)', () => {
  test('Zeeland’s coordinator at 390 px goes from the report form to the history and chooses an outcome rate’s chart by keyboard: 36 months up to the newest report, its table, no sideways scroll, axe clean; not another region’s', async () => {
    const page = await signedInPage('coordinator.zeeland', { viewport: { width: 390, height: 844 } });
    // the last month is the region's newest report
    const [{ newest }] = query<{ newest: string }>(
      `select max(p.period) newest from reports p join regions r on r.id = p.region_id where r.slug = 'zeeland'`,
    );
    // from the report form of that month, by keyboard, to the charts with the region's reports
    expect(await openPage(page, `/regios/zeeland/rapportages/${newest}`)).toBe(200);
    const link = page.getByRole('link', {
      name: 'De maanden van deze regio in controlekaarten (bij de rapportages)',
    });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/regios\/zeeland\/rapportages#spc-title$/);
    await page.waitForLoadState('networkidle');
    // without a choice: the first indicator's chart, with its table of the same months
    const first = page.locator('[id^="spc-table-zeeland-"]');
    await first.waitFor();
    expect(await first.locator('tbody tr').count()).toBe(36);
    const last = formatPeriodLabel(newest, 'nl');
    expect(await first.locator('tbody tr').last().getByRole('rowheader').innerText()).toContain(last);
    // a coordinator may not recalculate limits: no link to it
    expect(await page.getByText('Grenzen herberekenen na een bewuste verandering').count()).toBe(0);

    // by keyboard: to the choice, an outcome rate, to the button, Enter
    await tabTo(page, '#spc-indicator', 80);
    await page.locator('#spc-indicator').selectOption('measures_rate');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Toon controlekaart');
    await page.keyboard.press('Enter');
    await page.waitForURL(/spc=measures_rate/);
    const rate = page.locator('#spc-table-zeeland-measures_rate');
    await rate.waitFor();
    await page.waitForLoadState('networkidle');
    expect(await rate.locator('tbody tr').count()).toBe(36);
    // each month: value, centre, lower and upper limit, the rules it breaks, its variation in words
    const cells = await rate.locator('tbody tr').last().locator('td').allInnerTexts();
    expect(cells).toHaveLength(6);
    expect(cells[0]).toMatch(/^[\d.]+(,\d+)?$|^—$/);
    expect(cells[1]).toMatch(/^[\d.]+(,\d+)?$/);
    expect(await page.getByRole('heading', { name: 'Variatie per maand (controlekaart)' }).count()).toBe(1);
    await expect(
      page
        .locator('figure.chart')
        .filter({ has: rate })
        .getByRole('button', { name: 'SVG downloaden' })
        .count(),
    ).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);

    // another region's history is refused on the server
    const other = await page.goto('/regios/utrecht/rapportages?spc=measures_rate');
    expect(other?.status()).toBe(403);
    await page.context().close();
  });

  test('the region page puts a variation icon beside each outcome rate, in words', async () => {
    const page = await signedInPage('coordinator.zeeland', { viewport: { width: 390, height: 844 } });
    expect(await openPage(page, '/regios/zeeland')).toBe(200);
    const outcomes = page.locator('.outcomes-block table').first();
    await expect(outcomes.locator('thead th').last().innerText()).resolves.toBe('Variatie (maanden)');
    const rows = outcomes.locator('tbody tr');
    const texts: string[] = [];
    for (const row of await rows.all())
      texts.push((await row.locator('td').last().innerText()).replace(/\s+/g, ' ').trim());
    // the rates have a chart and so an icon; the shares have none ("—")
    expect(texts.filter((t) => t !== '—').length).toBeGreaterThan(0);
    for (const t of texts.filter((t) => t !== '—'))
      expect(t).toMatch(
        /^([HL]\s+)?(Gewone variatie|Bijzondere variatie \(geen richting\) \((hoog|laag)\)|Geen grenzen \(te weinig maanden\))( \(.+\))?$/,
      );
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
