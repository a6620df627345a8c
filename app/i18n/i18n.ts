import type { Lang } from '#app/domain/lang';

export type Dictionary<K extends string> = {
  readonly nl: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
};

/**
 * One dictionary per feature (common, reports, registers, …) so features never edit the same file.
 * The English record must have exactly the Dutch keys: the compiler checks it.
 */
export function defineDictionary<K extends string>(
  nl: Record<K, string>,
  en: Record<K, string>,
): Dictionary<K> {
  return { nl, en };
}

export type Params = Readonly<Record<string, string | number>>;

export function translate<K extends string>(
  dict: Dictionary<K>,
  lang: Lang,
  key: K,
  params?: Params,
): string {
  const template = dict[lang][key] ?? dict.nl[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
