/** What to ask for when the evidence explains nothing: one sentence per language. */
import type { Lang } from "../lang.ts";

export const NO_FINDING_HINT = {
  en: "Nothing in this evidence points to a known problem. Paste the exact error text (Google's page, Odoo's message or the SMTP reply), the address-bar URL where the browser stopped, Odoo's web.base.url with the Odoo version, or the downloaded client JSON.",
  it: "Nulla in questi dati indica un problema noto. Incolla il testo esatto dell'errore (la pagina di Google, il messaggio di Odoo o la risposta SMTP), l'URL della barra degli indirizzi dove il browser si è fermato, il web.base.url di Odoo con la versione di Odoo, oppure il JSON del client scaricato.",
} as const satisfies Record<Lang, string>;

export const HEALTHY_HINT = {
  en: "No error found: what you sent matches a working setup. Warnings and notes above are worth a look.",
  it: "Nessun errore trovato: i dati inviati corrispondono a una configurazione funzionante. Vale la pena leggere gli avvisi e le note qui sopra.",
} as const satisfies Record<Lang, string>;
