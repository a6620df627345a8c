import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { signedInPage } from './fixtures';
import { axeViolations, openPage, drawnChart } from './harness';

/** The text of each row's cells, by the row's header. */
async function rowsOf(page: Page, table: string) {
  const out: Record<string, string[]> = {};
  for (const row of await page.locator(`${table} tbody tr`).all()) {
    const head = (await row.getByRole('rowheader').innerText()).trim();
    out[head] = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
  }
  return out;
}

describe('funnel plot and control chart (issue 23)', () => {
  test('manager: the indicator page draws the funnel by default, its table holds the values of the region table; the control chart has a row per month; both export; axe clean', async () => {
    const page = await signedInPage('manager1');
    expect(await openPage(page, '/indicatoren/triage_on_time?period=2026-Q3')).toBe(200);
    const funnel = page.locator('figure.chart').filter({ has: page.locator('#funnel-table-triage_on_time') });
    await drawnChart(funnel);
    const points = await rowsOf(page, '#funnel-table-triage_on_time');
    const regions = await rowsOf(page, '#indicator-table');
    expect(Object.keys(points)).toHaveLength(6);
    for (const [name, cells] of Object.entries(points)) {
      // value, size: the same as the region table's value and denominator
      const row = Object.entries(regions).find(([head]) => head.startsWith(name))![1];
      // the region table shows the value with its 95 % interval ("70,9 % (63,6–77,3)"); the funnel the value
      expect([cells[0], cells[1]]).toEqual([row[2].replace(/ \(.*\)$/, ''), row[1]]);
      expect(cells[4]).toMatch(
        /^(binnen de grenzen|boven de 95%-grens|boven de 99,8%-grens|onder de 95%-grens|onder de 99,8%-grens)$/,
      );
    }
    // one drawn point per row of the table
    expect(await funnel.locator('.recharts-scatter-symbol').count()).toBe(6);
    // the bar chart is one choice away
    expect(await page.locator('#indicator-table').count()).toBe(1);
    await expect(page.getByLabel('Weergave van de regio’s').inputValue()).resolves.toBe('funnel');

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      funnel.getByRole('button', { name: 'SVG downloaden' }).click(),
    ]);
    const text = fs.readFileSync((await svg.path())!, 'utf8');
    expect(text).toContain('per regio tegen de omvang van de regio');
    expect(text).toContain('99,8%-grenzen');
    await expect(funnel.getByRole('button', { name: 'PNG downloaden' }).count()).resolves.toBe(1);

    const control = page.locator('figure.chart').filter({ has: page.locator('[id^="spc-table-"]') });
    await drawnChart(control);
    const months = await control.locator('tbody tr').count();
    expect(months).toBe(36);
    expect(await control.locator('tbody tr').first().getByRole('rowheader').innerText()).toContain(
      'oktober 2023',
    );
    await expect(control.getByRole('button', { name: 'SVG downloaden' }).count()).resolves.toBe(1);
    await expect(control.getByRole('button', { name: 'PNG downloaden' }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('manager: the region page gives every indicator its variation in words, and a control chart of the one chosen; the overview lists the programme’s', async () => {
    const page = await signedInPage('manager1');
    expect(await openPage(page, '/regios/zeeland?period=2026-Q3')).toBe(200);
    await page.getByLabel('Indicator voor de controlekaart').selectOption({ label: 'Eén gezin, één plan' });
    await page.getByRole('button', { name: 'Toon controlekaart' }).click();
    await page.waitForURL(/spc=one_plan/);
    await page.locator('#spc-table-zeeland-one_plan').waitFor();
    expect(await page.locator('#spc-table-zeeland-one_plan tbody tr').count()).toBe(36);
    const words = await page.locator('#region-indicators-family .variation').allInnerTexts();
    expect(words.length).toBeGreaterThan(0);
    for (const w of words)
      // the icon's letter (H or L) is drawn; the words follow it
      expect(w.trim()).toMatch(
        /^([HL]\s+)?(Gewone variatie|Bijzondere variatie(: verbetering|: zorgelijk| \(geen richting\)) \((hoog|laag)\)|Geen grenzen \(te weinig maanden\))$/,
      );
    expect(await axeViolations(page)).toEqual([]);
    expect(await openPage(page, '/overzicht?period=2026-Q3')).toBe(200);
    expect(await page.locator('#programme-variation-table tbody tr').count()).toBeGreaterThan(10);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('reviewer: a funnel of rounded figures, no control chart (months are not disclosed), axe clean', async () => {
    const page = await signedInPage('reviewer');
    expect(
      await openPage(page, '/vergelijken?what=triage_on_time&grain=quarter&from=2026-Q3&to=2026-Q3'),
    ).toBe(200);
    await page.locator('#funnel-table-triage_on_time').waitFor();
    expect(await page.locator('#funnel-table-triage_on_time tbody tr').count()).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await openPage(page, '/indicatoren/triage_on_time?period=2026-Q3')).toBe(200);
    expect(await page.locator('[id^="spc-table-"]').count()).toBe(0);
    await expect(page.getByText('Controlekaarten werken met maandcijfers.').count()).resolves.toBe(1);
    await page.context().close();
  });

  test('manager at 390 px: records a recalculation by keyboard with a reason; a refusal names the field; the chart starts a new phase', async () => {
    const page = await signedInPage('manager1', { viewport: { width: 390, height: 844 } });
    expect(await openPage(page, '/indicatoren/one_plan/grenzen')).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Voor').selectOption({ label: 'Zeeland' });
    await page.getByLabel('Vanaf maand (JJJJ-MM)').fill('2025-13');
    await page.getByLabel('Reden').fill('Start experiment één plan');
    await page.getByLabel('Reden').press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Vul een maand in als JJJJ-MM, bijvoorbeeld 2026-03.').first().waitFor();
    expect(await page.locator('#recalc-table').count()).toBe(0);
    await page.getByLabel('Vanaf maand (JJJJ-MM)').fill('2025-04');
    await page.getByRole('button', { name: 'Herberekening vastleggen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('De herberekening is vastgelegd.').waitFor();
    // the list is the loader's, revalidated after the action: read it once it is there
    await page.locator('#recalc-table tbody tr').first().waitFor();
    expect(await rowsOf(page, '#recalc-table')).toEqual({
      // recorded on, by, and its state: in force, with the form to withdraw it
      Zeeland: [
        '2025-04',
        'Start experiment één plan',
        expect.any(String),
        expect.any(String),
        'geldt\nIntrekken',
      ],
    });
    expect(await axeViolations(page)).toEqual([]);
    expect(await openPage(page, '/regios/zeeland?period=2026-Q3&spc=one_plan')).toBe(200);
    await page.locator('#spc-table-zeeland-one_plan').waitFor();
    await page.getByText('Grenzen herberekend vanaf 2025-04').first().waitFor({ state: 'attached' });
    await page.context().close();
  });
});
