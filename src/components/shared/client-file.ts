/**
 * Reading a dropped or chosen client JSON file in the browser, for every island that takes one: its
 * text, or why it cannot be read. Each island then parses the text its own way (the setup checks and
 * Diagnose keep only the non-secret facts; the live test keeps the file in memory to send it once).
 */
import { type ClientJsonResult, parseClientJson } from "../../core/client-json/client-json.ts";

/** Google's client files are well under 1 KB; anything this big is not one. */
export const MAX_CLIENT_FILE_BYTES = 100_000;

export type FileError = "too-large" | "unreadable";

/** What was read: a file's or a paste's text, or a file that could not be read. */
export type ClientText = { name?: string; text: string } | { name: string; error: FileError };

export async function readClientFile(file: File): Promise<ClientText> {
  if (file.size > MAX_CLIENT_FILE_BYTES) return { name: file.name, error: "too-large" };
  try {
    return { name: file.name, text: await file.text() };
  } catch {
    return { name: file.name, error: "unreadable" };
  }
}

/** A reading as the islands keep it: the file name (none for pasted text) and the parser's result. */
export interface Reading<R> {
  name?: string;
  result: R | { ok: false; error: FileError };
}

/** Parses what was read with the island's own parser; a file that could not be read stays an error. */
export function readingOf<R>(read: ClientText, parse: (text: string) => R): Reading<R> {
  const result = "error" in read ? { ok: false as const, error: read.error } : parse(read.text);
  return read.name === undefined ? { result } : { name: read.name, result };
}

/** The non-secret facts of what was read (the setup checks and Diagnose): core/client-json keeps no secret. */
export function clientFacts(read: ClientText): Reading<ClientJsonResult> {
  return readingOf(read, parseClientJson);
}
