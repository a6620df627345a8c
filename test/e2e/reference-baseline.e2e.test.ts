/**
 * A manager fills a region's baseline from reference data (issue 23, item 6) on the baseline page:
 * the demo's illustrative Veilig Thuis series for triage within 5 days has 59.6, 60.4, 59.1 and 61.0 %
 * in 2025 (seeds/references.ts), so over a 2025 baseline its mean is 60.025 %, shown as "60". The
 * region's baseline and the filled value are put back at the end, so other browser tests see the demo.
 */
import { describe, expect, test } from 'vitest';
import { signedInPage } from './fixtures';
import { expectNoAxeViolations, openPage } from './harness';

const PATH = '/regios/west-brabant-west/basisperiode';

describe('a baseline filled from reference data', () => {
  test('the manager sets a 2025 baseline, fills triage from the Veilig Thuis series, sees its source; axe clean', async () => {
    const page = await signedInPage('manager');
    expect(await openPage(page, PATH)).toBe(200);
    await page.getByLabel('Eerste maand').fill('2025-01');
    await page.getByLabel('Laatste maand').fill('2025-12');
    await page.getByLabel('Reden van de wijziging').fill('Basis uit referentiecijfers (browsertest)');
    await page.getByRole('button', { name: 'Basisperiode opslaan' }).click();
    await page.getByText('De basisperiode is opgeslagen.').waitFor();
    // the page's data follow the save: the new baseline, and the series' mean over it
    await page.getByText('Nu: 2025-01 t/m 2025-12').waitFor();

    const section = page.getByRole('region', { name: /Indicatoren met een referentiereeks/ });
    await page.getByRole('heading', { level: 2, name: 'Basis uit referentiecijfers' }).waitFor();
    const row = page.locator('#reference-fill tbody tr', { hasText: 'Triage binnen 5 werkdagen' });
    expect(await row.locator('td').nth(1).innerText()).toBe('60');
    await row.getByRole('button', { name: 'Basis vullen uit Landelijk, Veilig Thuis (demo)' }).click();
    await page
      .getByText('De basis van Triage binnen 5 werkdagen is gevuld uit Landelijk, Veilig Thuis (demo): 60.')
      .waitFor();
    // the page's data follow the action: the filled value with its source
    await row
      .getByText('60 uit Landelijk, Veilig Thuis (demo) (bron Veilig Thuis, kwartaalcijfers', {
        exact: false,
      })
      .waitFor();
    expect(await section.count()).toBe(1);
    await expectNoAxeViolations(page);

    // put the demo back: the filled value cleared, the baseline to its default
    await row.getByRole('button', { name: 'Gevulde basis van Triage binnen 5 werkdagen wissen' }).click();
    await page.getByText('De gevulde basis is gewist.').waitFor();
    await row.getByRole('button', { name: /wissen$/ }).waitFor({ state: 'detached' });
    await page.getByLabel('Reden van de wijziging').fill('Terug na de browsertest');
    await page.getByRole('button', { name: 'Terug naar de standaard' }).click();
    await page.getByText('De basisperiode is opgeslagen.').waitFor();
    await page.context().close();
  });
});
