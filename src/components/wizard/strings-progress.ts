/**
 * The strings of the progress panel, in English and Italian (shared ones: strings.ts). A module of its
 * own so that the island ships only its own text; the `satisfies` clause makes a missing Italian key a type error.
 */
import { defineMessages } from "../../core/i18n.ts";

const en = {
  "p.title": "Your progress",
  "p.google": "Setup checks on Set up Google Cloud",
  "p.odoo": "Steps in Odoo",
  "p.live": "Live connection test",
  "p.live.at": "{result}, at {time}",
  "p.done": "Done",
  "p.saved": "Saved in this browser only, never the client secret.",
  "p.memory": "This browser does not allow saving: your entries last until you leave the page.",
  "p.redirect": "Redirect URI",
  "p.client": "Client JSON",
  "p.consent": "Consent screen",
  "p.pass": "Passed",
  "p.fail": "Needs a fix",
  "p.todo": "Not done yet",
  "p.summary": "{count} of 3 checks pass.",
  "p.forget": "Forget what I entered",
  "p.forgotten": "Forgotten: nothing of your progress is stored in this browser any more.",
} as const;

export type ProgressKey = keyof typeof en;

const it = {
  "p.title": "I tuoi progressi",
  "p.google": "Controlli di Configura Google Cloud",
  "p.odoo": "Passi in Odoo",
  "p.live": "Test di connessione dal vivo",
  "p.live.at": "{result}, alle {time}",
  "p.done": "Fatto",
  "p.saved": "Salvati solo in questo browser, mai il client secret.",
  "p.memory": "Questo browser non consente il salvataggio: i dati restano finché non lasci la pagina.",
  "p.redirect": "URI di reindirizzamento",
  "p.client": "JSON del client",
  "p.consent": "Schermata di consenso",
  "p.pass": "Superato",
  "p.fail": "Da correggere",
  "p.todo": "Non ancora fatto",
  "p.summary": "Controlli superati: {count} su 3.",
  "p.forget": "Dimentica i dati inseriti",
  "p.forgotten": "Dimenticati: in questo browser non resta più nulla dei tuoi progressi.",
} as const satisfies Record<ProgressKey, string>;

export const progressStrings = defineMessages("wizard-progress", en, it);
