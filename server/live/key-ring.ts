/**
 * The secret keys that seal what leaves this process: the `companion_live` cookie and, with Redis,
 * the run records. One 256-bit key from LIVE_COOKIE_KEY (or made at random for a single process),
 * plus during a key rotation the previous one, accepted for opening only and only for one run
 * lifetime after the process started (no run sealed with it can outlive that). Each purpose gets
 * its own subkey (HKDF-SHA-256), so a cookie can never be opened as a record or the reverse.
 * AES-256-GCM: a value is IV (12 bytes) · ciphertext · tag (16 bytes).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const IV_BYTES = 12;
const TAG_BYTES = 16;

export type KeyPurpose = "cookie" | "store";

export interface KeyRing {
  seal(purpose: KeyPurpose, plain: Buffer): Buffer;
  /** The plain bytes, or undefined when the value is forged, damaged or sealed with an unknown key. */
  open(purpose: KeyPurpose, sealed: Buffer): Buffer | undefined;
}

export interface KeyRingOptions {
  /** 32 bytes; random by default (one process, runs lost on restart). */
  key?: Buffer;
  previous?: Buffer;
  /** Until when the previous key opens values (ms since the epoch). */
  previousUntilMs?: number;
  now?: () => number;
}

function subkey(key: Buffer, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), `gmail-odoo-companion ${purpose}`, 32));
}

function openWith(key: Buffer, sealed: Buffer): Buffer | undefined {
  if (sealed.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, IV_BYTES));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  }
}

export function createKeyRing(options: KeyRingOptions = {}): KeyRing {
  const key = options.key ?? randomBytes(32);
  for (const k of [key, options.previous]) {
    if (k && k.length !== 32) throw new RangeError("AES-256-GCM needs a 256-bit (32-byte) key.");
  }
  const now = options.now ?? Date.now;
  const current = { cookie: subkey(key, "cookie"), store: subkey(key, "store") };
  const previous = options.previous
    ? { cookie: subkey(options.previous, "cookie"), store: subkey(options.previous, "store") }
    : undefined;
  return {
    seal(purpose, plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", current[purpose], iv);
      return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    },
    open(purpose, sealed) {
      const opened = openWith(current[purpose], sealed);
      if (opened || !previous) return opened;
      if (options.previousUntilMs !== undefined && now() > options.previousUntilMs) return undefined;
      return openWith(previous[purpose], sealed);
    },
  };
}

/** A key as configured: base64 or base64url of exactly 32 bytes, else undefined. */
export function parseKey(text: string | undefined): Buffer | undefined {
  const trimmed = text?.trim() ?? "";
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) return undefined;
  const bytes = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  return bytes.length === 32 ? bytes : undefined;
}
