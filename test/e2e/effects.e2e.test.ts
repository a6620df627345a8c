import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { signedInPage } from './fixtures';
import { expectNoAxeViolations, openPage, drawnChart } from './harness';

// unique per run: other browser tests share the database
const TITLE = `Analyse aan de keukentafel ${Date.now() % 100000}`;
const LEGEND = `2026-Q1: start van experiment "${TITLE}" (Utrecht)`;

describe('experiments tied to effects', () => {
  test('a coordinator names the indicator by keyboard; its chart marks the start, also in the download; the experiment page shows before and after', async () => {
    const page = await signedInPage('coordinator.utrecht');
    expect(await openPage(page, '/experimenten/nieuw')).toBe(200);
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Gezinsgericht', { exact: true }).check();
    await page.getByLabel('Startdatum').fill('2026-02-10');
    await page.getByLabel('Einddatum').fill('2026-08-31');
    const group = page.getByRole('group', { name: 'Indicatoren die het experiment wil bewegen' });
    const box = group.getByLabel('Gezinsbrede analyse op tijd', { exact: true });
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/experimenten\/\d+\?saved=1$/);
    await page.waitForLoadState('networkidle');
    const experimentUrl = new URL(page.url()).pathname;

    // the experiment's page: the indicator it names and "voor en na" with its caveats
    await page.getByRole('heading', { level: 2, name: 'Voor en na' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Gezinsbrede analyse op tijd' }).waitFor();
    // the region, the comparison group and the difference-in-differences, each side pooled over its
    // months; the DiD with its 95 % interval, or the reason it has none
    const summary = page.locator('#effect-analysis_on_time-summary');
    expect(await summary.locator('tbody tr').count()).toBe(3);
    expect(await summary.locator('tbody th').allInnerTexts()).toEqual([
      'Utrecht',
      'Vergelijkingsgroep',
      'Verschil-in-verschillen (95%-interval)',
    ]);
    // the demo's figures (before 2025-02 … 2026-01, after 2026-03 … 2026-08, the experiment's end):
    // a DiD of about −3 points whose 95 % interval spans 0
    const did = await summary.locator('tbody tr').nth(2).locator('td').nth(2).innerText();
    expect(did).toMatch(/^−\d+(,\d)?\sprocentpunt \(−\d+(,\d)? tot \d+(,\d)?\)$/);
    expect(
      await page.locator('section[aria-labelledby="effect-analysis_on_time"] > p').last().innerText(),
    ).toBe('Binnen toevalsvariatie: het interval omvat 0, dus geen aantoonbaar effect.');
    expect(await page.locator('.experiment-effects .caveat').innerText()).toContain(
      'niet dat het experiment de verandering veroorzaakte',
    );
    await expectNoAxeViolations(page);

    // the indicator's chart marks the start, labelled in the chart and in full in the legend
    expect(await openPage(page, '/indicatoren/analysis_on_time?period=2026-Q3')).toBe(200);
    const figure = page.locator('section[aria-labelledby="indicator-trend-title"] figure.chart');
    await drawnChart(figure);
    expect(await figure.locator('.chart-legend li').allInnerTexts()).toContain(LEGEND);
    const label = figure.locator('text.recharts-label', { hasText: 'start Analyse aan de keuken' });
    expect(await label.count()).toBe(1);
    // readable: dark text, inside the plot
    const area = (await figure.locator('.chart-area').boundingBox())!;
    const at = (await label.boundingBox())!;
    expect(at.x).toBeGreaterThanOrEqual(area.x);
    expect(at.x + at.width).toBeLessThanOrEqual(area.x + area.width);
    expect(await label.evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(26, 26, 26)');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'SVG downloaden' }).click(),
    ]);
    const text = fs.readFileSync((await svg.path())!, 'utf8');
    expect(text).toContain('start Analyse aan de keuken');
    expect(text).toContain(LEGEND.replace(/"/g, '&quot;'));
    await page.context().close();

    // a reviewer reads the same page on approved, suppressed figures, and it fits a phone
    const reviewer = await signedInPage('reviewer', { viewport: { width: 390, height: 844 } });
    expect(await openPage(reviewer, experimentUrl)).toBe(200);
    await reviewer
      .getByText(
        'U ziet alleen goedgekeurde cijfers van hele kwartalen, met aantallen afgerond op 5; ook de vergelijkingsgroep en het interval zijn uit die afgeronde aantallen berekend. Een waarde met een kleine noemer is verborgen.',
      )
      .waitFor();
    const wide = await reviewer.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > 391 && !el.closest('.table-scroll'))
        .map((el) => `${el.tagName}.${el.className}#${el.id}`)
        .slice(0, 5),
    );
    expect(wide).toEqual([]);
    expect(await reviewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // the reviewer's comparison of whole rounded quarters has its interval too
    const reviewerDid = await reviewer
      .locator('#effect-analysis_on_time-summary tbody tr')
      .nth(2)
      .locator('td')
      .nth(2)
      .innerText();
    expect(reviewerDid).toMatch(/\(−\d+(,\d)? tot \d+(,\d)?\)$/);
    await expectNoAxeViolations(reviewer);
    await reviewer.context().close();
  });
});
