/**
 * The words of the client JSON widget (ClientJsonDrop.tsx), the same in the setup checks, Diagnose and
 * the live test. The page passes them to its island with the island's own words.
 */
import { defineMessages } from "../../core/i18n.ts";

const en = {
  "j.legend": "Client JSON",
  "j.drop": "Drop the file here, or choose it:",
  "j.file": "Client JSON file",
  "j.paste": "Or paste its contents",
  "j.remove": "Remove the JSON",
  "j.status": "{source}: {type}",
  "j.pasted": "Pasted JSON",
  "j.web": "Web application",
  "j.installed": "Desktop app",
  "j.unknown": "client type unknown",
  "j.not-json": "this is not valid JSON",
  "j.not-a-client-file": "not an OAuth client file",
  "j.too-large": "too large for a client JSON",
  "j.unreadable": "the file could not be read",
  "j.no-id": "no client ID in it",
  "j.no-secret": "no client secret in it",
} as const;

export type ClientJsonKey = keyof typeof en;
export type ClientJsonWords = Record<ClientJsonKey, string>;
/** What a reading came to: the client type, or why it cannot be used. */
export type ClientJsonOutcome =
  | "web"
  | "installed"
  | "unknown"
  | "not-json"
  | "not-a-client-file"
  | "too-large"
  | "unreadable"
  | "no-id"
  | "no-secret";

const it = {
  "j.legend": "JSON del client",
  "j.drop": "Trascina qui il file, oppure sceglilo:",
  "j.file": "File JSON del client",
  "j.paste": "Oppure incollane il contenuto",
  "j.remove": "Rimuovi il JSON",
  "j.status": "{source}: {type}",
  "j.pasted": "JSON incollato",
  "j.web": "Applicazione web",
  "j.installed": "App desktop",
  "j.unknown": "tipo di client sconosciuto",
  "j.not-json": "non è un JSON valido",
  "j.not-a-client-file": "non è un file di client OAuth",
  "j.too-large": "troppo grande per un JSON del client",
  "j.unreadable": "non è stato possibile leggere il file",
  "j.no-id": "manca l'ID client",
  "j.no-secret": "manca il client secret",
} as const satisfies ClientJsonWords;

export const clientJsonWords = defineMessages("shared-client-json", en, it);
