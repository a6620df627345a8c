import type { Lang } from '#app/domain/lang';
import { translate, type Dictionary, type Params } from '#app/i18n/i18n';
import { getLang } from './lang.server';

export type ServerT<K extends string> = ((key: K, params?: Params) => string) & { lang: Lang };

/** A translator for loaders and actions, in the language of the request (the `lang` cookie). */
export async function getT<K extends string>(request: Request, dict: Dictionary<K>): Promise<ServerT<K>> {
  const lang = await getLang(request);
  return Object.assign((key: K, params?: Params) => translate(dict, lang, key, params), { lang });
}
