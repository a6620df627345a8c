/**
 * The monthly cycle walked through by every role, second round (issue 28): hard rules as the user
 * leaves a field, no warning for an unchanged value, the confirmation after a submit, nothing
 * covering an input, the quarterly narratives in the cycle, local dates, one current menu item, the
 * import of a month not yet started and the smaller defects. Each test failed before its fix.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { lastEndedQuarter } from '#app/domain/aggregation';
import { lastEndedPeriod } from '#app/domain/periods';
import { formatMonth, formatQuarter } from '#app/utils/format';
import { type DemoUser, signedInPage } from './fixtures';
import { expectNoAxeViolations, openPage, query, valuesOf } from './harness';

const FORM = '/regios/utrecht/rapportages/2026-10';
// The narrative due is that of the last ended quarter by the server's clock, as the test reads it.
const QUARTER = lastEndedQuarter(new Date());
const QUARTER_NL = formatQuarter(QUARTER, 'nl');

/** ISO dates, times and quarter codes in a page's main text (none belong on a page). */
async function codesOn(page: Page): Promise<string[]> {
  const text = await page.locator('main').innerText();
  return [
    ...(text.match(/\b\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?\b/g) ?? []),
    ...(text.match(/\b\d{4}-Q[1-4]\b/g) ?? []),
    ...(text.match(/\bpercent\b/g) ?? []),
  ];
}

describe('the monthly cycle, round two', () => {
  test('1. a hard rule is checked as the user leaves the field, counted in its section and blocks the submit', async () => {
    const page = await signedInPage('coordinator.utrecht');
    await openPage(page, FORM);
    const before = valuesOf('utrecht', '2026-10').petitions_reviewed;
    const field = page.getByRole('textbox', { name: /^Verzoekschriften met onafhankelijke toets/ });
    await field.fill('999');
    await field.press('Tab');
    const id = (await field.getAttribute('id'))!;
    const message = page.locator(`#${id}-error`);
    await message.waitFor({ timeout: 5000 });
    await expect(message.innerText()).resolves.toMatch(/kan niet groter zijn dan/);
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    // The section's heading in the section list counts it.
    const section = page.getByRole('navigation', { name: 'Onderdelen' });
    await expect(section.innerText()).resolves.toMatch(/1 fout/);
    // "Controleer voor het indienen" lists it first and offers no way past it.
    await page.getByRole('button', { name: 'Indienen', exact: true }).click();
    const check = page.getByRole('region', { name: 'Controleer voor het indienen' });
    await check.waitFor();
    const first = check.locator('ul').first();
    await expect(first.innerText()).resolves.toMatch(/Verzoekschriften met onafhankelijke toets/);
    await expect(check.getByRole('button', { name: 'Toch indienen' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    // Nothing was stored.
    expect(valuesOf('utrecht', '2026-10').petitions_reviewed).toBe(before);
    await page.context().close();
  });

  test('2. last month’s value never warns; the seeded reports in the queue carry no unexplained warnings', async () => {
    const page = await signedInPage('coordinator.west-brabant-west');
    await openPage(page, '/regios/west-brabant-west/rapportages/2026-10');
    const september = valuesOf('west-brabant-west', '2026-09');
    const field = page.getByRole('textbox', { name: /^Kinderen met een lopende maatregel/ });
    await field.fill(String(september.children_with_measure));
    await field.press('Tab');
    await page.waitForTimeout(300);
    const id = (await field.getAttribute('id'))!;
    await expect(page.locator(`#${id}-warning`).count()).resolves.toBe(0);
    await page.context().close();

    const manager = await signedInPage('manager1');
    await openPage(manager, '/te-beoordelen');
    const rows = await manager.locator('table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        report: tr.querySelector('th')!.textContent!.trim(),
        warnings: tr.querySelectorAll('td')[2]!.textContent!.trim(),
      })),
    );
    const seeded = rows.filter((r) => /FoodValley|Zeeland/.test(r.report));
    expect(seeded.length).toBe(2);
    for (const r of seeded) {
      const [, count, explained] = r.warnings.match(/^(\d+) \((\d+)\)$/)!;
      expect({ report: r.report, unexplained: Number(count) - Number(explained) }).toEqual({
        report: r.report,
        unexplained: 0,
      });
    }
    await manager.context().close();
  });

  test('3. after "Toch indienen" focus and view are on the confirmation', async () => {
    const page = await signedInPage('coordinator.utrecht');
    await openPage(page, FORM);
    await page.getByRole('button', { name: 'Indienen', exact: true }).click();
    const check = page.getByRole('region', { name: 'Controleer voor het indienen' });
    await check.waitFor();
    // Explain any warning the seeded figures raise, as a coordinator would.
    for (const box of await page.locator('textarea[name^="uitleg-"]').all())
      await box.fill('Gecontroleerd bij de bron.');
    await check.getByRole('button', { name: 'Toch indienen' }).click();
    const done = page.getByText('De rapportage is ingediend.');
    await done.waitFor();
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return {
        focusText: el.textContent ?? '',
        tag: el.tagName,
        inView: r.top >= 0 && r.bottom <= window.innerHeight,
      };
    });
    expect(state.tag).not.toBe('BODY');
    expect(state.focusText).toContain('De rapportage is ingediend.');
    expect(state.inView).toBe(true);
    expect(
      query<{ status: string }>(
        `select r.status from reports r join regions g on g.id = r.region_id
       where g.slug = 'utrecht' and r.period = '2026-10'`,
      ),
    ).toEqual([{ status: 'ingediend' }]);
    await page.context().close();
  });

  test('4. no element covers an input of the report form at any width from 320 to 1920 px', async () => {
    const page = await signedInPage('coordinator.foodvalley');
    const covered: Record<number, string[]> = {};
    for (const width of [320, 390, 768, 1024, 1280, 1366, 1600, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      // A month the coordinator can still edit (FoodValley's September is approved: read-only fields
      // are inputs too, and must not be covered either).
      await openPage(page, '/regios/foodvalley/rapportages/2026-09');
      const hits = await page.evaluate(() => {
        const out: string[] = [];
        for (const input of document.querySelectorAll<HTMLElement>(
          'main input:not([type=hidden]), main textarea',
        )) {
          input.scrollIntoView({ block: 'center' });
          const r = input.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          for (const [x, y] of [
            [r.left + 3, r.top + 3],
            [r.right - 3, r.top + 3],
            [r.left + r.width / 2, r.top + r.height / 2],
            [r.left + 3, r.bottom - 3],
            [r.right - 3, r.bottom - 3],
          ] as const) {
            const top = document.elementFromPoint(x, y);
            if (top && top !== input && !input.contains(top)) {
              out.push(`${input.id || input.getAttribute('name')} under ${top.className || top.tagName}`);
              break;
            }
          }
        }
        return out;
      });
      if (hits.length) covered[width] = hits;
    }
    expect(covered).toEqual({});
    await page.context().close();
  });

  test('7. the menu marks exactly one item on /vergelijken and /referenties', async () => {
    const page = await signedInPage('manager1');
    const marked: Record<string, string[]> = {};
    for (const path of ['/vergelijken', '/referenties', '/overzicht']) {
      await openPage(page, path);
      marked[path] = await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .locator('[aria-current="page"]')
        .allInnerTexts();
    }
    expect(marked).toEqual({
      '/vergelijken': ['Vergelijken'],
      '/referenties': ['Referentiecijfers'],
      '/overzicht': ['Overzicht'],
    });
    await page.context().close();
  });

  test('5. a quarterly narrative is linked when due, waits on the manager’s lists and gives the reports’ feedback', async () => {
    const page = await signedInPage('coordinator.utrecht');
    const link = `Kwartaalverhaal ${QUARTER_NL}`;
    for (const path of ['/regios/utrecht', '/regios/utrecht/rapportages', '/te-doen']) {
      await openPage(page, path);
      await expect(page.locator('main').getByRole('link', { name: link }).count()).resolves.toBe(1);
      await expectNoAxeViolations(page);
    }
    await page.locator('main').getByRole('link', { name: link }).click();
    await page.waitForURL(`**/regios/utrecht/verhaal/${QUARTER}`);
    await page.getByLabel('Context bij de cijfers').fill('Meer signalen door de nieuwe meldroute.');
    await page.getByRole('button', { name: 'Indienen' }).click();
    await page.getByText('Het kwartaalverhaal is ingediend.').waitFor();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('Het kwartaalverhaal is ingediend.');
    await page.context().close();

    const manager = await signedInPage('manager1');
    const entry = `Utrecht, ${QUARTER_NL}`;
    for (const path of ['/te-doen', '/te-beoordelen']) {
      await openPage(manager, path);
      await expect(manager.locator('main').getByRole('link', { name: entry }).count()).resolves.toBe(1);
      await expectNoAxeViolations(manager);
    }
    await manager.locator('main').getByRole('link', { name: entry }).click();
    await manager.waitForURL(`**/regios/utrecht/verhaal/${QUARTER}`);
    await manager.getByRole('button', { name: 'Goedkeuren' }).click();
    await manager.getByText('Het kwartaalverhaal is goedgekeurd.').waitFor();
    const historyBox = manager.getByRole('region', { name: 'Geschiedenis' });
    await historyBox.getByText(/goedgekeurd door/).waitFor();
    const history = await historyBox.innerText();
    expect(history).toMatch(/ingediend door Coördinator Utrecht op \d{2}-\d{2}-\d{4} \d{2}:\d{2}: ingediend/);
    expect(history).toMatch(/goedgekeurd door .+ op \d{2}-\d{2}-\d{4} \d{2}:\d{2}: goedgekeurd/);
    expect(await codesOn(manager)).toEqual([]);
    await expectNoAxeViolations(manager);
    // Approved: off the manager's lists.
    await openPage(manager, '/te-beoordelen');
    await expect(manager.locator('main').getByRole('link', { name: entry }).count()).resolves.toBe(0);
    await manager.context().close();
  });

  test('6. dates, periods and units in words and local time: references, indicator, region admin, reviewer pages', async () => {
    const found: Record<string, string[]> = {};
    const visit = async (user: DemoUser, paths: string[]) => {
      const page = await signedInPage(user);
      for (const path of paths) {
        await openPage(page, path);
        const codes = await codesOn(page);
        if (codes.length) found[path] = codes;
      }
      return page;
    };
    const manager = await visit('manager1', ['/referenties', '/indicatoren/triage_on_time']);
    await openPage(manager, '/referenties');
    await expectNoAxeViolations(manager);
    await manager.context().close();
    const admin = await visit('admin', ['/beheer/regios/utrecht']);
    await admin.context().close();
    const reviewer = await visit('reviewer', ['/te-doen', '/overzicht', '/voortgang']);
    await reviewer.context().close();
    expect(found).toEqual({});
  });

  test('8. the template’s month can be imported even when not started; every error of a file at once, the region by name', async () => {
    const page = await signedInPage('coordinator.utrecht');
    const template = await (await page.request.get('/export/sjabloon.csv?region=utrecht')).text();
    const month = template.split(/\r?\n/)[1]!.split(';')[1]!;
    expect(month).toBe(lastEndedPeriod(new Date()));
    const started = () =>
      query<{ status: string }>(
        `select r.status from reports r join regions g on g.id = r.region_id
         where g.slug = 'utrecht' and r.period = ?`,
        month,
      );
    const before = started();
    await openPage(page, '/regios/utrecht/import');
    // Three problems in one file: all three are listed, the region by its name.
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'utrecht.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `regio;periode;element;waarde\nutrecht;${month};signals_new;120\nutrecht;${month};nonsense;1\n` +
          `utrecht;2019-01;signals_new;5\nutrecht;${month};intakes;abc\n`,
      ),
    });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Fouten in het bestand: 3. Er is niets opgeslagen.').waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('nonsense');
    expect(main).toMatch(/Utrecht rapporteert over januari 2019 niet/);
    expect(main).not.toMatch(/utrecht 20/);
    await expectNoAxeViolations(page);
    expect(started()).toEqual(before);
    // The template's month, filled in: the import starts it if nobody did.
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'utrecht.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `regio;periode;element;waarde\nutrecht;${month};signals_new;120\nutrecht;${month};intakes;14\n`,
      ),
    });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByRole('heading', { name: 'Wat er verandert' }).waitFor();
    await page.getByRole('button', { name: 'Doorvoeren' }).click();
    await page.getByText(/De import is doorgevoerd\. Gewijzigde waarden: 2\./).waitFor();
    expect(valuesOf('utrecht', month)).toMatchObject({ signals_new: 120, intakes: 14 });
    expect(started()[0]?.status).toBe(before[0]?.status ?? 'concept');
    await page
      .getByRole('link', {
        name: `Rapportage ${formatMonth(month, 'nl')} openen om te controleren en in te dienen`,
      })
      .waitFor();
    await page.context().close();
  });

  test('9. smaller: the manager’s view of a submitted report, a correction’s count, English titles, the regions form', async () => {
    const page = await signedInPage('manager1');
    await openPage(page, '/regios/foodvalley/rapportages/2026-10');
    const main = await page.locator('main').innerText();
    expect(main).not.toContain('Een concept kunt u opslaan');
    expect(main).not.toContain('Vul per gegeven het aantal');
    await expect(
      page.getByRole('textbox', { name: 'Toelichting (verplicht bij indienen)' }).count(),
    ).resolves.toBe(0);
    // A correction of one value says so without "(1 waarden)".
    const field = page.getByRole('textbox', { name: /^Nieuwe veiligheidssignalen/ });
    await field.fill(String((valuesOf('foodvalley', '2026-10').signals_new ?? 0) + 1));
    await page.getByLabel('Reden van de correctie').fill('Telfout in het bronbestand hersteld.');
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.getByText(/De correctie is opgeslagen/).waitFor();
    const notice = await page.getByText(/De correctie is opgeslagen/).innerText();
    expect(notice).not.toMatch(/1 waarden/);
    expect(notice).toContain('Gewijzigde waarden: 1.');
    // Titles follow the language.
    await openPage(page, '/overzicht');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('button', { name: 'Nederlands' }).waitFor();
    const titles: string[] = [];
    for (const path of ['/te-doen', '/te-beoordelen', '/regios/foodvalley/rapportages/2026-10']) {
      await openPage(page, path);
      titles.push(await page.title());
    }
    expect(titles).toEqual([
      'To do · Proeftuinmonitor',
      'To review · Proeftuinmonitor',
      'FoodValley, October 2026 · Proeftuinmonitor',
    ]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.waitForLoadState('networkidle');
    await page.context().close();

    // The regions form, sent empty: each message names its field, none is repeated.
    const admin = await signedInPage('admin');
    await openPage(admin, '/beheer/regios');
    await admin.getByRole('button', { name: /toevoegen/i }).click();
    const summary = admin.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await summary.waitFor();
    const items = await summary.getByRole('listitem').allInnerTexts();
    expect(items.length).toBeGreaterThan(1);
    expect(new Set(items).size).toBe(items.length);
    expect(items.filter((i) => /JJJJ-MM/.test(i))).toEqual([
      'Vul bij ‘Rapporteert vanaf (maand)’ een maand in als JJJJ-MM, bijvoorbeeld 2027-01.',
      'Vul bij ‘Start van de proeftuin (maand)’ een maand in als JJJJ-MM, bijvoorbeeld 2027-01.',
      'Vul bij ‘Geldt vanaf (maand)’ een maand in als JJJJ-MM, bijvoorbeeld 2027-01.',
    ]);
    await expectNoAxeViolations(admin);
    await admin.context().close();
  });
});
