/** Looks a message up in per-language tables and fills its `{name}` placeholders. */
import type { Lang } from "../../src/core/lang.ts";

export type Params = Record<string, string | number>;

export function textLookup<K extends string>(
  tables: Record<Lang, Record<K, string>>,
): (lang: Lang, key: K, params?: Params) => string {
  return (lang, key, params = {}) =>
    tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
