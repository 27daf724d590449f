/** The home page's three doors, in English and Italian (rendered at build time by StartDoors.astro). */
import { defineMessages } from "../../core/i18n.ts";

const en = {
  label: "Where to start",
  "setup.title": "Set up Gmail in Odoo",
  "setup.text": "Step by step: Google Cloud, then Odoo, then a live test of the whole chain. About 30 minutes.",
  "setup.action": "Start the setup",
  "broke.title": "Something broke",
  "broke.text": "Find the error you see, or paste what you have and get the likely cause with its fix.",
  "broke.errors": "Find your error",
  "broke.diagnose": "Diagnose from evidence",
  "practice.title": "Practise first",
  "practice.text":
    "Run the whole connection against a sandbox on this computer: no Google account needed, nothing leaves it.",
  "practice.action": "Start a practice run",
} as const;

const it = {
  label: "Da dove partire",
  "setup.title": "Configura Gmail in Odoo",
  "setup.text": "Passo dopo passo: Google Cloud, poi Odoo, poi un test dal vivo dell'intera catena. Circa 30 minuti.",
  "setup.action": "Inizia la configurazione",
  "broke.title": "Qualcosa non va",
  "broke.text": "Trova l'errore che vedi, oppure incolla quello che hai e ottieni la causa probabile con la soluzione.",
  "broke.errors": "Trova il tuo errore",
  "broke.diagnose": "Diagnosi dai dati raccolti",
  "practice.title": "Esercitati prima",
  "practice.text":
    "Prova l'intero collegamento con una sandbox su questo computer: non serve un account Google e nulla esce da qui.",
  "practice.action": "Avvia un'esercitazione",
} as const satisfies Record<keyof typeof en, string>;

export const homeWords = defineMessages("home-doors", en, it);
