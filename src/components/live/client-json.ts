/**
 * Reads a dropped, chosen or pasted client JSON in the browser for the live test: its type (`web` or
 * `installed`, reference §4), client ID and whether it has a secret. Unlike the diagnostics form, the
 * live test needs the secret, so the parsed file is kept in the island's memory and sent only in the
 * body of POST /api/live/start to this site's own server; it is never stored. The server checks the
 * file in depth (preflight); this reading only says what was dropped.
 */

/** Google's client files are well under 1 KB; anything this big is not one. */
export const MAX_CLIENT_FILE_BYTES = 100_000;

export type ClientType = "web" | "installed" | "unknown";
export type ClientFileError = "not-json" | "not-a-client-file" | "too-large" | "unreadable" | "no-id" | "no-secret";

export interface ClientFile {
  type: ClientType;
  clientId: string;
  /** The whole parsed file, secret included: the body of `clientSecretJson`. */
  json: Record<string, unknown>;
}

export interface ClientReading {
  /** The file name, or `undefined` for pasted text. */
  name?: string;
  result: { ok: true; client: ClientFile } | { ok: false; error: ClientFileError };
}

type Json = Record<string, unknown>;

const record = (value: unknown): Json | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;

function parse(text: string): ClientReading["result"] {
  if (text.length > MAX_CLIENT_FILE_BYTES) return { ok: false, error: "too-large" };
  let json: Json | undefined;
  try {
    json = record(JSON.parse(text));
  } catch {
    return { ok: false, error: "not-json" };
  }
  const web = record(json?.web);
  const installed = record(json?.installed);
  const body = web ?? installed ?? (typeof json?.client_id === "string" ? json : undefined);
  if (!json || !body) return { ok: false, error: "not-a-client-file" };
  const clientId = typeof body.client_id === "string" ? body.client_id.trim() : "";
  if (!clientId) return { ok: false, error: "no-id" };
  if (typeof body.client_secret !== "string" || !body.client_secret) return { ok: false, error: "no-secret" };
  return { ok: true, client: { type: web ? "web" : installed ? "installed" : "unknown", clientId, json } };
}

export function readClientText(text: string, name?: string): ClientReading {
  const result = parse(text.trim());
  return name === undefined ? { result } : { name, result };
}

export async function readClientFile(file: File): Promise<ClientReading> {
  if (file.size > MAX_CLIENT_FILE_BYTES) return { name: file.name, result: { ok: false, error: "too-large" } };
  try {
    return readClientText(await file.text(), file.name);
  } catch {
    return { name: file.name, result: { ok: false, error: "unreadable" } };
  }
}
