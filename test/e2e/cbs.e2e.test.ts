/**
 * The CBS import in the browser (issue 24): a manager uploads a recorded StatLine table (the CSV with
 * codes of test/fixtures/cbs), sees the dry run with nothing stored, approves, and sees it stored
 * with its licence. Axe clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { signedInPage } from './fixtures';
import { expectNoAxeViolations, query } from './harness';

const CSV = fs.readFileSync(path.join(process.cwd(), 'test/fixtures/cbs/85361NED.csv'));

describe('CBS figures: upload, dry run, approval', () => {
  test('a manager uploads a recorded table, checks the dry run and stores it all at once', async () => {
    const page = await signedInPage('manager');
    await page.goto('/referenties');
    await page.getByRole('link', { name: 'CBS-cijfers per gemeente ophalen of inlezen' }).click();
    await page.getByRole('heading', { level: 1, name: 'CBS-cijfers' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Tabel', { exact: true }).selectOption('85361NED');
    await page
      .getByLabel('Bestanden', { exact: true })
      .setInputFiles({ name: '85361NED.csv', mimeType: 'text/csv', buffer: CSV });
    await page.getByRole('button', { name: 'Inlezen en controleren' }).click();
    await page.getByRole('heading', { name: 'Controle: nog niet opgeslagen' }).waitFor();
    await expectNoAxeViolations(page);
    const row = page.locator('#cbs-dry-run tbody tr');
    // table, modified, periods, municipalities, cells, provisional, secret, rounded, new, replaced, → final, unchanged
    expect((await row.locator('td').allInnerTexts()).map((s) => s.trim())).toEqual([
      '—',
      '2023',
      '3',
      '4',
      '3',
      '1',
      '4',
      '3',
      '0',
      '0',
      '1',
    ]);
    // nothing stored yet
    expect(query("select count(*) as n from cbs_observations where table_id = '85361NED'")).toEqual([
      { n: 1 },
    ]);
    await page.getByRole('button', { name: 'Goedkeuren en opslaan' }).click();
    await page
      .getByText(
        'De CBS-cijfers zijn opgeslagen: 3 nieuw, 0 vervangen (de oude waarden blijven bewaard), 1 ongewijzigd.',
      )
      .waitFor();
    expect(
      query(
        "select region_code as region, value, status from cbs_observations where table_id = '85361NED' and superseded_by is null order by region_code",
      ),
    ).toEqual([
      { region: 'GM0362', value: 230, status: 'provisional' },
      { region: 'GM0363', value: 2540, status: 'provisional' },
      { region: 'GM0437', value: null, status: 'secret' },
      { region: 'NL01', value: 36355, status: 'provisional' },
    ]);
    const stored = page.locator('#cbs-stored tbody tr', { hasText: '85361NED' });
    await expect(stored.innerText()).resolves.toContain('CC BY 4.0');
    // the approved import's dry run is gone from the page (no other import is pending)
    await page.getByRole('heading', { name: 'Controle: nog niet opgeslagen' }).waitFor({ state: 'detached' });
    expect(query("select count(*) as n from cbs_imports where status = 'pending'")).toEqual([{ n: 0 }]);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
