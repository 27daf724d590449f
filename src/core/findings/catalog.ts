/** The finding catalog in one language: facts + localized text + a link into the guide. */
import type { Lang } from "../lang.ts";
import { FINDING_FACTS } from "./facts.ts";
import { FINDING_IDS, type FindingId, type Severity } from "./ids.ts";
import { findingTextEn } from "./text.en.ts";
import { findingTextIt } from "./text.it.ts";
import type { DocsLink, FindingText, FindingTextTable } from "./types.ts";

const TEXT: Record<Lang, FindingTextTable> = { en: findingTextEn, it: findingTextIt };

export interface CatalogEntry extends Omit<FindingText, "fix"> {
  fix: string[];
  id: FindingId;
  severity: Severity;
  /** Link into the guide, in the same language: "/troubleshooting/#id" or "/it/troubleshooting/#id". */
  docs: string;
}

export function docsHref(lang: Lang, link: DocsLink): string {
  const page = link.page === "index" ? "" : `${link.page}/`;
  return `${lang === "it" ? "/it" : ""}/${page}#${link.anchor}`;
}

export function catalogEntry(id: FindingId, lang: Lang): CatalogEntry {
  const facts = FINDING_FACTS[id];
  const text = TEXT[lang][id];
  return {
    id,
    severity: facts.severity,
    title: text.title,
    explanation: text.explanation,
    fix: [...text.fix],
    docs: docsHref(lang, facts.docs),
  };
}

export function catalog(lang: Lang): CatalogEntry[] {
  return FINDING_IDS.map((id) => catalogEntry(id, lang));
}
