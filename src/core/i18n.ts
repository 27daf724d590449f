/**
 * The one way this project holds user-visible text: a message table per area (server problems, live
 * steps, each island, the sandbox pages…) written with `defineMessages`, English and Italian side by
 * side. A key missing in either language is a type error; test/unit/i18n.test.ts finds every table in
 * the sources and checks keys, placeholders and code spans at run time. `{name}` placeholders are
 * filled by `fill`, the one placeholder function. Pure: shared by browser, server and sandbox.
 */
import type { Lang } from "./lang.ts";

/** Values for `{name}` placeholders. */
export type Params = Readonly<Record<string, string | number>>;

/** A template with its `{name}` placeholders filled in; unknown ones stay visible. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The `{name}` placeholders of a template, sorted (for parity checks). */
export function placeholdersOf(template: string): string[] {
  return (template.match(/\{\w+\}/g) ?? []).sort();
}

export interface MessageTable<K extends string> {
  /** A unique name, used by the parity test to report where a text is wrong. */
  readonly name: string;
  readonly en: Readonly<Record<K, string>>;
  readonly it: Readonly<Record<K, string>>;
  /** The text of `key` in `lang`, placeholders filled. */
  text(lang: Lang, key: K, params?: Params): string;
}

/**
 * A message table. `en` fixes the keys; `it` must have exactly the same ones (checked by the type and
 * by the parity test). Keep tables small and per area, so an island ships only its own text.
 */
export function defineMessages<const E extends Record<string, string>>(
  name: string,
  en: E,
  it: { readonly [K in keyof E]: string },
): MessageTable<Extract<keyof E, string>> {
  type K = Extract<keyof E, string>;
  const tables: Record<Lang, Readonly<Record<K, string>>> = { en, it };
  return { name, en, it, text: (lang, key, params) => fill(tables[lang][key], params) };
}
