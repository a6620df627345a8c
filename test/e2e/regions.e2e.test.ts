/**
 * Regions as data, as the admin and a manager use them: the admin adds a seventh region with its
 * population through the form (keyboard, 390 px wide, axe), and it appears on the overview, the
 * completeness matrix and the compare page. The region is switched off at the end, so the other
 * browser tests see the six proeftuinen.
 */
import { describe, expect, test } from 'vitest';
import { signedInPage } from './fixtures';
import { axeViolations, openPage } from './harness';

const NAME = 'Noord-Holland Noord';
const SLUG = 'noord-holland-noord';

describe('the admin adds a seventh region', () => {
  test('through the form, by keyboard at 390 px; then it is on the overview, completeness and compare pages', async () => {
    const admin = await signedInPage('admin', { viewport: { width: 390, height: 844 } });
    expect(await openPage(admin, '/beheer/regios')).toBe(200);
    expect(await axeViolations(admin)).toEqual([]);

    // A wrong colour and no population first: the summary names both, nothing is stored.
    await admin.getByLabel('Code', { exact: true }).fill(SLUG);
    await admin.getByLabel('Naam', { exact: true }).fill(NAME);
    await admin.getByLabel('Naam van het plan').fill('Samen Veilig Noord');
    await admin.getByLabel('Kleur in grafieken').fill('#F0E442');
    await admin.getByLabel('Rapporteert vanaf (maand)').fill('2026-11');
    await admin.getByLabel('Start van de proeftuin (maand)').fill('2027-01');
    await admin.getByLabel('Geldt vanaf (maand)').fill('2026-11');
    await admin.getByRole('button', { name: 'Regio toevoegen' }).focus();
    await admin.keyboard.press('Enter');
    const summary = admin.getByRole('alert');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('contrast met wit');
    expect(await summary.innerText()).toContain('Vul een geheel aantal kinderen in');

    await admin.getByLabel('Kleur in grafieken').fill('#7A3E9D');
    await admin.getByLabel('Aantal kinderen 0–17 jaar in de scope').fill('31200');
    await admin.getByLabel('Gemeenten in de scope').fill('Den Helder\nSchagen\nHollands Kroon\nTexel');
    await admin.getByLabel('Bron van het aantal').fill('CBS StatLine 03759ned');
    await admin.getByRole('button', { name: 'Regio toevoegen' }).focus();
    await admin.keyboard.press('Enter');
    await admin.getByText(`Regio ${NAME} is toegevoegd.`).waitFor();
    const row = admin
      .locator('#region-list-caption')
      .locator('xpath=..')
      .locator('tbody tr', { hasText: NAME });
    expect(await row.innerText()).toContain('31.200');
    expect(await axeViolations(admin)).toEqual([]);

    const manager = await signedInPage('manager1');
    expect(await openPage(manager, '/overzicht')).toBe(200);
    expect(await manager.getByRole('main').innerText()).toContain(NAME);
    expect(await openPage(manager, '/volledigheid')).toBe(200);
    expect(await manager.getByRole('rowheader', { name: NAME }).count()).toBeGreaterThan(0);
    expect(
      await openPage(
        manager,
        '/vergelijken?what=triage_on_time&grain=quarter&from=2026-Q3&to=2026-Q3&view=bars',
      ),
    ).toBe(200);
    await manager.locator('#compare-bar-table').waitFor();
    expect(await manager.locator('#compare-bar-table').getByRole('rowheader', { name: NAME }).count()).toBe(
      1,
    );

    // Switched off again: gone from the pages, kept in the admin's list.
    expect(await openPage(admin, `/beheer/regios/${SLUG}`)).toBe(200);
    await admin.getByLabel('Actief (zichtbaar op alle pagina’s)').uncheck();
    await admin.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await admin.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    expect(await openPage(manager, '/volledigheid')).toBe(200);
    expect(await manager.getByRole('rowheader', { name: NAME }).count()).toBe(0);
    await admin.context().close();
    await manager.context().close();
  });
});
