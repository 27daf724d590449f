/**
 * Reads a dropped, chosen or pasted client JSON in the browser. Only the parsed, non-secret facts are
 * kept (src/core/client-json/client-json.ts never keeps the secret), so the form cannot send it.
 */
import { type ClientJson, parseClientJson } from "../../core/client-json/client-json.ts";

/** Google's client files are well under 1 KB; anything this big is not one. */
export const MAX_CLIENT_FILE_BYTES = 100_000;

export type ClientFileError = "not-json" | "not-a-client-file" | "too-large" | "unreadable";

export interface ClientReading {
  /** The file name, or `undefined` for pasted text. */
  name?: string;
  result: { ok: true; client: ClientJson } | { ok: false; error: ClientFileError };
}

export function readClientText(text: string, name?: string): ClientReading {
  const result =
    text.length > MAX_CLIENT_FILE_BYTES ? { ok: false as const, error: "too-large" as const } : parseClientJson(text);
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
