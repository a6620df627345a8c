import type { ServerBuild } from '@remix-run/node';
import { describe, expect, test } from 'vitest';
import { BODY_LIMITS, bodyLimitFor, fieldCounter, routerPath } from '#app/utils/request-limits';
import { routeLimits } from './route-limits.server';

/** The app's route tree as the build lists it (ids, parents, paths), with a public route added later. */
const route = (id: string, parentId: string | undefined, path?: string, index?: boolean) => ({
  [id]: { id, parentId, path, index, caseSensitive: undefined, module: {} },
});
const routes = {
  ...route('root', undefined, ''),
  ...route('routes/_index', 'root', undefined, true),
  ...route('routes/login', 'root', 'login'),
  ...route('routes/taal', 'root', 'taal'),
  ...route('routes/uitnodiging.$token', 'root', 'uitnodiging/:token'),
  ...route('routes/_app', 'root'),
  ...route('routes/_app.meldingen', 'routes/_app', 'meldingen'),
  ...route('routes/_app.wachtwoord', 'routes/_app', 'wachtwoord'),
  ...route('routes/_app.experimenten.nieuw', 'routes/_app', 'experimenten/nieuw'),
  ...route('routes/_app.regios.$region.import', 'routes/_app', 'regios/:region/import'),
  ...route('routes/_app.referenties', 'routes/_app', 'referenties'),
} as unknown as ServerBuild['routes'];

const limitOf = routeLimits(routes);
const at = (url: string) => limitOf(new URL(url, 'http://localhost'));

describe('the body limit of the route the router runs', () => {
  test.each([
    '/login',
    '/LOGIN',
    '/Login',
    '/%6Cogin',
    '/%4C%4F%47%49%4E',
    '/login/',
    '/login.data',
    '/LOGIN.data',
    '/TAAL',
    '/%74aal',
    '/uitnodiging/abc',
    '/UITNODIGING/abc',
    '/MELDINGEN',
    '/Wachtwoord',
    '/',
    '/_root.data',
    '/no-such-page',
  ])('POST %s: 16 KB', (url) => {
    expect(at(url)).toEqual({ limit: BODY_LIMITS.small, formAnswers: false });
  });

  test.each([
    '/experimenten/nieuw',
    '/EXPERIMENTEN/Nieuw',
    '/experimenten/%6Eieuw',
    '/experimenten/nieuw.data',
  ])('POST %s: 512 KB', (url) => {
    expect(at(url)).toEqual({ limit: BODY_LIMITS.form, formAnswers: false });
  });

  test.each([
    '/regios/utrecht/import',
    '/REGIOS/utrecht/IMPORT',
    '/referenties',
    '/Referenties/',
    '/referenties.data',
  ])('POST %s: 7 MB, and the page answers a larger body itself', (url) => {
    expect(at(url)).toEqual({ limit: BODY_LIMITS.import, formAnswers: true });
  });

  test('without the server, the path alone gives the same limits, decoded and without regard to case', () => {
    expect(['/LOGIN', '/%6Cogin', '/Taal/', '/MELDINGEN', '/api/scores'].map(bodyLimitFor)).toEqual(
      Array(5).fill(BODY_LIMITS.small),
    );
    expect(['/Referenties', '/regios/x/IMPORT'].map(bodyLimitFor)).toEqual([
      BODY_LIMITS.import,
      BODY_LIMITS.import,
    ]);
    expect(bodyLimitFor('/experimenten/nieuw')).toBe(BODY_LIMITS.form);
    expect(routerPath('/%6Cogin.data')).toBe('/login');
    expect(routerPath('/%E0%A4%A')).toBe('/%e0%a4%a');
  });
});

describe('fields counted while the body streams in', () => {
  test('urlencoded: 1,000 fields pass, the 1,001st is refused in the chunk that brings it', () => {
    const ok = fieldCounter('application/x-www-form-urlencoded');
    expect(ok.add(Buffer.from(Array.from({ length: 1000 }, (_, i) => `f${i}=x`).join('&')))).toBe(true);
    const many = fieldCounter('application/x-www-form-urlencoded');
    expect(many.add(Buffer.from('&'.repeat(500)))).toBe(true);
    expect(many.add(Buffer.from('&'.repeat(500)))).toBe(false);
  });

  test('multipart: parts are counted by their boundary, also when a boundary is split over two chunks', () => {
    const body = Buffer.from(
      Array.from(
        { length: 1001 },
        (_, i) => `--xyz\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`,
      ).join('') + '--xyz--\r\n',
    );
    const counter = fieldCounter('multipart/form-data; boundary=xyz');
    const results: boolean[] = [];
    for (let at = 0; at < body.length; at += 7) results.push(counter.add(body.subarray(at, at + 7)));
    expect(results.at(-1)).toBe(false);
    const fine = fieldCounter('multipart/form-data; boundary="xyz"');
    const three = Buffer.from('--xyz\r\n\r\na\r\n--xyz\r\n\r\nb\r\n--xyz--\r\n');
    expect([fine.add(three.subarray(0, 14)), fine.add(three.subarray(14))]).toEqual([true, true]);
  });
});
