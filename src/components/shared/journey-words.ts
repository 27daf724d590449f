/**
 * The journey's words, in English and Italian: its steps (the stepper on every journey page and the
 * progress panel), what each step's progress says, the "next step" card and the ticks an admin sets
 * on "Before you start" and "Set up Odoo". Rendered at build time; islands get them from the page.
 */
import { defineMessages } from "../../core/i18n.ts";

const en = {
  "nav.label": "Setup steps",
  "step.before-you-start": "Before you start",
  "step.google-setup": "Google Cloud",
  "step.odoo-setup": "Odoo",
  "step.live-test": "Live test",
  "step.done": "Done",
  "st.before-you-start": "{done} of {total} ready",
  "st.google-setup": "{done} of {total} checks pass",
  "st.google-setup.fail": "A check needs a fix",
  "st.odoo-setup": "{done} of {total} steps done",
  "st.live-test.none": "Not run yet",
  "st.live-test.passed": "Passed",
  "st.live-test.practice": "Passed in practice",
  "st.live-test.failed": "Failed",
  "st.live-test.failed-practice": "Failed in practice",
  "st.done.todo": "After a passing test",
  "st.done.done": "Gmail works with Odoo",
  "next.label": "Next step",
  "next.google-setup": "Set up Google Cloud",
  "next.google-setup.text":
    "Create the project, the consent screen and the OAuth client, with the checks beside each step.",
  "next.odoo-setup": "Set up Odoo",
  "next.odoo-setup.text":
    "Enter the client in Odoo, check web.base.url, create the mail server and connect the Gmail account.",
  "next.live-test": "Run the live connection test",
  "next.live-test.text":
    "Prove the whole chain, from Google's consent to a login at smtp.gmail.com, or practise first in the sandbox.",
  "next.done": "Finish",
  "next.done.text": "What to check once it works, and what to watch later.",
  "tick.saved": "Ticks are kept in this browser only.",
  "tick.before.admin": "I have administrator rights in Odoo",
  "tick.before.account": "I know which Google account will send",
  "tick.before.address": "I know the address users open Odoo with",
  "tick.before.version": "I know my Odoo version",
  "tick.odoo.credentials": "The client ID and secret are saved in Odoo",
  "tick.odoo.base-url": "web.base.url is the public address, and frozen",
  "tick.odoo.server": "The outgoing mail server is created",
  "tick.odoo.connect": "The server shows Gmail Token Valid",
  "tick.odoo.test-connection": "Test Connection succeeded",
} as const;

export type JourneyKey = keyof typeof en;
export type JourneyWords = Record<JourneyKey, string>;

const it = {
  "nav.label": "Passi della configurazione",
  "step.before-you-start": "Prima di iniziare",
  "step.google-setup": "Google Cloud",
  "step.odoo-setup": "Odoo",
  "step.live-test": "Test dal vivo",
  "step.done": "Fatto",
  "st.before-you-start": "Pronti: {done} su {total}",
  "st.google-setup": "Controlli superati: {done} su {total}",
  "st.google-setup.fail": "Un controllo da correggere",
  "st.odoo-setup": "Passi fatti: {done} su {total}",
  "st.live-test.none": "Non ancora eseguito",
  "st.live-test.passed": "Riuscito",
  "st.live-test.practice": "Riuscito in esercitazione",
  "st.live-test.failed": "Non riuscito",
  "st.live-test.failed-practice": "Non riuscito in esercitazione",
  "st.done.todo": "Dopo un test riuscito",
  "st.done.done": "Gmail funziona con Odoo",
  "next.label": "Passo successivo",
  "next.google-setup": "Configura Google Cloud",
  "next.google-setup.text":
    "Crea il progetto, la schermata di consenso e il client OAuth, con i controlli accanto a ogni passo.",
  "next.odoo-setup": "Configura Odoo",
  "next.odoo-setup.text":
    "Inserisci il client in Odoo, controlla web.base.url, crea il server di posta e collega l'account Gmail.",
  "next.live-test": "Esegui il test di connessione dal vivo",
  "next.live-test.text":
    "Verifica l'intera catena, dal consenso di Google all'accesso a smtp.gmail.com, oppure esercitati prima con la sandbox.",
  "next.done": "Concludi",
  "next.done.text": "Cosa controllare quando funziona, e cosa tenere d'occhio in seguito.",
  "tick.saved": "Le spunte restano solo in questo browser.",
  "tick.before.admin": "Ho i diritti di amministratore in Odoo",
  "tick.before.account": "So quale account Google invierà le e-mail",
  "tick.before.address": "So con quale indirizzo gli utenti aprono Odoo",
  "tick.before.version": "So quale versione di Odoo uso",
  "tick.odoo.credentials": "L'ID client e il client secret sono salvati in Odoo",
  "tick.odoo.base-url": "web.base.url è l'indirizzo pubblico, ed è bloccato",
  "tick.odoo.server": "Il server di posta in uscita è creato",
  "tick.odoo.connect": "Il server mostra «Token Gmail valido»",
  "tick.odoo.test-connection": "«Prova Connessione» è riuscita",
} as const satisfies JourneyWords;

export const journeyWords = defineMessages("journey", en, it);
