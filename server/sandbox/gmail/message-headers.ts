/**
 * Reads what the sandbox records of a message: its header block only (RFC 5322 §2.2), unfolded, with
 * RFC 2047 encoded words decoded for display. The body is drained unread and never stored.
 */
import type { Readable } from "node:stream";

/** More than any real header block; what a message carries beyond it is ignored. */
const HEADER_LIMIT_BYTES = 64 * 1024;

/** Consumes the whole stream and resolves with its header block (text before the first empty line). */
export function readHeaderBlock(stream: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    stream.on("data", (chunk: Buffer) => {
      if (kept >= HEADER_LIMIT_BYTES) return;
      chunks.push(chunk.subarray(0, HEADER_LIMIT_BYTES - kept));
      kept += Math.min(chunk.length, HEADER_LIMIT_BYTES - kept);
    });
    stream.on("end", () =>
      resolve(
        Buffer.concat(chunks)
          .toString("utf8")
          .split(/\r?\n\r?\n/, 1)[0] ?? "",
      ),
    );
    stream.on("error", reject);
  });
}

/** Header fields by lower-case name; the first occurrence of a name wins. */
export function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n(?=[ \t])/g, "").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/**
 * Decodes RFC 2047 encoded words. Adjacent words are joined before decoding (their separating
 * whitespace is not part of the text, §6.2), so a character split across two words survives.
 */
export function decodeEncodedWords(value: string): string {
  let result = "";
  let pending: { charset: string; bytes: Buffer[] } | undefined;
  const flushed = (): string => {
    const text = pending ? decodeBytes(pending.charset, Buffer.concat(pending.bytes)) : "";
    pending = undefined;
    return text;
  };
  let last = 0;
  for (const match of value.matchAll(ENCODED_WORD)) {
    const [word, charsetWithLanguage = "", encoding = "", text = ""] = match;
    const between = value.slice(last, match.index);
    const charset = charsetWithLanguage.split("*")[0]?.toLowerCase() ?? "";
    const adjacent = pending !== undefined && between.trim() === "";
    if (!adjacent) result += flushed() + between;
    else if (pending?.charset !== charset) result += flushed();
    pending ??= { charset, bytes: [] };
    pending.bytes.push(encoding.toUpperCase() === "B" ? Buffer.from(text, "base64") : qBytes(text));
    last = match.index + word.length;
  }
  return result + flushed() + value.slice(last);
}

function qBytes(text: string): Buffer {
  const latin1 = text
    .replace(/_/g, " ")
    .replace(/=([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(latin1, "latin1");
}

function decodeBytes(charset: string, bytes: Buffer): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString("latin1");
  }
}
