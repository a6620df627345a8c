/**
 * Issue 25: an experiment names an experience item as its target by keyboard and its page shows
 * "Ervaring voor en na": the region's share before and after, the comparison group, and the
 * difference-in-differences with its interval or the reason it has none (the figures themselves are
 * held by test/routes/experience-effects.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { signedInPage } from './fixtures';
import { expectNoAxeViolations } from './harness';

// unique per run: other browser tests share the database
const TITLE = `Ouders aan het woord ${Date.now() % 100000}`;
const SHARE = /^\d+(,\d)?\s?% \(n \d+\)$|^x \(verborgen: te weinig antwoorden\)$|^onbekend$/;

describe('experience items as experiment targets', () => {
  test('a coordinator names "Ik voelde me gehoord" by keyboard; the experiment page shows it before and after', async () => {
    const page = await signedInPage('coordinator.utrecht');
    expect((await page.goto('/experimenten/nieuw'))?.status()).toBe(200);
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Gezinsgericht', { exact: true }).check();
    await page.getByLabel('Startdatum').fill('2026-01-01');
    await page.getByLabel('Einddatum').fill('2026-09-30');
    const group = page.getByRole('group', { name: 'Ervaring (per kwartaal; professionals per halfjaar)' });
    const box = group.getByLabel('Ik voelde me gehoord (Ouders)', { exact: true });
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/experimenten\/\d+\?saved=1$/);
    await page.waitForLoadState('networkidle');

    await page.getByRole('heading', { level: 2, name: 'Ervaring voor en na' }).waitFor();
    const table = page.locator('#experience-effects');
    // before: the four quarters before the start quarter (the start is its first day); after: from
    // the start quarter on, up to the last quarter with figures (which moves with the demo's today)
    expect(await table.locator('thead th').allInnerTexts()).toEqual([
      'Vraag',
      'Voor (1e kwartaal 2025 – 4e kwartaal 2025)',
      expect.stringMatching(
        /^Na \(1e kwartaal 2026 – [1-4]e kwartaal 2026\)$|^nog geen periode na de start$/,
      ),
      'Vergelijkingsgroep voor → na',
      'Verschil-in-verschillen (95%-interval)',
    ]);
    const row = table.locator('tbody tr[data-item="parent_heard"]');
    expect(await row.count()).toBe(1);
    expect(await row.locator('th').innerText()).toBe('Ik voelde me gehoord');
    const cells = await row.locator('td').allInnerTexts();
    expect(cells).toHaveLength(4);
    expect(cells[0]).toMatch(SHARE);
    expect(cells[1]).toMatch(SHARE);
    expect(cells[2]).toMatch(/ → /);
    expect(cells[3]).toMatch(/^−?\d+(,\d)? procentpunt \(−?\d+(,\d)? tot −?\d+(,\d)?\)$|^niet te berekenen$/);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
