/**
 * The strings every setup-check island shows, in English and Italian; each island's own strings are in
 * strings-builder.ts, strings-client.ts, strings-consent.ts and strings-progress.ts, modules of their
 * own so that an island ships only its own text. The `satisfies` clauses make a missing Italian key a
 * type error; strings.test.ts checks keys and `{placeholders}` of all of them. Text between backticks
 * is shown as code.
 */
import { defineMessages } from "../../core/i18n.ts";

const en = {
  noscript: "This check needs JavaScript. The steps on this page work without it.",
  "status.pass": "Pass",
  "status.fail": "Fail",
  "status.info": "Info",
  "status.todo": "To do",
  "status.skip": "Not checked",
  "fix.summary": "How to fix it",
  "fix.options": "What you can do",
  "fix.more": "Read more in the guide",
} as const;

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const it = {
  noscript: "Questo controllo richiede JavaScript. I passaggi di questa pagina funzionano anche senza.",
  "status.pass": "Superato",
  "status.fail": "Non superato",
  "status.info": "Nota",
  "status.todo": "Da fare",
  "status.skip": "Non controllato",
  "fix.summary": "Come risolvere",
  "fix.options": "Cosa puoi fare",
  "fix.more": "Approfondisci nella guida",
} as const satisfies Record<StringKey, string>;

export const strings = defineMessages("wizard-shared", en, it);
