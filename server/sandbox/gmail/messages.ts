/**
 * The Gmail sandbox's user-visible strings, in English and Italian (the SMTP replies are Gmail's own
 * protocol text and stay verbatim). One `defineMessages` table: a key missing in either language is a
 * type error, and the central parity test finds the table by that call.
 */
import { defineMessages } from "../../../src/core/i18n.ts";

export const gmailSandboxMessages = defineMessages(
  "sandbox-gmail",
  {
    "not-started.title": "Gmail sandbox not running",
    "not-started.detail": "The Gmail SMTP sandbox has not started yet, so it has no address or certificate to show.",
    "fault-ports.title": "Too many faulty SMTP servers",
    "fault-ports.detail": "At most {max} faulty SMTP servers run at once; try again in a few minutes.",
  },
  {
    "not-started.title": "Sandbox Gmail non attiva",
    "not-started.detail":
      "La sandbox SMTP di Gmail non è ancora partita, quindi non ha un indirizzo né un certificato da mostrare.",
    "fault-ports.title": "Troppi server SMTP difettosi",
    "fault-ports.detail":
      "Al massimo {max} server SMTP difettosi possono funzionare insieme; riprova tra qualche minuto.",
  },
);
