/**
 * Every user-visible string the server produces, in English and Italian. The `satisfies` clause makes
 * a missing Italian (or English) key a type error; test/unit/i18n.test.ts checks the same at run time.
 */
import { defineMessages } from "../src/core/i18n.ts";

const en = {
  "problem.not-found.title": "Not found",
  "problem.not-found.detail": "There is no API endpoint at {path}. The API lives under /api; see /api/health.",
  "problem.method-not-allowed.title": "Method not allowed",
  "problem.method-not-allowed.detail": "{method} is not allowed on {path}.",
  "problem.internal.title": "Unexpected error",
  "problem.internal.detail":
    "Something went wrong on our side while handling this request. It has been logged without its contents; please try again.",
  "problem.payload-too-large.title": "Request too large",
  "problem.payload-too-large.detail": "The request body is larger than the {limit} this endpoint accepts.",
  "problem.invalid-request.title": "Invalid request",
  "problem.invalid-request.detail": "Some fields cannot be used: {fields}.",
  "problem.no-evidence.detail": "Send at least one piece of evidence: {fields}.",
  "problem.malformed-json.detail": "The request body is not valid JSON.",
  "problem.unsupported-media-type.title": "Unsupported media type",
  "problem.unsupported-media-type.detail": "Send the evidence as JSON with the header Content-Type: application/json.",
  "problem.request-timeout.title": "Request too slow",
  "problem.request-timeout.detail": "The request body did not arrive within {seconds} seconds.",
  "problem.http.title": "Request not handled",
  "problem.http.detail": "The server could not handle this request (HTTP {status}).",
  "validation.required": "is required",
  "validation.empty": "must not be empty",
  "validation.too-short": "shorter than {min} characters",
  "validation.too-few": "fewer than {min} items",
  "validation.at-least": "must be at least {min}",
  "validation.at-most": "must be at most {max}",
  "validation.format": "is not a valid {format}",
  "validation.multiple-of": "must be a multiple of {divisor}",
  "validation.unknown-fields": "unknown fields: {keys}",
  "validation.ill-formed": "contains a character that cannot be encoded (a lone UTF-16 surrogate)",
  "validation.email": "is not an email address (name@domain, no spaces, commas or angle brackets)",
  "validation.or": "or",
  "validation.too-long": "longer than {max} characters",
  "validation.too-many": "more than {max} items",
  "validation.type": "must be {expected}",
  "validation.enum": "must be one of {values}",
  "validation.invalid": "is not valid",
  "validation.expected.string": "text",
  "validation.expected.number": "a number",
  "validation.expected.object": "an object",
  "validation.expected.array": "a list",
  "validation.expected.boolean": "true or false",
  "validation.expected.object-or-string": "an object or text",
  "server.listening": "Gmail ↔ Odoo OAuth companion is running at {url}",
  "server.building": "Building the guide (dist/ is missing or older than the sources)…",
  "server.build-failed": "The guide could not be built; see the messages above.",
  "server.stopping": "Stopping…",
  "config.bad-port": 'PORT must be a whole number from 0 to 65535, got "{value}".',
  "config.bad-smtp-port": 'SANDBOX_SMTP_PORT must be a whole number from 0 to 65535, got "{value}".',
  "config.bad-public-url": 'PUBLIC_URL must be an origin such as https://companion.example.com, got "{value}".',
  "config.bad-redis-url": "REDIS_URL must look like redis://host:6379 (or rediss:// for TLS).",
  "config.bad-cookie-key":
    "{name} must be 32 random bytes in base64; make one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"",
  "config.redis-needs-key":
    "REDIS_URL needs LIVE_COOKIE_KEY, the same on every instance (32 random bytes in base64), so each instance opens the others' cookies and runs.",
  "server.redis": "Live runs shared through Redis at {address}.",
  "server.redis-failed":
    "Redis at {address} could not be reached ({reason}). Start it, check REDIS_URL, or unset REDIS_URL to keep runs in this process.",
  "server.sandbox":
    "Sandbox: Google OAuth emulator at {google}, Gmail SMTP emulator at {smtp} (SANDBOX=off to disable)",
  "server.sandbox-odoo": "Sandbox: {count} emulated Odoo instances, listed at {world}:",
  "server.sandbox-off-public":
    "Sandbox off: HOST {host} is not a loopback address, so the practice emulators stay off (SANDBOX=on to run them anyway).",
  "server.sandbox-off-asked": "Sandbox off (SANDBOX=off).",
  "server.no-public-url":
    "Warning: HOST {host} accepts connections from other machines but PUBLIC_URL is not set. Behind a reverse proxy set PUBLIC_URL to the address people open (e.g. https://companion.example.com) and TRUST_PROXY=1; otherwise live tests may be refused and cookies sent without Secure.",
  "server.sandbox-failed":
    "The sandbox could not start ({reason}). Set SANDBOX_SMTP_PORT to a free port, or SANDBOX=off.",
  "config.bad-sandbox-url":
    'SANDBOX_URL must be the origin of the sandbox process, such as http://127.0.0.1:8788, got "{value}".',
  "config.sandbox-url-and-on":
    "SANDBOX_URL and SANDBOX=on exclude each other: with SANDBOX_URL practice runs use that sandbox process; unset SANDBOX or set SANDBOX_URL only.",
  "config.sandbox-url-needs-key":
    "SANDBOX_URL needs SANDBOX_CONTROL_KEY, the same secret the sandbox process was started with (at least 32 characters).",
  "config.bad-control-key":
    "SANDBOX_CONTROL_KEY must be at least 32 visible characters without spaces; make one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"",
  "config.bad-companion-url":
    'COMPANION_URL must be the origin people open the companion at, such as https://companion.example.com, got "{value}".',
  "config.sandbox-needs-companion":
    "The sandbox process needs COMPANION_URL (the companion's public origin: its scenario clients register COMPANION_URL/api/live/callback) and SANDBOX_CONTROL_KEY (the secret the instances send).",
  "config.bad-smtp-host":
    'SANDBOX_SMTP_HOST must be the one address or name the instances reach the Gmail emulator at (not a wildcard), got "{value}".',
  "server.sandbox-remote": "Sandbox: practice runs use the sandbox process at {url}.",
  "server.sandbox-remote-unreachable":
    "Warning: the sandbox process at {url} did not answer ({reason}); practice runs answer 503 until it does. Check SANDBOX_URL and SANDBOX_CONTROL_KEY.",
  "sandbox.listening":
    "Practice sandbox for {companion} is running at {url}: Google OAuth emulator at {google}, Gmail SMTP emulator at {smtp}, control API at {control}.",
  "sandbox.not-found.detail":
    "The practice sandbox has nothing at {path}: its pages live under /sandbox/google, /sandbox/gmail and /sandbox/odoo.",
} as const;

type MessageKey = keyof typeof en;

const it = {
  "problem.not-found.title": "Non trovato",
  "problem.not-found.detail": "Non esiste un endpoint API in {path}. L'API si trova sotto /api; vedi /api/health.",
  "problem.method-not-allowed.title": "Metodo non consentito",
  "problem.method-not-allowed.detail": "{method} non è consentito su {path}.",
  "problem.internal.title": "Errore imprevisto",
  "problem.internal.detail":
    "Qualcosa è andato storto da parte nostra durante questa richiesta. L'errore è stato registrato senza il suo contenuto; riprova.",
  "problem.payload-too-large.title": "Richiesta troppo grande",
  "problem.payload-too-large.detail":
    "Il corpo della richiesta supera il limite di {limit} accettato da questo endpoint.",
  "problem.invalid-request.title": "Richiesta non valida",
  "problem.invalid-request.detail": "Alcuni campi non sono utilizzabili: {fields}.",
  "problem.no-evidence.detail": "Invia almeno un elemento da analizzare: {fields}.",
  "problem.malformed-json.detail": "Il corpo della richiesta non è un JSON valido.",
  "problem.unsupported-media-type.title": "Tipo di contenuto non supportato",
  "problem.unsupported-media-type.detail": "Invia i dati come JSON con l'intestazione Content-Type: application/json.",
  "problem.request-timeout.title": "Richiesta troppo lenta",
  "problem.request-timeout.detail": "Il corpo della richiesta non è arrivato entro {seconds} secondi.",
  "problem.http.title": "Richiesta non gestita",
  "problem.http.detail": "Il server non ha potuto gestire questa richiesta (HTTP {status}).",
  "validation.required": "è obbligatorio",
  "validation.empty": "non può essere vuoto",
  "validation.too-short": "più corto di {min} caratteri",
  "validation.too-few": "meno di {min} elementi",
  "validation.at-least": "deve essere almeno {min}",
  "validation.at-most": "deve essere al massimo {max}",
  "validation.format": "non è un {format} valido",
  "validation.multiple-of": "deve essere un multiplo di {divisor}",
  "validation.unknown-fields": "campi sconosciuti: {keys}",
  "validation.ill-formed": "contiene un carattere che non si può codificare (un surrogato UTF-16 isolato)",
  "validation.email": "non è un indirizzo e-mail (nome@dominio, senza spazi, virgole o parentesi angolari)",
  "validation.or": "o",
  "validation.too-long": "più lungo di {max} caratteri",
  "validation.too-many": "più di {max} elementi",
  "validation.type": "deve essere {expected}",
  "validation.enum": "deve essere uno tra {values}",
  "validation.invalid": "non è valido",
  "validation.expected.string": "un testo",
  "validation.expected.number": "un numero",
  "validation.expected.object": "un oggetto",
  "validation.expected.array": "un elenco",
  "validation.expected.boolean": "true o false",
  "validation.expected.object-or-string": "un oggetto o un testo",
  "server.listening": "Il companion Gmail ↔ Odoo OAuth è in esecuzione su {url}",
  "server.building": "Compilazione della guida (dist/ manca o è più vecchia dei sorgenti)…",
  "server.build-failed": "Non è stato possibile compilare la guida; vedi i messaggi qui sopra.",
  "server.stopping": "Arresto in corso…",
  "config.bad-port": 'PORT deve essere un numero intero da 0 a 65535, ricevuto "{value}".',
  "config.bad-smtp-port": 'SANDBOX_SMTP_PORT deve essere un numero intero da 0 a 65535, ricevuto "{value}".',
  "config.bad-public-url": 'PUBLIC_URL deve essere un\'origine come https://companion.example.com, ricevuto "{value}".',
  "config.bad-redis-url": "REDIS_URL deve avere la forma redis://host:6379 (oppure rediss:// per TLS).",
  "config.bad-cookie-key":
    "{name} deve contenere 32 byte casuali in base64; generane uno con: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"",
  "config.redis-needs-key":
    "REDIS_URL richiede LIVE_COOKIE_KEY, uguale su ogni istanza (32 byte casuali in base64), così ogni istanza apre i cookie e i test delle altre.",
  "server.redis": "Test dal vivo condivisi tramite Redis su {address}.",
  "server.redis-failed":
    "Impossibile raggiungere Redis su {address} ({reason}). Avvialo, controlla REDIS_URL, oppure togli REDIS_URL per tenere i test in questo processo.",
  "server.sandbox":
    "Sandbox: emulatore Google OAuth su {google}, emulatore SMTP Gmail su {smtp} (SANDBOX=off per disattivarla)",
  "server.sandbox-odoo": "Sandbox: {count} istanze Odoo emulate, elencate su {world}:",
  "server.sandbox-off-public":
    "Sandbox disattivata: HOST {host} non è un indirizzo di loopback, quindi gli emulatori per le esercitazioni restano spenti (SANDBOX=on per avviarli comunque).",
  "server.sandbox-off-asked": "Sandbox disattivata (SANDBOX=off).",
  "server.no-public-url":
    "Attenzione: HOST {host} accetta connessioni da altre macchine ma PUBLIC_URL non è impostato. Dietro un reverse proxy imposta PUBLIC_URL all'indirizzo che le persone aprono (es. https://companion.example.com) e TRUST_PROXY=1; altrimenti i test dal vivo possono essere rifiutati e i cookie inviati senza Secure.",
  "server.sandbox-failed":
    "Non è stato possibile avviare la sandbox ({reason}). Imposta SANDBOX_SMTP_PORT su una porta libera, oppure SANDBOX=off.",
  "config.bad-sandbox-url":
    'SANDBOX_URL deve essere l\'origine del processo sandbox, per esempio http://127.0.0.1:8788, ricevuto "{value}".',
  "config.sandbox-url-and-on":
    "SANDBOX_URL e SANDBOX=on si escludono: con SANDBOX_URL le esercitazioni usano quel processo sandbox; togli SANDBOX oppure imposta solo SANDBOX_URL.",
  "config.sandbox-url-needs-key":
    "SANDBOX_URL richiede SANDBOX_CONTROL_KEY, lo stesso segreto con cui è stato avviato il processo sandbox (almeno 32 caratteri).",
  "config.bad-control-key":
    "SANDBOX_CONTROL_KEY deve avere almeno 32 caratteri visibili, senza spazi; generane una con: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"",
  "config.bad-companion-url":
    'COMPANION_URL deve essere l\'origine da cui si apre il companion, per esempio https://companion.example.com, ricevuto "{value}".',
  "config.sandbox-needs-companion":
    "Il processo sandbox richiede COMPANION_URL (l'origine pubblica del companion: i client degli scenari registrano COMPANION_URL/api/live/callback) e SANDBOX_CONTROL_KEY (il segreto che inviano le istanze).",
  "config.bad-smtp-host":
    "SANDBOX_SMTP_HOST deve essere l'unico indirizzo o nome con cui le istanze raggiungono l'emulatore Gmail (non un indirizzo jolly), ricevuto \"{value}\".",
  "server.sandbox-remote": "Sandbox: le esercitazioni usano il processo sandbox su {url}.",
  "server.sandbox-remote-unreachable":
    "Attenzione: il processo sandbox su {url} non ha risposto ({reason}); le esercitazioni rispondono 503 finché non risponde. Controlla SANDBOX_URL e SANDBOX_CONTROL_KEY.",
  "sandbox.listening":
    "Sandbox per le esercitazioni di {companion} in esecuzione su {url}: emulatore OAuth di Google su {google}, emulatore SMTP di Gmail su {smtp}, API di controllo su {control}.",
  "sandbox.not-found.detail":
    "La sandbox di prova non ha nulla in {path}: le sue pagine sono sotto /sandbox/google, /sandbox/gmail e /sandbox/odoo.",
} as const satisfies Record<MessageKey, string>;

export const messages = defineMessages("server", en, it);
export type { MessageKey };

/** A server message in the given language with `{name}` placeholders filled in. */
export const t = messages.text;
