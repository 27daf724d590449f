/**
 * Words of the sandbox's way back to a test run (run-return.ts), English and Italian: the stand-in
 * note on the emulated Odoo callback, the note under Google's error pages, the copy button and the
 * links. `{label}` is the live test's own label of the box to paste into.
 */
import { defineMessages } from "../../src/core/i18n.ts";

export const RUN_RETURN_TEXT = defineMessages(
  "sandbox-run-return",
  {
    "odoo.heading": "This page stands in for your Odoo",
    "odoo.body":
      "The sandbox plays your Odoo's callback on this computer and answers as Odoo would. Odoo refuses this sign-in because your test run started it, not Odoo: that is expected, and what Google sent back is in this page's address.",
    "odoo.next": "Copy this page's address and paste it back into your test run, in “{label}”.",
    "error.heading": "Practising with the sandbox",
    "error.body":
      "Google stops here and sends nothing back to your test run. Copy the error and paste it into your test run, under “{label}”, or into Diagnose a problem.",
    "error.body-alone": "Google stops here. Copy the error and paste it into Diagnose a problem to find the cause.",
    "copy.address": "Copy this page's address",
    "copy.error": "Copy the error",
    "copy.done": "Copied.",
    "copy.failed-address": "This browser does not allow copying: copy the address from the address bar.",
    "copy.failed-text": "This browser does not allow copying: the error is selected, press Ctrl+C (⌘C on a Mac).",
    back: "Back to your test run",
    diagnose: "Go to Diagnose a problem",
  },
  {
    "odoo.heading": "Questa pagina fa le veci del tuo Odoo",
    "odoo.body":
      "La sandbox simula su questo computer la callback del tuo Odoo e risponde come risponderebbe Odoo. Odoo rifiuta questo accesso perché l'ha avviato il test e non Odoo: è normale, e quello che Google ha rimandato indietro è nell'indirizzo di questa pagina.",
    "odoo.next": "Copia l'indirizzo di questa pagina e incollalo nella tua esecuzione del test, in “{label}”.",
    "error.heading": "Esercitazione con la sandbox",
    "error.body":
      "Google si ferma qui e non rimanda nulla alla tua esecuzione del test. Copia l'errore e incollalo nell'esecuzione del test, in “{label}”, oppure in Diagnostica un problema.",
    "error.body-alone":
      "Google si ferma qui. Copia l'errore e incollalo in Diagnostica un problema per trovarne la causa.",
    "copy.address": "Copia l'indirizzo di questa pagina",
    "copy.error": "Copia l'errore",
    "copy.done": "Copiato.",
    "copy.failed-address": "Questo browser non consente di copiare: copia l'indirizzo dalla barra degli indirizzi.",
    "copy.failed-text": "Questo browser non consente di copiare: l'errore è selezionato, premi Ctrl+C (⌘C su Mac).",
    back: "Torna alla tua esecuzione del test",
    diagnose: "Vai a Diagnostica un problema",
  },
);

export type RunReturnTextKey = Parameters<typeof RUN_RETURN_TEXT.text>[1];
