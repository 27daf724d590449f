/**
 * The `companion_live` cookie: the ids of this browser's runs (newest last, at most 10), sealed with
 * the key ring (server/live/key-ring.ts). The browser can neither read nor forge it; instances that
 * share LIVE_COOKIE_KEY open each other's cookies; with a random key, a restart's old cookies simply
 * open to nothing (the runs are gone too).
 */
import { createKeyRing, type KeyRing } from "./key-ring.ts";

export const LIVE_COOKIE = "companion_live";
export const MAX_COOKIE_RUNS = 10;
const ID_FORMAT = /^[A-Za-z0-9_-]{16,64}$/;

export interface CookieSeal {
  seal(ids: readonly string[]): string;
  /** The ids in a sealed value; [] when it is missing, forged, damaged or sealed with another key. */
  open(value: string | undefined): string[];
}

export function createCookieSeal(ring: KeyRing = createKeyRing()): CookieSeal {
  return {
    seal(ids) {
      const plain = Buffer.from(JSON.stringify(ids.slice(-MAX_COOKIE_RUNS)), "utf8");
      return ring.seal("cookie", plain).toString("base64url");
    },
    open(value) {
      if (!value || value.length > 4096) return [];
      const plain = ring.open("cookie", Buffer.from(value, "base64url"));
      if (!plain) return [];
      try {
        const ids: unknown = JSON.parse(plain.toString("utf8"));
        return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string" && ID_FORMAT.test(id)) : [];
      } catch {
        return [];
      }
    },
  };
}
