/**
 * The reviewer sees the CBS reference in the outcomes block of a region (issue 24): with the
 * recorded CBS figures of test/cbs-comparison-fixture.ts stored in this file's own database,
 * Zeeland's new measures of 2026-Q3 compare with the rest of its youth-care region: 30 per 10,000
 * in CBS's second half of 2026 (provisional), 40 in its 2023 baseline, a change of −10.
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, test } from 'vitest';
import { storeComparisonFixture } from '#test/cbs-comparison-fixture';
import { signedInPage } from './fixtures';
import { e2eDatabasePath, expectNoAxeViolations, openPage } from './harness';

beforeAll(() => {
  const db = new Database(e2eDatabasePath(), { fileMustExist: true });
  try {
    storeComparisonFixture(db);
  } finally {
    db.close();
  }
});

describe('the reference column in the outcomes block', () => {
  test('the reviewer sees the rest of the youth-care region beside new measures, with the caveat; axe clean', async () => {
    const page = await signedInPage('reviewer');
    const res = await page.goto('/regios/zeeland?period=2026-Q3');
    expect(res?.status()).toBe(200);
    const section = page.locator('section.outcome-references');
    await section.getByRole('heading', { name: 'Vergelijking met CBS-cijfers' }).waitFor();
    const row = section.locator('tbody tr', { hasText: 'Nieuwe kinderbeschermingsmaatregelen' });
    const cells = (await row.locator('td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());
    expect(cells[0]).toBe('rest van de jeugdzorgregio, 2e halfjaar 2026');
    // 15 over 5000 child-years: Garwood χ²(0.025; 30)/2 = 8.3954, χ²(0.975; 32)/2 = 24.7402 → 16.8–49.5
    expect(cells[1]).toBe('30 (16,8–49,5) (voorlopig)');
    expect(cells[2]).toBe('40');
    expect(cells[3]).toBe('−10');
    // the difference in change from the reviewer's rounded counts, with its interval and verdict
    expect(cells[4]).toMatch(
      /^[−+±][\d,]+ \(.+\) (binnen toevalsvariatie|meer gestegen dan de referentie|meer gedaald dan de referentie)$/,
    );
    expect(cells[5]).toBe('20 / 30');
    await section
      .getByText('CBS telt naar de gemeente waar het kind staat ingeschreven', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  test('the reviewer sees the Netherlands as a reference line beside new measures on the compare page', async () => {
    const page = await signedInPage('reviewer');
    const res = await page.goto('/vergelijken?what=measures_rate&from=2026-Q2&to=2026-Q3');
    expect(res?.status()).toBe(200);
    const row = page.locator('tr[data-reference="cbs-child_protection_started-NL01"]').first();
    await row.waitFor();
    // 2026-Q2: no CBS figure for the first half of 2026 (unknown, not 0); 2026-Q3: 90
    const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
    expect(cells[cells.length - 1]).toBe('90');
    expect(cells[0]).not.toBe('0');
    expect(await row.locator('th').innerText()).toContain('Jeugdbeschermingstrajecten; regio, NL01');
    await page.context().close();
  });
});

// Last in this file: the matched group chosen here replaces the rest of the region above.
describe('an experiment against the matched group', () => {
  test('the reviewer sees Zeeland’s change beside Delta’s in the CBS rate, with what it does not prove, and why the indicator has none; axe clean', async () => {
    const db = new Database(e2eDatabasePath(), { fileMustExist: true });
    let id: number;
    try {
      const zeeland = (db.prepare(`select id from regions where slug = 'zeeland'`).get() as { id: number })
        .id;
      // Delta in 2024: 4 + 2 trajectories over 3000 children: 20.0 (2023: 12 over 3000: 40.0)
      const imp = db
        .prepare(`insert into cbs_imports (source, status, summary) values ('file', 'approved', '{}')`)
        .run().lastInsertRowid;
      const cell = db.prepare(
        `insert into cbs_observations (table_id, measure, region_code, period, value, status, rounded, import_id)
         values (?, ?, 'GM0020', ?, ?, 'final', 0, ?)`,
      );
      cell.run('03759ned', 'population_0_17', '2024JJ00', 3000, imp);
      cell.run('82975NED', 'child_protection_started', '2024HJ01', 4, imp);
      cell.run('82975NED', 'child_protection_started', '2024HJ02', 2, imp);
      db.prepare(
        `insert into comparison_group_choices (region_id, municipalities, reason) values (?, '["GM0020"]', 'e2e')`,
      ).run(zeeland);
      id = Number(
        db
          .prepare(
            `insert into experiments (region_id, title, principles, themes, partners, status, status_since, start_date, indicators)
             values (?, 'Minder maatregelen (vergelijkbare gemeenten)', '["family"]', '[]', '[]', 'lopend', '2024-01-01', '2024-01-01', '["measures_rate", "one_contact"]')`,
          )
          .run(zeeland).lastInsertRowid,
      );
    } finally {
      db.close();
    }
    const page = await signedInPage('reviewer');
    expect(await openPage(page, `/experimenten/${id}`)).toBe(200);
    const section = page.locator('section.matched-group-effect', { hasText: 'Delta' });
    await section.getByRole('heading', { name: 'Tegen vergelijkbare gemeenten (CBS)' }).waitFor();
    const row = section.locator('tbody tr', { hasText: 'Vergelijkbare gemeenten (CBS): Delta' });
    const cells = (await row.locator('td').allInnerTexts()).map((c) => c.replace(/\s+/g, ' ').trim());
    expect(cells).toEqual([
      '40 (1e halfjaar 2023, 2e halfjaar 2023; 12 trajecten over 3.000 kindjaren)',
      '20 (1e halfjaar 2024, 2e halfjaar 2024; 6 trajecten over 3.000 kindjaren)',
      '−20',
    ]);
    await section
      .getByText('Wat het niet bewijst: dat het experiment de oorzaak is', { exact: false })
      .waitFor();
    // the indicator it also names has no CBS measure: the reason stands where a blank would be
    await page
      .locator('section.matched-group-effect', { hasText: 'geen CBS-maat voor deze indicator' })
      .getByRole('heading', { name: 'Tegen vergelijkbare gemeenten (CBS)' })
      .waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
