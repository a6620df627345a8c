import type { MetaFunction } from '@remix-run/node';
import { translate } from '#app/i18n/i18n';
import { registers, type RegistersKey } from '#app/i18n/registers';
import { isLang } from '#app/domain/lang';

/** A page title in the interface language (the root loader carries the language). */
export function registerMeta(key: RegistersKey): MetaFunction {
  return ({ matches }) => {
    const root = matches.find((m) => m.id === 'root')?.data as { lang?: unknown } | undefined;
    const lang = isLang(root?.lang) ? root.lang : 'nl';
    return [{ title: `${translate(registers, lang, key)} · Proeftuinmonitor` }];
  };
}
