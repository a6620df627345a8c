/**
 * Every page names itself in the interface language: its route module exports a `meta` built with
 * `pageTitle()` from a dictionary (the registers' pages through `registerMeta()`, which calls it), never a literal title (two pages kept a Dutch title in English).
 * Resource routes (no default export) and the layout and redirect-only routes have no page of their own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import * as password from '#app/routes/_app.wachtwoord/route';
import * as emailSettings from '#app/routes/_app.meldingen/route';
import * as reportList from '#app/routes/_app.regios.$region.rapportages/route';

const ROUTES = path.resolve(__dirname, '../app/routes');
const NO_PAGE_OF_ITS_OWN = new Set(['_app', '_index']);

const pages = fs
  .readdirSync(ROUTES)
  .filter((dir) => fs.existsSync(path.join(ROUTES, dir, 'route.tsx')))
  .map((dir) => ({ dir, code: fs.readFileSync(path.join(ROUTES, dir, 'route.tsx'), 'utf8') }))
  .filter(({ dir, code }) => /export default function/.test(code) && !NO_PAGE_OF_ITS_OWN.has(dir));

describe('page titles', () => {
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
  });

  test.each(pages.map((p) => [p.dir, p.code] as const))(
    '%s: a meta from pageTitle, no literal title',
    (_dir, code) => {
      expect(code).toMatch(/export const meta\b[\s\S]*?(pageTitle|registerMeta|metaLang)\(/);
      // no literal title, and no title taken from the Dutch dictionary alone
      expect(code).not.toMatch(/title:\s*['"]/);
      expect(code).not.toMatch(/export const meta[\s\S]*\.nl\.\w+/);
    },
  );

  const root = (lang: string) => [{ id: 'root', data: { lang } }];
  type MetaArgs = Parameters<typeof password.meta>[0];
  const call = (meta: (args: MetaArgs) => unknown, lang: string, data?: unknown) =>
    meta({ matches: root(lang), data } as unknown as MetaArgs);

  test('the password page, the e-mail settings and a region’s report list follow the language', () => {
    expect(call(password.meta, 'en')).toEqual([{ title: 'Change password · Proeftuinmonitor' }]);
    expect(call(password.meta, 'nl')).toEqual([{ title: 'Wachtwoord wijzigen · Proeftuinmonitor' }]);
    expect(call(emailSettings.meta, 'en')).toEqual([{ title: 'E-mail settings · Proeftuinmonitor' }]);
    expect(call(emailSettings.meta, 'nl')).toEqual([{ title: 'E-mailinstellingen · Proeftuinmonitor' }]);
    const list = call(reportList.meta as (args: MetaArgs) => unknown, 'en', {
      region: { name: 'Zeeland' },
    }) as {
      title: string;
    }[];
    expect(list[0]!.title).toMatch(/Zeeland · Proeftuinmonitor$/);
    expect(list[0]!.title).not.toMatch(/rapportages/i);
  });
});
