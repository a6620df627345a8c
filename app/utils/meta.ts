import type { MetaDescriptor } from '@remix-run/node';
import { DEFAULT_LANG, isLang, type Lang } from '#app/domain/lang';
import { translate, type Dictionary, type Params } from '#app/i18n/i18n';

const APP = 'Proeftuinmonitor';

type Matches = readonly { id: string; data: unknown }[];

/** The interface language in a meta function (the root loader reads the cookie). */
export function metaLang(matches: Matches): Lang {
  const lang = (matches.find((m) => m.id === 'root')?.data as { lang?: unknown } | undefined)?.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** A page title from a dictionary, in the interface language: "Overzicht · Proeftuinmonitor". */
export function pageTitle<K extends string>(
  matches: Matches,
  dict: Dictionary<K>,
  key: K,
  params?: Params,
): MetaDescriptor[] {
  return [{ title: `${translate(dict, metaLang(matches), key, params)} · ${APP}` }];
}
