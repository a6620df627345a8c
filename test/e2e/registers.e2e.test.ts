import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BOTTLENECK_FIELDS, enteredFields } from '#app/domain/register-fields';
import { signedInPage } from './fixtures';
import { e2eDatabasePath, expectNoAxeViolations } from './harness';

const TITLE = 'Buurtgerichte veiligheidsronde Walcheren';
const BN_TITLE = 'Geen grondslag voor gezamenlijke veiligheidsronde';
const LESSONS = 'Een vaste ronde per buurt werkt alleen als de GI aan tafel zit. Plan de ronde vooraf in.';

function experimentRow(title: string) {
  const db = new Database(e2eDatabasePath(), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('select id, status, outcome, lessons, version from experiments where title = ?')
      .get(title) as
      | { id: number; status: string; outcome: string | null; lessons: string | null; version: number }
      | undefined;
  } finally {
    db.close();
  }
}

async function saveAndWait(page: Page, path: RegExp) {
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForURL(path);
  await page.waitForLoadState('networkidle');
  await page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
}

async function moveTo(page: Page, status: string) {
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await page.waitForURL(/\/bewerken$/);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Status', { exact: true }).selectOption(status);
  await saveAndWait(page, /\/experimenten\/\d+\?saved=1$/);
}

describe('registers in the browser', () => {
  test('a coordinator runs an experiment to its close and links a bottleneck; a manager sees both; the lessons are shared', async () => {
    const page = await signedInPage('coordinator.zeeland');

    await page.goto('/experimenten/nieuw');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page
      .getByLabel('Wat willen we leren (hypothese)')
      .fill('Samen in de buurt zien we onveiligheid eerder.');
    await page.getByLabel('Gezinsgericht', { exact: true }).check();
    await page.getByLabel('Lerend', { exact: true }).check();
    await page.getByLabel('Lokaal team', { exact: true }).first().check();
    await saveAndWait(page, /\/experimenten\/\d+\?saved=1$/);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(experimentRow(TITLE)?.status).toBe('idee');

    await moveTo(page, 'voorbereiding');
    await moveTo(page, 'lopend');
    await moveTo(page, 'evaluatie');
    expect(experimentRow(TITLE)).toMatchObject({ status: 'evaluatie', version: 4 });
    await expectNoAxeViolations(page);

    // Closing without an evaluation: a clear error, nothing stored.
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.waitForURL(/\/bewerken$/);
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Status', { exact: true }).selectOption('geborgd');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const summaryText = await summary.textContent();
    expect(summaryText).toContain('Er is een probleem');
    expect(summaryText).toContain(
      'Een experiment afsluiten (geborgd of gestopt) kan pas na de evaluatie: kies de uitkomst.',
    );
    expect(summaryText).toContain('beschrijf de geleerde lessen.');
    await expectNoAxeViolations(page);
    expect(experimentRow(TITLE)).toMatchObject({ status: 'evaluatie', version: 4 });

    await page.getByLabel('Uitkomst van de evaluatie').selectOption('effectief');
    await page.getByLabel('Geleerde lessen').fill(LESSONS);
    await saveAndWait(page, /\/experimenten\/\d+\?saved=1$/);
    expect(experimentRow(TITLE)).toMatchObject({ status: 'geborgd', outcome: 'effectief', lessons: LESSONS });
    const history = await page.locator('.history-table').textContent();
    expect(history).toContain('Evaluatie');
    expect(history).toContain('Geborgd');

    // A bottleneck linked to the experiment, from its detail page.
    await page.getByRole('link', { name: 'Nieuw knelpunt' }).click();
    await page.waitForURL(/\/knelpunten\/nieuw\?experiment=\d+$/);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await page.getByLabel('Titel', { exact: true }).fill(BN_TITLE);
    await page.getByLabel('Wettelijk kader').selectOption('avg');
    await page.getByLabel('Basisprincipe dat wordt geraakt').selectOption('simple');
    await page.getByLabel('Ernst').selectOption('hoog');
    expect(await page.getByLabel(`${TITLE} (Zeeland)`).isChecked()).toBe(true);
    await saveAndWait(page, /\/knelpunten\/\d+\?saved=1$/);
    await page.getByRole('link', { name: TITLE }).waitFor();
    await expectNoAxeViolations(page);
    await page.close();

    // The manager sees both, the link on both detail pages, and the lessons on the lessons page.
    const manager = await signedInPage('manager1');
    await manager.goto(`/experimenten?q=${encodeURIComponent('veiligheidsronde Walcheren')}`);
    expect(await manager.locator('#result-count').textContent()).toBe('1 experimenten gevonden');
    await expectNoAxeViolations(manager);
    await manager.getByRole('link', { name: TITLE }).click();
    await manager.waitForURL(/\/experimenten\/\d+$/);
    await manager.getByRole('link', { name: BN_TITLE }).waitFor();
    await manager.getByRole('link', { name: 'Bewerken' }).waitFor();

    await manager.goto('/knelpunten?framework=avg&q=grondslag');
    await manager.getByRole('link', { name: BN_TITLE }).waitFor();
    await expectNoAxeViolations(manager);

    await manager.goto('/experimenten/lessen?principle=learning');
    await manager.getByText(LESSONS).waitFor();
    await expectNoAxeViolations(manager);

    await manager.goto('/knelpunten/overzicht');
    await manager.waitForLoadState('networkidle');
    expect(await manager.locator('#by-framework-table tfoot td').last().textContent()).toBe('22');
    await expectNoAxeViolations(manager);
    await manager.close();
  });

  test('the bottleneck form as its list builds it: Tab follows the list, a title typed after an error stays whole, the CSV opens with its columns', async () => {
    const page = await signedInPage('coordinator.zeeland');
    await page.goto('/knelpunten/nieuw');
    await page.waitForLoadState('networkidle');

    // Tab from the first field visits the fields in the order of BOTTLENECK_FIELDS.
    await page.locator('select[name="regionId"]').focus();
    const visited: string[] = ['regionId'];
    for (let i = 0; i < 60 && visited.at(-1) !== 'experimentIds'; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
      if (name && name !== visited.at(-1)) visited.push(name);
    }
    expect(visited).toEqual(enteredFields(BOTTLENECK_FIELDS).map((f) => f.name));

    // Saving without a title: the error at the field and in the summary; nothing stored.
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Geef een titel van 3 tot 200 tekens.',
    );
    const title = page.getByLabel('Titel', { exact: true });
    expect(await title.getAttribute('aria-invalid')).toBe('true');

    // Typed key by key after the error, the whole title stays and the error at the field goes.
    await title.click();
    await page.keyboard.type('Wachttijd voor de kinderrechter', { delay: 20 });
    expect(await title.inputValue()).toBe('Wachttijd voor de kinderrechter');
    await page.waitForFunction(() => !document.querySelector('input[name="title"][aria-invalid="true"]'));
    await page.getByLabel('Wettelijk kader').selectOption('bw1');
    await page.getByLabel('Basisprincipe dat wordt geraakt').selectOption('legal');
    await page.getByLabel('Ernst').selectOption('middel');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/knelpunten\/\d+\?saved=1$/);
    await page.getByRole('heading', { level: 1, name: 'Wachttijd voor de kinderrechter' }).waitFor();

    // The CSV as a Dutch spreadsheet reads it: a byte-order mark, semicolons, the list's columns.
    const csv = await page.request.get('/knelpunten.csv?region=zeeland');
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'id;Regio;Titel;Beschrijving;Wettelijk kader;Artikel;Basisprincipe dat wordt geraakt;Ernst;Status;' +
        'Status sinds;Gesignaleerd op;Afgehandeld op;Looptijd (dagen);Voorgestelde oplossing',
    );
    const row = lines.find((l) => l.includes('Wachttijd voor de kinderrechter'))!.split(';');
    expect(row.slice(1, 9)).toEqual([
      'Zeeland',
      'Wachttijd voor de kinderrechter',
      '',
      'Burgerlijk Wetboek Boek 1',
      '',
      'Rechtsbeschermend en transparant',
      'Middel',
      'Gesignaleerd',
    ]);
    await page.close();
  });
});
