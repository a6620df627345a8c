/**
 * The monthly cycle as its users live it (issue 10): a coordinator completes and submits October by
 * keyboard alone, a manager finds it in "Te beoordelen" with its review summary at the top and
 * returns it, the coordinator sees the reason at the top of the report and has the e-mail; a manager
 * correcting a submitted report does so with a reason. axe on the queue and the messages page.
 */
import { describe, expect, test } from 'vitest';
import { DATA_ELEMENTS } from '#app/domain/catalogue';
import Database from 'better-sqlite3';
import { demoEmail, signedInPage } from './fixtures';
import {
  e2eDatabasePath,
  expectNoAxeViolations,
  fillReportByKeyboard,
  query,
  tabTo,
  valuesOf,
} from './harness';

const URL_WBW = '/regios/west-brabant-west/rapportages/2026-10';

describe('the monthly cycle', () => {
  test('submit by keyboard, find it in Te beoordelen, return it; the coordinator sees the reason at the top and has the e-mail', async () => {
    const coord = await signedInPage('coordinator.west-brabant-west');
    // The list says October is overdue (due 15 November, still a draft).
    await coord.goto('/regios/west-brabant-west/rapportages');
    // the list of reports, not the control chart's table of months on the same page
    const october = coord
      .getByRole('table', { name: /^Maandrapportages/ })
      .getByRole('row', { name: /oktober 2026/ });
    await expect(october.innerText()).resolves.toContain('Te laat');
    await expectNoAxeViolations(coord);

    const last = valuesOf('west-brabant-west', '2026-09');
    await coord.goto(URL_WBW);
    await coord.waitForLoadState('networkidle');
    await coord.keyboard.press('Tab');
    await coord.keyboard.press('Enter');
    // The first field is left empty on purpose: the pre-submit check must list it.
    const skipped = DATA_ELEMENTS[0]!;
    // Copied figures can stand out against the region's own history (the outlier rule on a stock that
    // moved in September): each warning is explained.
    await fillReportByKeyboard(coord, last, DATA_ELEMENTS, [skipped.code]);
    await tabTo(coord, 'button[value="submit"]', 200);
    await coord.keyboard.press('Enter');
    // Empty fields or warnings: the pre-submit check takes focus; its confirm button submits.
    const check = coord.getByRole('region', { name: 'Controleer voor het indienen' });
    await check.waitFor();
    expect(await coord.evaluate(() => document.activeElement?.classList.contains('pre-submit'))).toBe(true);
    await expect(check.getByRole('link', { name: skipped.label.nl }).count()).resolves.toBe(1);
    await expectNoAxeViolations(coord);
    await tabTo(coord, 'button[data-confirmed]', 80);
    await coord.keyboard.press('Enter');
    await coord.getByText('De rapportage is ingediend.').waitFor();

    const manager = await signedInPage('manager1');
    await manager
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Te beoordelen' })
      .click();
    await manager.waitForURL('**/te-beoordelen');
    await expectNoAxeViolations(manager);
    const queue = manager.getByRole('table', { name: 'Ingediende rapportages, oudste eerst' });
    const rows = await queue.getByRole('row').allInnerTexts();
    // header + FoodValley, Zeeland (submitted earlier) + West-Brabant West (just now), oldest first
    expect(rows).toHaveLength(4);
    expect(rows[3]).toContain('West-Brabant West, oktober 2026');
    await queue.getByRole('link', { name: 'West-Brabant West, oktober 2026' }).click();
    await manager.waitForURL(`**${URL_WBW}`);
    // The review summary and the controls come before the form.
    const summary = manager.getByRole('region', { name: 'Samenvatting voor de beoordeling' });
    await summary.waitFor();
    const order = await manager.evaluate(() => {
      const s = document.querySelector('.review-summary')!;
      const f = document.querySelector('form.report-form')!;
      const r = document.querySelector('.review-panel')!;
      return [
        s.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING,
        r.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING,
      ];
    });
    expect(order).toEqual([4, 4]);
    await expectNoAxeViolations(manager);
    await manager.getByLabel('Reden', { exact: true }).fill('Aantal teams klopt niet met september.');
    await manager.getByRole('button', { name: 'Terugsturen' }).click();
    await manager.getByText('De status is nu: teruggestuurd.').waitFor();

    await coord.goto(URL_WBW);
    const banner = coord.getByRole('region', { name: /^Teruggestuurd door Programmamanager Een op/ });
    await expect(banner.innerText()).resolves.toContain('Reden: Aantal teams klopt niet met september.');
    const bannerFirst = await coord.evaluate(() => {
      const b = document.querySelector('.workflow-banner')!;
      const f = document.querySelector('form.report-form')!;
      return Boolean(b.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(bannerFirst).toBe(true);
    // The e-mail is in the outbox (demo mode: no mail server) for this coordinator only.
    const mails = query<{ to_address: string; subject: string; body: string }>(
      "select to_address, subject, body from outbox where kind = 'returned'",
    );
    expect(mails.map((m) => [m.to_address, m.subject])).toEqual([
      [
        demoEmail('coordinator.west-brabant-west'),
        'Teruggestuurd: maandrapportage West-Brabant West oktober 2026',
      ],
    ]);
    expect(mails[0]!.body).toContain('Reden: Aantal teams klopt niet met september.');
    // The admin reads it on the Berichten page.
    const admin = await signedInPage('admin');
    await admin.goto('/beheer/berichten');
    await admin.getByText('Teruggestuurd: maandrapportage West-Brabant West oktober 2026').waitFor();
    await expectNoAxeViolations(admin);
    for (const p of [coord, manager, admin]) await p.context().close();
  }, 180_000); // every field typed by keyboard: 88 since issue 20

  test('a manager correcting a submitted report gives a reason; the timeline shows it', async () => {
    const manager = await signedInPage('manager2');
    await manager.goto('/regios/zeeland/rapportages/2026-10');
    await manager.waitForLoadState('networkidle');
    // Only the messages this correction writes (other browser tests correct other reports).
    const before = query<{ n: number | null }>('select max(id) as n from outbox')[0]?.n ?? 0;
    expect(await manager.getByRole('button', { name: 'Concept opslaan' }).count()).toBe(0);
    const intakes = manager.getByRole('textbox', { name: /^Nieuw ingestroomde gezinnen/ });
    await intakes.fill(String(Number((await intakes.inputValue()) || '0') + 1));
    await manager.getByRole('button', { name: 'Correctie opslaan' }).click();
    await manager.getByRole('alert').filter({ hasText: 'Geef de reden van de correctie op.' }).waitFor();
    await manager.getByLabel('Reden van de correctie').fill('Eén intake dubbel geteld in de bron.');
    await manager.getByRole('button', { name: 'Correctie opslaan' }).click();
    await manager.getByText(/De correctie is opgeslagen\. Gewijzigde waarden: 1\./).waitFor();
    await expect(
      manager.getByRole('list').filter({ hasText: 'corrigeerde de ingediende rapportage' }).innerText(),
    ).resolves.toContain('Eén intake dubbel geteld in de bron.');
    const mails = query<{ to_address: string }>(
      "select to_address from outbox where kind = 'corrected' and id > ?",
      before,
    );
    expect(mails).toEqual([{ to_address: demoEmail('coordinator.zeeland') }]);
    await manager.context().close();
  });

  test('the compact form: at most a third of the old height on a desktop, section counts as you type, axe clean with errors and warnings shown', async () => {
    const page = await signedInPage('coordinator.utrecht', { viewport: { width: 1280, height: 800 } });
    await page.goto('/regios/utrecht/rapportages/2026-10');
    await page.waitForLoadState('networkidle');
    // The form itself (every field, the sticky actions); the timeline and change list below it grow
    // with the report's history, which other browser tests add to. So do the plausibility warnings
    // (other tests type figures such as 1234 signals into this month): measured without them.
    const [height, pageHeight, warningCount] = await page.evaluate(() => {
      const warnings = [...document.querySelectorAll<HTMLElement>('form.report-form .warning')];
      for (const w of warnings) w.style.display = 'none';
      const h = Math.round(document.querySelector('form.report-form')!.getBoundingClientRect().height);
      for (const w of warnings) w.style.display = '';
      return [h, document.documentElement.scrollHeight, warnings.length];
    });
    console.log(
      `[figures] report form height at 1280 px: ${height} px for ${DATA_ELEMENTS.length} elements without its ${warningCount} warnings (the 52-element form was ~11,800 px; target <= 3,933); whole page ${pageHeight} px`,
    );
    expect(height).toBeLessThanOrEqual(Math.floor(11_800 / 3));
    const nav = page.getByRole('navigation', { name: 'Onderdelen van de rapportage' });
    const total = DATA_ELEMENTS.length;
    const filled = Object.values(valuesOf('utrecht', '2026-10')).filter((v) => v !== null).length;
    await expect(nav.innerText()).resolves.toContain(`${filled} van ${total} ingevuld`);
    // The help is there on demand, not open.
    const help = page.locator('details.field-help summary').first();
    expect(await page.locator('details.field-help[open]').count()).toBe(0);
    await help.click();
    expect(await page.locator('details.field-help[open]').count()).toBe(1);
    // A warning as you type (the domain's soft rule in the browser), then a hard error on save;
    // both counted in their section.
    // The workforce section may already carry warnings from the month’s figures: count from there.
    const workforce = nav.getByRole('listitem').filter({ hasText: 'Arbeidsmarkt' });
    const warningsIn = async () => Number(/(\d+) waarschuwing/.exec(await workforce.innerText())?.[1] ?? '0');
    const warningsBefore = await warningsIn();
    const filledFte = page.getByRole('textbox', { name: /^Bezette formatie/ });
    const budget = page.getByRole('textbox', { name: /^Begrote formatie/ });
    await budget.fill('10');
    await filledFte.fill('12');
    await filledFte.blur();
    await page
      .getByText(/is hoger dan begrote formatie/)
      .first()
      .waitFor();
    // FTE above budget, and a budget of 10 may also stand out against its own history
    await expect.poll(warningsIn).toBeGreaterThan(warningsBefore);
    await page.getByRole('textbox', { name: /^Nieuwe veiligheidssignalen/ }).fill('abc');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Er is een probleem' }).waitFor();
    await nav.getByRole('listitem').first().getByText('1 fout(en)').waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  test('Te doen: each role’s start page lists what waits for them, axe clean', async () => {
    const cases = [
      ['coordinator.west-brabant-west', 'Maandrapportages in te vullen'],
      ['manager2', 'Te beoordelen:'],
      ['reviewer', 'Laatste goedgekeurde kwartaal'],
    ] as const;
    for (const [user, heading] of cases) {
      const page = await signedInPage(user);
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Te doen' })
        .click();
      await page.waitForURL('**/te-doen');
      await page.getByRole('heading', { name: new RegExp(`^${heading}`) }).waitFor();
      await expectNoAxeViolations(page);
      await page.context().close();
    }
  });
});

describe("the reviewer's start page", () => {
  /** Sets the reviewer's last visit in the server's database (the visit state lives there). */
  function setReviewerVisit(lastVisitAt: string | null) {
    const db = new Database(e2eDatabasePath(), { fileMustExist: true });
    try {
      db.prepare('update users set last_visit_at = ?, previous_visit_at = null where email = ?').run(
        lastVisitAt,
        demoEmail('reviewer'),
      );
    } finally {
      db.close();
    }
  }

  test('a first visit says so; after a visit that ended on 1 October it lists what was approved or changed since; axe clean', async () => {
    setReviewerVisit(null);
    const page = await signedInPage('reviewer');
    expect(new URL(page.url()).pathname).toBe('/te-doen');
    const changes = page.getByRole('region', { name: 'Nieuw sinds uw vorige bezoek' });
    await expect(changes.innerText()).resolves.toContain('Dit is uw eerste bezoek.');
    await expect(changes.getByRole('listitem').count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    setReviewerVisit('2026-10-01T00:00:00.000Z');
    await page.goto('/te-doen');
    await expect(changes.innerText()).resolves.toContain('Uw vorige bezoek eindigde op 01-10-2026 02:00.');
    // Utrecht's September was approved in October: its third quarter is new, as a whole quarter
    // (never a single month: a reviewer is shown quarters only).
    await changes.getByRole('link', { name: 'Utrecht, 3e kwartaal 2026' }).waitFor();
    expect(await changes.getByRole('link', { name: /oktober|september/ }).count()).toBe(0);
    await changes.getByRole('heading', { name: 'Gewijzigde definities' }).waitFor();
    await expectNoAxeViolations(page);
    await changes.getByRole('link', { name: 'Utrecht, 3e kwartaal 2026' }).click();
    await page.waitForURL('**/regios/utrecht?period=2026-Q3');
    await page.context().close();
  });
});
