/**
 * The problem texts shared by the sandbox's controls (Google's and Gmail's), in English and Italian:
 * a request from another site, missing or wrong client credentials, a shared world client, a bad body;
 * and those of the control API for companion instances (control-api.ts): no or wrong control key, an
 * unknown practice client, the Gmail emulator not ready.
 */
import { defineMessages } from "../../src/core/i18n.ts";

export const controlText = defineMessages(
  "sandbox-controls",
  {
    "origin.title": "Request from another site",
    "origin.detail":
      "Sandbox controls change state: they accept only requests sent by this site's own pages (Origin {origin}).",
    "client-auth.title": "Client credentials required",
    "client-auth.detail":
      "Send the client_id and client_secret of a client you created with POST /sandbox/google/clients (HTTP Basic or in the JSON body).",
    "not-own-client.title": "Not your practice client",
    "not-own-client.detail":
      "Controls act only on a client created for you with POST /sandbox/google/clients, never on the shared world clients.",
    "bad-body.title": "Invalid request body",
    "bad-body.detail": "The body must be a JSON object this control accepts; check: {fields}.",
    "control-key.title": "Control key required",
    "control-key.detail":
      "The sandbox's control API answers only companion instances that send its control key (Authorization: Bearer, the SANDBOX_CONTROL_KEY both sides share).",
    "control-client.title": "Unknown practice client",
    "control-client.detail":
      "Controls act only on a client this sandbox created for a practice run (POST /sandbox/control/clients); this one is not, or no longer, known.",
    "control-smtp.title": "Gmail emulator not ready",
    "control-smtp.detail":
      "The sandbox's Gmail SMTP emulator is not listening, or has no port left for another faulty server. Try again in a moment.",
  },
  {
    "origin.title": "Richiesta da un altro sito",
    "origin.detail":
      "I controlli della sandbox cambiano lo stato: accettano solo richieste inviate dalle pagine di questo sito (Origin {origin}).",
    "client-auth.title": "Credenziali del client obbligatorie",
    "client-auth.detail":
      "Invia client_id e client_secret di un client creato con POST /sandbox/google/clients (HTTP Basic o nel corpo JSON).",
    "not-own-client.title": "Non è il tuo client di prova",
    "not-own-client.detail":
      "I controlli agiscono solo su un client creato per te con POST /sandbox/google/clients, mai sui client condivisi del mondo.",
    "bad-body.title": "Corpo della richiesta non valido",
    "bad-body.detail": "Il corpo deve essere un oggetto JSON accettato da questo controllo; verifica: {fields}.",
    "control-key.title": "Chiave di controllo obbligatoria",
    "control-key.detail":
      "L'API di controllo della sandbox risponde solo alle istanze del companion che inviano la sua chiave di controllo (Authorization: Bearer, la SANDBOX_CONTROL_KEY condivisa dalle due parti).",
    "control-client.title": "Client di prova sconosciuto",
    "control-client.detail":
      "I controlli agiscono solo su un client creato da questa sandbox per un'esercitazione (POST /sandbox/control/clients); questo non lo è, o non è più noto.",
    "control-smtp.title": "Emulatore Gmail non pronto",
    "control-smtp.detail":
      "L'emulatore SMTP di Gmail della sandbox non è in ascolto, oppure non ha più porte libere per un altro server difettoso. Riprova tra poco.",
  },
);
