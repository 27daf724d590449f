/**
 * A live record as bytes for a shared store: JSON with its Secret values written out (only here,
 * never in a log or an answer), deflated, then sealed with the key ring's "store" key, so Redis holds
 * neither a readable secret nor a readable run. Opening rebuilds the Secret values.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { KeyRing } from "./key-ring.ts";
import type { LiveRecord } from "./model.ts";
import { Secret } from "./secret.ts";

const SECRET_KEY = "$secret";

export function encodeRecord(record: LiveRecord, ring: KeyRing): Buffer {
  const json = JSON.stringify(record, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    return original instanceof Secret ? { [SECRET_KEY]: original.reveal() } : value;
  });
  return ring.seal("store", deflateRawSync(Buffer.from(json, "utf8")));
}

/** The record, or undefined when the bytes were not sealed by this ring (or are damaged). */
export function decodeRecord(bytes: Buffer, ring: KeyRing): LiveRecord | undefined {
  const plain = ring.open("store", bytes);
  if (!plain) return undefined;
  try {
    return JSON.parse(inflateRawSync(plain).toString("utf8"), (_key, value: unknown) =>
      value !== null && typeof value === "object" && SECRET_KEY in value
        ? new Secret(String((value as Record<string, unknown>)[SECRET_KEY]))
        : value,
    ) as LiveRecord;
  } catch {
    return undefined;
  }
}
