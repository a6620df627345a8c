import { describe, expect, test } from 'vitest';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import { signedInPage } from './fixtures';
import { expectNoAxeViolations, fillReportByKeyboard, query, tabTo, valuesOf } from './harness';

const URL_WBW = '/regios/west-brabant-west/rapportages/2026-10';

const statusOf = (slug: string, period: string) =>
  query<{ status: string }>(
    'select r.status from reports r join regions g on g.id = r.region_id where g.slug = ? and r.period = ?',
    slug,
    period,
  )[0]!.status;

/** Presses Tab until the element matching `selector` has focus: the keyboard is the only input. */
describe('monthly report workflow in the browser', () => {
  test('a coordinator fills in and submits by keyboard; return, correct, resubmit, approve; then locked', async () => {
    const last = valuesOf('west-brabant-west', '2026-09');
    const page = await signedInPage('coordinator.west-brabant-west');
    await page.goto('/regios/west-brabant-west/rapportages');
    await expectNoAxeViolations(page);
    await page.goto(URL_WBW);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    // Keyboard only from here: the skip link, then field after field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // Copied figures can stand out against the region's own history (the outlier rule on a stock that
    // moved in September): each warning is explained.
    await fillReportByKeyboard(page, last, DATA_ELEMENTS);
    await tabTo(page, 'button[value="submit"]', 200);
    await page.keyboard.press('Enter');
    // With empty fields or warnings the pre-submit check comes first; its confirm button submits.
    const check = page.getByRole('region', { name: 'Controleer voor het indienen' });
    const done = page.getByText('De rapportage is ingediend.');
    await Promise.race([check.waitFor(), done.waitFor()]);
    if (await check.isVisible()) {
      await tabTo(page, 'button[data-confirmed]', 80);
      await page.keyboard.press('Enter');
    }
    await done.waitFor();
    expect(statusOf('west-brabant-west', '2026-10')).toBe('ingediend');
    expect(valuesOf('west-brabant-west', '2026-10')).toEqual(
      Object.fromEntries(Object.entries(last).filter(([, v]) => v !== null)),
    );
    await page.context().close();

    const manager = await signedInPage('manager1');
    await manager.goto(URL_WBW);
    await manager.getByRole('button', { name: 'Terugsturen' }).click();
    await manager.getByText('Geef een reden op.').first().waitFor();
    await manager.getByLabel('Reden', { exact: true }).fill('Instroom lijkt te laag, graag controleren.');
    await manager.getByRole('button', { name: 'Terugsturen' }).click();
    await manager.getByText('De status is nu: teruggestuurd.').waitFor();
    expect(statusOf('west-brabant-west', '2026-10')).toBe('teruggestuurd');

    const coord = await signedInPage('coordinator.west-brabant-west');
    await coord.goto(URL_WBW);
    // The reason is at the top (the banner) and in the timeline.
    await coord
      .getByRole('region', { name: /^Teruggestuurd door/ })
      .getByText('Reden: Instroom lijkt te laag, graag controleren.')
      .waitFor();
    const intakes = coord.getByRole('textbox', { name: /^Nieuw ingestroomde gezinnen/ });
    await intakes.fill(String((last.intakes ?? 0) + 1));
    await coord.getByRole('button', { name: 'Indienen' }).click();
    // Fields left empty (elements added after September was reported) bring the pre-submit check.
    const recheck = coord.getByRole('region', { name: 'Controleer voor het indienen' });
    const resubmitted = coord.getByText('De rapportage is ingediend.');
    await Promise.race([recheck.waitFor(), resubmitted.waitFor()]);
    if (await recheck.isVisible()) await coord.locator('button[data-confirmed]').click();
    await resubmitted.waitFor();
    expect(valuesOf('west-brabant-west', '2026-10').intakes).toBe((last.intakes ?? 0) + 1);

    await manager.reload();
    await manager.getByRole('button', { name: 'Goedkeuren' }).click();
    await manager.getByText('De status is nu: goedgekeurd.').waitFor();
    expect(statusOf('west-brabant-west', '2026-10')).toBe('goedgekeurd');

    await coord.reload();
    await expect(intakes.isDisabled()).resolves.toBe(true);
    expect(await coord.getByRole('button', { name: 'Concept opslaan' }).count()).toBe(0);
    expect(await coord.getByText('U kunt deze rapportage alleen bekijken.').count()).toBe(1);
    const stored = valuesOf('west-brabant-west', '2026-10');
    const version = query<{ version: number }>(
      "select r.version from reports r join regions g on g.id = r.region_id where g.slug = 'west-brabant-west' and r.period = '2026-10'",
    )[0]!.version;
    const res = await coord.request.post(URL_WBW, {
      form: { intent: 'save', version: String(version), intakes: '1', signals_new: '1' },
      headers: { Origin: new URL(coord.url()).origin },
    });
    expect(res.status()).toBe(403);
    expect(valuesOf('west-brabant-west', '2026-10')).toEqual(stored);
    await manager.context().close();
    await coord.context().close();
  }, 180_000); // every field typed by keyboard: 88 since issue 20 (about 87 s on a busy machine)

  test('without JavaScript a draft saves and a hard-rule error is shown at the field and in the summary', async () => {
    const page = await signedInPage('coordinator.utrecht', { javaScriptEnabled: false });
    await page.goto('/regios/utrecht/rapportages/2026-10');
    const stored = valuesOf('utrecht', '2026-10');
    // reviewed petitions are bounded by those the review applies to: filed minus the institution's
    const filed = (stored.petitions_filed ?? 0) - (stored.petitions_by_institution ?? 0);
    const reviewed = page.getByRole('textbox', { name: /^Verzoekschriften met onafhankelijke toets/ });
    await reviewed.fill(String(filed + 5));
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.waitFor();
    expect(await summary.getByRole('link', { name: /kan niet groter zijn dan/ }).count()).toBe(1);
    await expect(reviewed.inputValue()).resolves.toBe(String(filed + 5));
    expect(valuesOf('utrecht', '2026-10').petitions_reviewed).not.toBe(filed + 5);
    await reviewed.fill(String(filed));
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText(/Het concept is opgeslagen/).waitFor();
    expect(valuesOf('utrecht', '2026-10').petitions_reviewed).toBe(filed);
    await page.context().close();
  });

  test('the list links to each month, and leaving with unsaved changes asks first', async () => {
    const page = await signedInPage('coordinator.utrecht');
    await page.goto('/regios/utrecht/rapportages');
    await page.getByRole('link', { name: 'Rapportage oktober 2026 openen' }).click();
    await page.waitForURL('**/regios/utrecht/rapportages/2026-10');
    await page.waitForLoadState('networkidle');
    const intakes = page.getByRole('textbox', { name: /^Nieuw ingestroomde gezinnen/ });
    await intakes.fill('4321');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Volledigheid' })
      .click();
    const dialog = page.getByRole('alertdialog', { name: 'Niet-opgeslagen wijzigingen' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Blijven' }).click();
    expect(new URL(page.url()).pathname).toBe('/regios/utrecht/rapportages/2026-10');
    await expect(intakes.inputValue()).resolves.toBe('4321');
    await page.context().close();
  });

  test('the completeness and import pages have no accessibility violations; an import is checked, then applied', async () => {
    const page = await signedInPage('manager2');
    await page.goto('/volledigheid?from=2025-11&to=2026-10');
    await expectNoAxeViolations(page);
    const matrix = page.getByRole('table', { name: 'Status per regio en maand' });
    const row = matrix.getByRole('row', { name: /^FoodValley/ });
    await expect(row.getByRole('cell').last().innerText()).resolves.toContain('Ingediend');
    const rates = page.getByRole('table', { name: 'Rapportagegraad' });
    await expect(rates.getByRole('row', { name: /^Utrecht/ }).innerText()).resolves.toMatch(
      /12\s+11 \(92%\)/,
    );
    await page.goto('/regios/zeeland/import');
    await expectNoAxeViolations(page);
    // A manager may correct a submitted report by import: dry run first, then apply.
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'zeeland.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'regio;periode;element;waarde\nzeeland;2026-10;intakes;123\nzeeland;2026-10;nonsense;1\n',
      ),
    });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Fouten in het bestand: 1. Er is niets opgeslagen.').waitFor();
    await expect(page.getByRole('row', { name: /^3 / }).innerText()).resolves.toContain('nonsense');
    await expectNoAxeViolations(page);
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'zeeland.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('regio;periode;element;waarde\nzeeland;2026-10;intakes;123\n'),
    });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByRole('heading', { name: 'Wat er verandert' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Doorvoeren' }).click();
    await page.getByText('De import is doorgevoerd. Gewijzigde waarden: 1.').waitFor();
    // The applied import links to the month it changed, to check and submit it there.
    await page
      .getByRole('link', { name: 'Rapportage oktober 2026 openen om te controleren en in te dienen' })
      .click();
    await page.waitForURL('**/regios/zeeland/rapportages/2026-10');
    expect(valuesOf('zeeland', '2026-10').intakes).toBe(123);
    await page.context().close();
  });
});
