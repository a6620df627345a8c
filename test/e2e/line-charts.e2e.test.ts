import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, drawnChart } from './harness';
import { signedInPage } from './fixtures';

/** The indicator page's trend chart (the figure that holds the trend table). */
function trendFigure(page: Page): Locator {
  return page.locator('figure.chart').filter({ has: page.locator('#indicator-trend-table') });
}

async function downloadSvg(page: Page, figure: Locator): Promise<string> {
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'SVG downloaden' }).click(),
  ]);
  return fs.readFileSync((await svg.path())!, 'utf8');
}

describe('line charts tell hidden from unknown (#22)', () => {
  test('reviewer, re-escalation 2026-Q3: FoodValley (hidden) has a × at the base line, West-Brabant West (unknown) none; the legend and the exported SVG say so', async () => {
    // the same cells as the table test in dashboards.e2e: FoodValley hidden, West-Brabant West unknown
    const page = await signedInPage('reviewer');
    expect(await openPage(page, '/indicatoren/reescalation?period=2026-Q3')).toBe(200);
    const figure = trendFigure(page);
    const marker = figure.getByRole('img', {
      name: 'FoodValley, 3e kwartaal 2026: verborgen (kleine aantallen)',
    });
    await drawnChart(figure);
    await marker.waitFor();
    expect(await figure.getByRole('img', { name: /^West-Brabant West, / }).count()).toBe(0);
    // the table beside it says the same
    const cell = (name: string) =>
      figure
        .locator('#indicator-trend-table tbody tr')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .locator('td')
        .last()
        .innerText();
    expect((await cell('FoodValley')).trim()).toBe('verborgen (kleine noemer)');
    expect((await cell('West-Brabant West')).trim()).toBe('onbekend');

    // at the base line of the plot (within a marker's height), not at a value
    const axis = (await figure.locator('.xAxis line.recharts-cartesian-axis-line').first().boundingBox())!;
    const box = (await marker.locator('path').nth(1).boundingBox())!;
    const centre = box.y + box.height / 2;
    expect(axis.y - centre).toBeGreaterThan(0);
    expect(axis.y - centre).toBeLessThan(14);
    const colour = await figure
      .locator('.chart-legend li.legend-line', { hasText: 'FoodValley' })
      .locator('line')
      .getAttribute('stroke');
    expect(await marker.locator('path').nth(1).getAttribute('stroke')).toBe(colour);

    expect(await figure.locator('.chart-legend li.legend-hidden').innerText()).toBe(
      'verborgen (kleine aantallen)',
    );
    expect(await figure.locator('.chart-legend li.legend-note').innerText()).toBe(
      'onderbroken lijn zonder markering: onbekend (niet gemeld of onvolledig kwartaal)',
    );

    const svg = await downloadSvg(page, figure);
    expect(svg).toContain('FoodValley, 3e kwartaal 2026: verborgen (kleine aantallen)');
    expect(svg).not.toContain('West-Brabant West, 3e kwartaal 2026');
    expect(svg).toContain('>verborgen (kleine aantallen)</text>');
    expect(svg).toContain(
      '>onderbroken lijn zonder markering: onbekend (niet gemeld of onvolledig kwartaal)</text>',
    );
    await page.context().close();
  });

  test('reviewer, FoodValley’s region page: every chart marks exactly the quarters its table calls hidden, the principle trend those kept from a score by hidden indicators', async () => {
    const page = await signedInPage('reviewer');
    expect(await openPage(page, '/regios/foodvalley?period=2026-Q3')).toBe(200);
    const charts = page.locator('figure.chart').filter({ has: page.locator('table[id^="region-chart-"]') });
    const count = await charts.count();
    expect(count).toBeGreaterThan(3);
    let hiddenCells = 0;
    for (let i = 0; i < count; i++) {
      const figure = charts.nth(i);
      await drawnChart(figure);
      const periods = (await figure.locator('thead th').allInnerTexts()).slice(1).map((t) => t.trim());
      const cells = (
        await figure
          .locator('tbody tr')
          .filter({ has: page.getByRole('rowheader', { name: 'FoodValley', exact: true }) })
          .locator('td')
          .allInnerTexts()
      ).map((t) => t.trim());
      const expected = periods
        .filter((_, k) => cells[k] === 'verborgen (kleine noemer)')
        .map((p) => `FoodValley, ${p}: verborgen (kleine aantallen)`);
      hiddenCells += expected.length;
      const markers = await figure
        .locator('.chart-hidden-marker')
        .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
      expect(markers, await figure.locator('figcaption').innerText()).toEqual(expected);
      expect(await figure.locator('.chart-legend li.legend-hidden').count()).toBe(expected.length ? 1 : 0);
    }
    // re-escalation alone has three (2025-Q2, 2026-Q2, 2026-Q3)
    expect(hiddenCells).toBeGreaterThanOrEqual(3);
    const principles = page
      .locator('figure.chart')
      .filter({ has: page.locator('figcaption', { hasText: 'Scores per basisprincipe' }) });
    const labels = await principles
      .locator('.chart-hidden-marker')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(labels).toEqual([
      'Lerend, 3e kwartaal 2025: verborgen (kleine aantallen)',
      'Lerend, 2e kwartaal 2026: verborgen (kleine aantallen)',
    ]);
    await page.context().close();
  });
});

describe('line charts show their 95 % intervals (#23)', () => {
  test('reviewer, triage on time: the programme total has a band (six regions would hide each other: their intervals are in the table), the legend says "95 %-interval", also in the SVG', async () => {
    const page = await signedInPage('reviewer');
    expect(await openPage(page, '/indicatoren/triage_on_time?period=2026-Q3')).toBe(200);
    const figure = trendFigure(page);
    await drawnChart(figure);
    const bands = figure.locator('.chart-interval-band path.recharts-area-area');
    expect(await bands.count()).toBe(1);
    const d = await bands.first().getAttribute('d');
    expect(d?.length ?? 0).toBeGreaterThan(10);
    expect(await figure.locator('.chart-legend li.legend-band').innerText()).toBe('95 %-interval');
    // the table beside it gives each shown value its interval, a hidden one none
    const row = (name: string) =>
      figure
        .locator('#indicator-trend-table tbody tr')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .locator('td')
        .allInnerTexts();
    const total = (await row('Programmatotaal')).map((c) => c.trim());
    expect(total).toHaveLength(4);
    for (const c of total) expect(c).toMatch(/^\d+(,\d)?\u00a0% \(\d+(,\d)?–\d+(,\d)?\)$/);
    const svg = await downloadSvg(page, figure);
    expect(svg).toContain('>95 %-interval</text>');
    expect(svg).toContain('recharts-area-area');
    await page.context().close();
  });
});
