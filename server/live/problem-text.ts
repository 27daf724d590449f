/**
 * The live test API's problem texts (RFC 9457 title and detail), in English and Italian. A key
 * missing in either language is a type error.
 */
import { defineMessages } from "../../src/core/i18n.ts";

const en = {
  "not-found.title": "No such live test",
  "not-found.detail": "This browser has no live test with this id.",
  "gone.title": "Live test expired",
  "gone.detail":
    "Live tests are kept for 15 minutes, then erased with everything they held. Start a new one from the test page.",
  "rate-limited.title": "Too many live tests",
  "rate-limited.detail": "At most {max} live tests per {minutes} minutes from one address. Try again in {seconds} s.",
  "bad-origin.title": "Request refused",
  "bad-origin.detail": "This request did not come from the companion's own pages (Origin: {origin}).",
  "sandbox-off.title": "The sandbox is off",
  "sandbox-off.detail":
    "This server runs with SANDBOX=off, so the sandbox provider and practice scenarios are not available.",
  "sandbox-unavailable.title": "The sandbox is not ready",
  "sandbox-unavailable.detail":
    "The sandbox's emulators did not answer (the Gmail SMTP emulator may not be running). Try again shortly.",
  "practice-needs-sandbox.title": "Practice needs the sandbox",
  "practice-needs-sandbox.detail": 'A practice scenario can only run with provider "sandbox".',
  "missing.title": "Invalid request",
  "missing.detail": "Some fields are missing or cannot be used: {fields}.",
  "field.required": "required",
  "field.email": "must be an email address (name@domain, no spaces, commas or angle brackets)",
  "field.client-json": "is not a client_secret_*.json file with a client ID and an unredacted secret",
  "send-not-ready.title": "Cannot send yet",
  "send-not-ready.detail": "A test email can be sent once the XOAUTH2 login step has passed.",
  "send-limit.title": "No test emails left",
  "send-limit.detail": "A live test sends at most {max} test emails.",
  "send-busy.title": "A test email is on its way",
  "send-busy.detail": "Wait for the current test email to finish before sending another one.",
  "not-waiting.title": "Already answered",
  "not-waiting.detail": "This live test is no longer waiting for Google's answer.",
  "paste-unreadable.title": "Nothing to read",
  "paste-unreadable.detail":
    "This shows neither Google's answer nor an error we recognise. Paste the whole address from the address bar, or the whole error text.",
  "paste-other-run.title": "Address of another test",
  "paste-other-run.detail":
    "This address belongs to another live test (its state differs). Paste the address this test led to.",
  "practice-rate-limited.title": "Too many practice runs",
  "practice-rate-limited.detail":
    "At most {max} practice runs per {minutes} minutes from one address. Try again in {seconds} s.",
  "busy.title": "Too many live tests in progress",
  "busy.detail":
    "This server is holding as many unfinished live tests as it can. None is dropped to make room: try again in a few minutes.",
  "store-unavailable.title": "Live tests are unavailable for a moment",
  "store-unavailable.detail":
    "This companion cannot reach its run store (Redis) right now. The guide and the diagnostics keep working; try the live test again in a minute.",
  "too-many-streams.title": "Too many open progress streams",
  "too-many-streams.detail":
    "At most {perRun} progress streams per test and {perClient} per address can be open. Close other tabs showing this test.",
} as const;

export type ProblemTextKey = keyof typeof en;

const it = {
  "not-found.title": "Test dal vivo inesistente",
  "not-found.detail": "Questo browser non ha un test dal vivo con questo id.",
  "gone.title": "Test dal vivo scaduto",
  "gone.detail":
    "I test dal vivo sono conservati per 15 minuti, poi vengono cancellati con tutto ciò che contenevano. Avviane uno nuovo dalla pagina del test.",
  "rate-limited.title": "Troppi test dal vivo",
  "rate-limited.detail":
    "Al massimo {max} test dal vivo ogni {minutes} minuti dallo stesso indirizzo. Riprova tra {seconds} s.",
  "bad-origin.title": "Richiesta rifiutata",
  "bad-origin.detail": "Questa richiesta non proviene dalle pagine del companion (Origin: {origin}).",
  "sandbox-off.title": "La sandbox è disattivata",
  "sandbox-off.detail":
    "Questo server è in esecuzione con SANDBOX=off, quindi il fornitore sandbox e gli scenari di prova non sono disponibili.",
  "sandbox-unavailable.title": "La sandbox non è pronta",
  "sandbox-unavailable.detail":
    "Gli emulatori della sandbox non hanno risposto (l'emulatore SMTP di Gmail potrebbe non essere in esecuzione). Riprova tra poco.",
  "practice-needs-sandbox.title": "La prova richiede la sandbox",
  "practice-needs-sandbox.detail": 'Uno scenario di prova può essere eseguito solo con il fornitore "sandbox".',
  "missing.title": "Richiesta non valida",
  "missing.detail": "Alcuni campi mancano o non sono utilizzabili: {fields}.",
  "field.required": "obbligatorio",
  "field.email": "deve essere un indirizzo e-mail (nome@dominio, senza spazi, virgole o parentesi angolari)",
  "field.client-json": "non è un file client_secret_*.json con un ID client e un segreto non oscurato",
  "send-not-ready.title": "Invio non ancora possibile",
  "send-not-ready.detail": "Si può inviare un'e-mail di prova quando il passo di accesso XOAUTH2 è riuscito.",
  "send-limit.title": "E-mail di prova esaurite",
  "send-limit.detail": "Un test dal vivo invia al massimo {max} e-mail di prova.",
  "send-busy.title": "Un'e-mail di prova è in viaggio",
  "send-busy.detail": "Attendi che l'e-mail di prova in corso sia terminata prima di inviarne un'altra.",
  "not-waiting.title": "Risposta già ricevuta",
  "not-waiting.detail": "Questo test dal vivo non è più in attesa della risposta di Google.",
  "paste-unreadable.title": "Niente da leggere",
  "paste-unreadable.detail":
    "Qui non c'è né la risposta di Google né un errore che riconosciamo. Incolla l'intero indirizzo dalla barra degli indirizzi, oppure l'intero testo dell'errore.",
  "paste-other-run.title": "Indirizzo di un altro test",
  "paste-other-run.detail":
    "Questo indirizzo appartiene a un altro test dal vivo (lo state è diverso). Incolla l'indirizzo a cui ha portato questo test.",
  "practice-rate-limited.title": "Troppe esercitazioni",
  "practice-rate-limited.detail":
    "Al massimo {max} esercitazioni ogni {minutes} minuti da un indirizzo. Riprova tra {seconds} s.",
  "busy.title": "Troppi test dal vivo in corso",
  "busy.detail":
    "Questo server tiene già tutti i test dal vivo non finiti che può gestire. Nessuno viene scartato per fare spazio: riprova tra qualche minuto.",
  "store-unavailable.title": "I test dal vivo sono momentaneamente non disponibili",
  "store-unavailable.detail":
    "Questo companion al momento non raggiunge il suo archivio dei test (Redis). La guida e la diagnosi continuano a funzionare; riprova il test dal vivo tra un minuto.",
  "too-many-streams.title": "Troppi flussi di avanzamento aperti",
  "too-many-streams.detail":
    "Si possono aprire al massimo {perRun} flussi di avanzamento per test e {perClient} per indirizzo. Chiudi le altre schede che mostrano questo test.",
} as const satisfies Record<ProblemTextKey, string>;

export const problemTexts = defineMessages("live-problems", en, it);

export const problemText = problemTexts.text;
