/**
 * Identifiers in Google's formats, random for each sandbox start: client ids and secrets, authorization
 * codes, access and refresh tokens. Sizes stay within Google's documented limits (code ≤ 256 bytes,
 * access token ≤ 2048, refresh token ≤ 512), so code that stores them is tested against real lengths.
 */
import { createHash, randomBytes, randomInt } from "node:crypto";

const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

export const FORMATS = {
  clientId: /^\d{12}-[a-z0-9]{32}\.apps\.googleusercontent\.com$/,
  clientSecret: /^GOCSPX-[A-Za-z0-9_-]{28}$/,
  legacyClientSecret: /^[A-Za-z0-9_-]{24}$/,
  code: /^4\/0A[A-Za-z0-9_-]{20,250}$/,
  accessToken: /^ya29\.[A-Za-z0-9_-]{20,2040}$/,
  refreshToken: /^1\/\/0[A-Za-z0-9_-]{20,500}$/,
} as const;

function pick(alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

function token(bytes: number): string {
  return randomBytes(bytes).toString("base64url");
}

export function newClientId(): string {
  return `${randomInt(1, 10) + pick("0123456789", 11)}-${pick(LOWER_ALNUM, 32)}.apps.googleusercontent.com`;
}

/** A secret as the console creates them today: `GOCSPX-` and 28 characters. */
export function newClientSecret(): string {
  return `GOCSPX-${pick(SECRET_ALPHABET, 28)}`;
}

/** A secret in the older format: 24 characters, no prefix. */
export function newLegacyClientSecret(): string {
  return pick(SECRET_ALPHABET, 24);
}

/** `4/0A…`: the `/` arrives percent-encoded in the redirect, as Google's codes do. */
export function newAuthorizationCode(): string {
  return `4/0A${token(54)}`;
}

export function newAccessToken(): string {
  return `ya29.a0${token(150)}`;
}

export function newRefreshToken(): string {
  return `1//0${token(75)}`;
}

/** Opaque id of an authorization flow in progress (the pages' hidden `flow` field). */
export function newFlowId(): string {
  return token(24);
}

/** Google's `sub`: 21 digits, stable for an account (derived from the address). */
export function subjectOf(email: string): string {
  const digest = createHash("sha256").update(email.toLowerCase()).digest();
  return `1${digest.readBigUInt64BE(0).toString().padStart(20, "0").slice(0, 20)}`;
}
