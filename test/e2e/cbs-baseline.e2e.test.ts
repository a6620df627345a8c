/**
 * A manager sets FoodValley's baseline to the pre-pilot years 2021–2022 and fills new measures from
 * the demo's CBS figures (issue 24): Ede's 155 trajectories over 53,440 child-years, 29.0 per 10,000
 * (hand-computed in test/routes/cbs-baseline-demo.test.ts); then over the four years 2019–2022. The filled value and the baseline are put
 * back at the end, so other browser tests see the demo.
 */
import { describe, expect, test } from 'vitest';
import { signedInPage } from './fixtures';
import { expectNoAxeViolations, openPage } from './harness';

describe('a baseline from CBS’s pre-pilot years', () => {
  test('the manager sets 2021–2022, fills new measures from CBS and sees it labelled with its source; axe clean; then fills 2019–2022', async () => {
    const page = await signedInPage('manager');
    expect(await openPage(page, '/regios/foodvalley/basisperiode')).toBe(200);
    await page.getByLabel('Eerste maand').fill('2021-01');
    await page.getByLabel('Laatste maand').fill('2022-12');
    await page.getByLabel('Reden van de wijziging').fill('Basis vóór de pilot uit CBS (browsertest)');
    await page.getByRole('button', { name: 'Basisperiode opslaan' }).click();
    await page.getByText('De basisperiode is opgeslagen.').waitFor();
    await page.getByText('Nu: 2021-01 t/m 2022-12').waitFor();

    await page.getByRole('heading', { level: 2, name: 'CBS-basis vóór de pilot (2019–2022)' }).waitFor();
    const row = page.locator('#cbs-baseline tbody tr', { hasText: 'Nieuwe kinderbeschermingsmaatregelen' });
    expect((await row.locator('td').nth(2).innerText()).replace(/\s+/g, ' ')).toBe(
      '29 (155 over 53.440 kindjaren) (afgerond door CBS)',
    );
    await row
      .getByRole('button', { name: 'Basis van Nieuwe kinderbeschermingsmaatregelen vullen uit CBS' })
      .click();
    await page
      .getByText(
        'De basis van Nieuwe kinderbeschermingsmaatregelen is gevuld uit CBS-cijfers vóór de pilot: 29 per 10.000 kinderen.',
      )
      .waitFor();
    await row.getByText('29 (2021-01 t/m 2022-12, CBS StatLine 82975NED', { exact: false }).waitFor();
    await expectNoAxeViolations(page);

    // the four pre-pilot years: a span over 48 months is refused with its message, 2019–2022 is
    // computed and filled (the demo's 2019–2020 add 190 over 53,760 child-years: 345 over 107,200)
    await page.getByLabel('CBS-basis vanaf').fill('2018-07');
    await page.getByLabel('CBS-basis tot en met').fill('2022-12');
    await page.getByRole('button', { name: 'CBS-basis berekenen' }).click();
    await page.getByText('Een CBS-basis beslaat ten hoogste 48 maanden (de vier jaren 2019–2022).').waitFor();
    await page.getByLabel('CBS-basis vanaf').fill('2019-01');
    await page.getByLabel('CBS-basis tot en met').fill('2022-12');
    await page.getByRole('button', { name: 'CBS-basis berekenen' }).click();
    await page.getByText('Berekend over 2019-01 t/m 2022-12.').waitFor();
    expect((await row.locator('td').nth(2).innerText()).replace(/\s+/g, ' ')).toBe(
      '32,2 (345 over 107.200 kindjaren) (afgerond door CBS)',
    );
    await row
      .getByRole('button', { name: 'Basis van Nieuwe kinderbeschermingsmaatregelen vullen uit CBS' })
      .click();
    await page
      .getByText(
        'De basis van Nieuwe kinderbeschermingsmaatregelen is gevuld uit CBS-cijfers vóór de pilot: 32,2 per 10.000 kinderen.',
      )
      .waitFor();
    await row.getByText('32,2 (2019-01 t/m 2022-12, CBS StatLine 82975NED', { exact: false }).waitFor();
    // the baseline of the region's own months stays 2021–2022
    await page.getByText('Nu: 2021-01 t/m 2022-12').waitFor();

    // put the demo back: the filled value cleared, the baseline to its default
    await row
      .getByRole('button', { name: 'CBS-basis van Nieuwe kinderbeschermingsmaatregelen wissen' })
      .click();
    await page.getByText('De gevulde basis is gewist.').waitFor();
    await page.getByLabel('Reden van de wijziging').fill('Terug na de browsertest');
    await page.getByRole('button', { name: 'Terug naar de standaard' }).click();
    await page.getByText('De basisperiode is opgeslagen.').waitFor();
    await page.context().close();
  });
});
