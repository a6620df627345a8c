import { redirect } from '@remix-run/node';

/**
 * Query parameters are English everywhere (`region`, `from`, `to`, `separator=comma`), as in the
 * JSON API. Releases 1 and 2 used Dutch names on three addresses (/volledigheid,
 * /export/waarden.csv, /export/sjabloon.csv); a bookmarked address with an old name is sent on,
 * permanently, to the same address with the new names (values and order kept).
 */
const OLD_NAMES: Readonly<Record<string, string>> = {
  regio: 'region',
  van: 'from',
  tot: 'to',
  scheiding: 'separator',
};
const OLD_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  separator: { komma: 'comma', puntkomma: 'semicolon' },
};

/** Throws a 301 to the English names when the request still uses a Dutch one; else returns. */
export function redirectOldQueryNames(request: Request): void {
  const url = new URL(request.url);
  const params = [...url.searchParams];
  if (!params.some(([name]) => Object.hasOwn(OLD_NAMES, name))) return;
  const renamed = new URLSearchParams();
  for (const [name, value] of params) {
    const newName = OLD_NAMES[name] ?? name;
    renamed.append(newName, OLD_VALUES[newName]?.[value] ?? value);
  }
  throw redirect(`${url.pathname}?${renamed}`, 301);
}
