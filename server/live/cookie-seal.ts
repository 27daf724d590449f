/**
 * The `companion_live` cookie: the ids of this browser's runs (newest last, at most 10), sealed with
 * AES-256-GCM under a key made at random when the process starts. The browser can neither read nor
 * forge it; after a restart old cookies simply open to nothing (the runs are gone too).
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

export const LIVE_COOKIE = "companion_live";
export const MAX_COOKIE_RUNS = 10;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ID_FORMAT = /^[A-Za-z0-9_-]{16,64}$/;

export interface CookieSeal {
  seal(ids: readonly string[]): string;
  /** The ids in a sealed value; [] when it is missing, forged, damaged or from another process. */
  open(value: string | undefined): string[];
}

export function createCookieSeal(key: Buffer = randomBytes(32)): CookieSeal {
  if (key.length !== 32) throw new RangeError("AES-256-GCM needs a 32-byte key.");
  return {
    seal(ids) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const plain = Buffer.from(JSON.stringify(ids.slice(-MAX_COOKIE_RUNS)), "utf8");
      const encrypted = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, encrypted, cipher.getAuthTag()]).toString("base64url");
    },
    open(value) {
      if (!value || value.length > 4096) return [];
      const bytes = Buffer.from(value, "base64url");
      if (bytes.length < IV_BYTES + TAG_BYTES + 2) return [];
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
        decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
        const plain = Buffer.concat([
          decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
          decipher.final(),
        ]);
        const ids: unknown = JSON.parse(plain.toString("utf8"));
        return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string" && ID_FORMAT.test(id)) : [];
      } catch {
        return [];
      }
    },
  };
}
