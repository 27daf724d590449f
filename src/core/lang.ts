/** The languages the companion speaks. English is the default and the fallback. */
export const LANGS = ["en", "it"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "en";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/**
 * Picks the response language: an explicit choice wins, then the best match of an
 * Accept-Language header (quality values honoured, region subtags ignored), then English.
 */
export function pickLang(acceptLanguage?: string | null, explicit?: string | null): Lang {
  const wanted = explicit?.trim().toLowerCase().slice(0, 2);
  if (isLang(wanted)) return wanted;
  if (!acceptLanguage) return DEFAULT_LANG;
  const ranked = acceptLanguage
    .slice(0, 512)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) if (isLang(entry.lang)) return entry.lang;
  return DEFAULT_LANG;
}

/** The language of a site path: `/it/…` is Italian, everything else English. */
export function langOfPath(pathname: string): Lang {
  return pathname === "/it" || pathname.startsWith("/it/") ? "it" : "en";
}
