/**
 * The words each setup-check island gets from its page, in the page's language: the island's own table
 * with the ones it shares. Imported by the pages only (the islands import the types), so an island's
 * JavaScript carries no text of its own, in neither language.
 */
import type { Lang } from "../../core/lang.ts";
import { clientJsonWords } from "../shared/client-json-words.ts";
import { journeyWords } from "../shared/journey-words.ts";
import { strings } from "./strings.ts";
import { builderStrings } from "./strings-builder.ts";
import { clientStrings } from "./strings-client.ts";
import { consentStrings } from "./strings-consent.ts";
import { progressStrings } from "./strings-progress.ts";

const perLang = <T>(words: (lang: Lang) => T): Record<Lang, T> => ({ en: words("en"), it: words("it") });

export const builderWords = perLang((lang) => ({ ...strings[lang], ...builderStrings[lang] }));
export const clientWords = perLang((lang) => ({ ...strings[lang], ...clientStrings[lang], ...clientJsonWords[lang] }));
export const consentWords = perLang((lang) => ({ ...strings[lang], ...consentStrings[lang] }));
export const progressWords = perLang((lang) => ({ ...progressStrings[lang], ...journeyWords[lang] }));

export type BuilderWords = (typeof builderWords)["en"];
export type ClientWords = (typeof clientWords)["en"];
export type ConsentWords = (typeof consentWords)["en"];
export type ProgressWords = (typeof progressWords)["en"];
