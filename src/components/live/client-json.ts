/**
 * Parses a client JSON for the live test: its type (`web` or `installed`, reference §4), client ID and
 * whether it has a secret. Unlike the other islands, the live test needs the secret, so the parsed file
 * is kept in the island's memory and sent only in the body of POST /api/live/start to this site's own
 * server; it is never stored. The server checks the file in depth (preflight); this reading only says
 * what was dropped.
 */
import { MAX_CLIENT_FILE_BYTES, type Reading } from "../shared/client-file.ts";

export type ClientType = "web" | "installed" | "unknown";
export type ClientJsonError = "not-json" | "not-a-client-file" | "too-large" | "no-id" | "no-secret";

export interface ClientFile {
  type: ClientType;
  clientId: string;
  /** The whole parsed file, secret included: the body of `clientSecretJson`. */
  json: Record<string, unknown>;
}

export type ParsedClient = { ok: true; client: ClientFile } | { ok: false; error: ClientJsonError };
export type ClientReading = Reading<ParsedClient>;

type Json = Record<string, unknown>;

const record = (value: unknown): Json | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;

export function parseLiveClient(raw: string): ParsedClient {
  const text = raw.trim();
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
