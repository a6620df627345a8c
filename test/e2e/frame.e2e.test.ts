import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { signedInPage } from './fixtures';
import { expectNoAxeViolations, openPage, query, drawnChart } from './harness';
import { roundCount } from '#app/domain/disclosure';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('charts people can use elsewhere', () => {
  test('a line chart downloads as the whole chart: the PNG is at least as large as the chart on screen, the SVG holds title, legend, period and source', async () => {
    const page = await signedInPage('manager1');
    expect(
      await openPage(page, '/vergelijken?what=triage_on_time&grain=quarter&from=2026-Q1&to=2026-Q3'),
    ).toBe(200);
    const figure = page.locator('figure.chart').nth(1);
    await drawnChart(figure);
    const box = (await figure.locator('.chart-area').boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'PNG downloaden' }).click(),
    ]);
    const size = pngSize(fs.readFileSync((await png.path())!));
    expect(size.width).toBeGreaterThanOrEqual(box.width);
    expect(size.height).toBeGreaterThanOrEqual(box.height);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'SVG downloaden' }).click(),
    ]);
    const text = fs.readFileSync((await svg.path())!, 'utf8');
    expect(text).toContain('Triage binnen 5 werkdagen');
    expect(text).toContain('>Utrecht</text>');
    expect(text).toContain('Periode: 2026-Q1 – 2026-Q3');
    expect(text).toContain('Bron: Proeftuinmonitor');
    await page.context().close();
  });

  test('legend text is body-coloured (readable), and the bottleneck chart per region is stacked by status in status order', async () => {
    const page = await signedInPage('manager1');
    await openPage(page, '/vergelijken?what=triage_on_time&grain=quarter&from=2026-Q1&to=2026-Q3');
    const item = page.locator('.chart-legend li').first();
    expect(await item.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(27, 27, 27)');
    await openPage(page, '/knelpunten/overzicht');
    const section = page.locator('section[aria-labelledby="by-region-title"]');
    const legend = section.getByRole('list', { name: 'Legenda' });
    expect(await legend.getByRole('listitem').allInnerTexts()).toEqual([
      'Gesignaleerd',
      'In analyse',
      'Landelijk geagendeerd',
      'Opgelost binnen huidige wet',
      'Experimenteerwet nodig',
      'Wetswijziging nodig',
      'Vervallen',
    ]);
    // one bar segment per status that occurs, not one total bar per region
    await drawnChart(section);
    expect(await section.locator('.recharts-bar').count()).toBe(7);
    await page.context().close();
  });
});

const REFERENCE_CSV = [
  'reeks;naam;indicator;bron;tabel;opgehaald;eenheid;periode;waarde',
  'e2e-triage;Landelijk e2e;triage_on_time;CBS StatLine;84135NED;2026-11-02;percent;2026-Q2;70',
  'e2e-triage;Landelijk e2e;triage_on_time;CBS StatLine;84135NED;2026-11-02;percent;2026-Q3;71,5',
].join('\n');

describe('reference figures', () => {
  test('a manager imports a reference CSV (dry run, then all at once); a reviewer sees the line beside the indicator', async () => {
    const manager = await signedInPage('manager1', { viewport: { width: 390, height: 844 } });
    expect(await openPage(manager, '/referenties')).toBe(200);
    await expectNoAxeViolations(manager);
    await manager.getByLabel('CSV-bestand met referentiecijfers').setInputFiles({
      name: 'referentie.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(REFERENCE_CSV, 'utf8'),
    });
    await manager.getByRole('button', { name: 'Controleren' }).click();
    const changes = manager.locator('#reference-changes-table tbody tr');
    await changes.first().waitFor();
    expect(await changes.count()).toBe(2);
    await expectNoAxeViolations(manager);
    await manager.getByRole('button', { name: 'Doorvoeren' }).click();
    await expect(
      manager.getByRole('status').filter({ hasText: 'Gewijzigde waarden: 2' }).innerText(),
    ).resolves.toContain('doorgevoerd');
    await manager.locator('#reference-series-table').getByText('Landelijk e2e').waitFor();
    await manager.context().close();

    const reviewer = await signedInPage('reviewer');
    expect(await openPage(reviewer, '/indicatoren/triage_on_time?period=2026-Q3')).toBe(200);
    const row = reviewer
      .locator('#indicator-trend-table tbody tr')
      .filter({ has: reviewer.getByRole('rowheader', { name: 'Referentie: Landelijk e2e', exact: true }) });
    expect((await row.locator('td').allInnerTexts()).map((c) => c.trim())).toEqual([
      '—',
      '—',
      '70\u00a0%',
      '71,5\u00a0%',
    ]);
    const diff = reviewer
      .locator('#indicator-trend-table tbody tr')
      .filter({ has: reviewer.getByRole('rowheader', { name: 'Verschil programma − Landelijk e2e' }) });
    // programme − reference for 2026-Q3 as a reviewer gets it, from the raw values: per region with
    // three approved months and every value known, each element's quarter sum rounded to 5; the
    // programme's share is Σ rounded on time / Σ rounded triaged over those regions
    const cells = query<{
      region: number;
      code: string;
      total: number | null;
      months: number;
      known: number;
    }>(
      `select r.region_id as region, v.element_code as code, sum(v.value) as total,
         count(distinct r.period) as months, count(v.value) as known
       from report_values v join reports r on r.id = v.report_id
       where r.period between '2026-07' and '2026-09' and r.status = 'goedgekeurd'
         and v.element_code in ('triage_on_time', 'triage_simple', 'triage_complex', 'triage_multi_complex')
       group by r.region_id, v.element_code`,
    );
    const regionsShown = [...new Set(cells.map((c) => c.region))].filter((id) => {
      const own = cells.filter((c) => c.region === id);
      return own.length === 4 && own.every((c) => c.months === 3 && c.known === 3);
    });
    const raw = { on_time: 0, triaged: 0 };
    for (const c of cells.filter((x) => regionsShown.includes(x.region))) {
      const rounded = roundCount(c.total!);
      if (c.code === 'triage_on_time') raw.on_time += rounded;
      else raw.triaged += rounded;
    }
    expect(regionsShown.length).toBeGreaterThan(0);
    const shown = (await diff.locator('td').nth(3).innerText()).trim();
    // a difference of two percentages is in percentage points, signed: "+3,2 procentpunt"
    expect(shown).toMatch(/^[+−±]\d+(,\d)?\u00a0procentpunt$/);
    const value = Number(
      shown
        .replace('−', '-')
        .replace('±', '')
        .replace(',', '.')
        .replace(/\u00a0procentpunt$/, ''),
    );
    expect(Math.abs(value - ((raw.on_time / raw.triaged) * 100 - 71.5))).toBeLessThanOrEqual(0.05);
    const legend = reviewer.locator('section[aria-labelledby="indicator-trend-title"] .chart-legend');
    expect(await legend.getByRole('listitem').allInnerTexts()).toContain('Referentie: Landelijk e2e');
    await expectNoAxeViolations(reviewer);
    await reviewer.context().close();
  });
});

describe('the quarterly narrative', () => {
  test('a coordinator writes and submits, a manager approves; only then does the reviewer read it in the progress report', async () => {
    const reviewer = await signedInPage('reviewer');
    await openPage(reviewer, '/voortgang?period=2026-Q3');
    await expect(reviewer.locator('#progress-narratives').innerText()).resolves.toBe(
      'Wat de regio’s vertellen',
    );
    expect(await reviewer.locator('article.narrative').count()).toBe(0);

    const coordinator = await signedInPage('coordinator.zeeland', { viewport: { width: 390, height: 844 } });
    expect(await openPage(coordinator, '/regios/zeeland/verhaal/2026-Q3')).toBe(200);
    await coordinator
      .getByLabel('Context bij de cijfers')
      .fill('Minder meldingen in de zomer; twee nieuwe wijkteams.');
    await coordinator.getByLabel('Wat we hebben geleerd').fill('Vroeg overleg met de Raad scheelt weken.');
    await coordinator.getByRole('button', { name: 'Indienen' }).click();
    await coordinator
      .getByText('Het kwartaalverhaal is ingediend. Een programmamanager beoordeelt het.')
      .waitFor();
    await expectNoAxeViolations(coordinator);
    await openPage(reviewer, '/voortgang?period=2026-Q3');
    expect(await reviewer.locator('article.narrative').count()).toBe(0);

    const manager = await signedInPage('manager1');
    await openPage(manager, '/regios/zeeland/verhaal/2026-Q3');
    await manager.getByRole('button', { name: 'Goedkeuren' }).click();
    await manager
      .getByText('Het kwartaalverhaal is goedgekeurd. Reviewers lezen het nu naast de cijfers.')
      .waitFor();

    await openPage(reviewer, '/voortgang?period=2026-Q3');
    const story = reviewer.locator('article.narrative[data-region="zeeland"]');
    await expect(story.innerText()).resolves.toContain('Vroeg overleg met de Raad scheelt weken.');
    await expectNoAxeViolations(reviewer);
    for (const p of [coordinator, manager, reviewer]) await p.context().close();
  });
});

describe('the progress report on paper', () => {
  test('under print media at the A4 text width (180 mm = 680 px) nothing is wider than the page', async () => {
    const page = await signedInPage('reviewer');
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await openPage(page, '/voortgang?period=2026-Q3');
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      return Array.from(document.querySelectorAll('main *'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > limit + 1 || r.left < -1);
        })
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className}`)
        .slice(0, 10);
    });
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
    // per region its trend: one row per region, each principle's scores over four periods
    const trends = page.locator('#progress-region-trends-table tbody tr');
    expect(await trends.count()).toBeGreaterThanOrEqual(6);
    expect((await trends.first().locator('td').first().innerText()).split(' → ')).toHaveLength(4);
    // the workforce is a condition shown as values, never scored
    const workforce = page.locator('#progress-workforce-table');
    expect(await workforce.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#progress-workforce').innerText()).toBe('Randvoorwaarde: personeel');
    await page.context().close();
  });
});
