/** The hint of an answer without errors, and the signs that evidence shows a step that worked. */
import { defineMessages } from "../i18n.ts";

/** What to ask for when the evidence explains nothing, or what to say when nothing is wrong. */
export const HINTS = defineMessages(
  "diagnose-hints",
  {
    "no-finding":
      "Nothing in this evidence points to a known problem. Paste the exact error text (Google's page, Odoo's message or the SMTP reply), the address-bar URL where the browser stopped, Odoo's web.base.url with the Odoo version, or the downloaded client JSON.",
    healthy: "No error found: what you sent matches a working setup. Warnings and notes above are worth a look.",
    working:
      "What you sent shows a step that worked (a successful connection test, Gmail's 235 Accepted, or a token with the https://mail.google.com/ scope), and nothing in it points to a known problem. If something still fails, paste the exact error text of that failure.",
  },
  {
    "no-finding":
      "Nulla in questi dati indica un problema noto. Incolla il testo esatto dell'errore (la pagina di Google, il messaggio di Odoo o la risposta SMTP), l'URL della barra degli indirizzi dove il browser si è fermato, il web.base.url di Odoo con la versione di Odoo, oppure il JSON del client scaricato.",
    healthy:
      "Nessun errore trovato: i dati inviati corrispondono a una configurazione funzionante. Vale la pena leggere gli avvisi e le note qui sopra.",
    working:
      "Quello che hai inviato mostra un passaggio riuscito (una prova di connessione riuscita, il 235 Accepted di Gmail o un token con l'ambito https://mail.google.com/) e nulla indica un problema noto. Se qualcosa non funziona ancora, incolla il testo esatto di quell'errore.",
  },
);

/** Signs in pasted text that a step worked, in English, Italian or French as Odoo and Gmail write them. */
const WORKED =
  /Connection Test Successful|Test di connessione riuscito|Test de connexion réussi|\b235[ -]2\.7\.0\b|Gmail Token Valid|Token Gmail valido/i;
/** A token answer with a refresh token and the Gmail scope. */
const REFRESH_TOKEN = /"refresh_token"\s*:\s*"[^"]+"/;
const MAIL_SCOPE_GRANTED = /"scope"\s*:\s*"[^"]*https:\/\/mail\.google\.com\//;

export function showsWorkingStep(errorText: string | undefined): boolean {
  if (errorText === undefined) return false;
  const text = errorText.slice(0, 20_000);
  return WORKED.test(text) || (REFRESH_TOKEN.test(text) && MAIL_SCOPE_GRANTED.test(text));
}
