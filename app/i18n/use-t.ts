import { useCallback } from 'react';
import { useRouteLoaderData } from '@remix-run/react';
import { translate, type Dictionary, type Params } from './i18n';
import { DEFAULT_LANG, isLang, type Lang } from '#app/domain/lang';

/** The interface language, as chosen in the header (root loader reads the cookie). */
export function useLang(): Lang {
  const data = useRouteLoaderData('root') as { lang?: unknown } | undefined;
  return isLang(data?.lang) ? data.lang : DEFAULT_LANG;
}

export function useT<K extends string>(dict: Dictionary<K>): (key: K, params?: Params) => string {
  const lang = useLang();
  return useCallback((key: K, params?: Params) => translate(dict, lang, key, params), [dict, lang]);
}
