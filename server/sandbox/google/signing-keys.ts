/**
 * Google's ID-token signing keys, emulated: one RSA key made on first use (RSA takes a moment, so not
 * at start), its key id, JWTs signed with RS256, and the two public forms Google serves — PEM
 * certificates by key id (www.googleapis.com/oauth2/v1/certs, what google-auth-library's verifyIdToken
 * reads) and a JWK set (…/oauth2/v3/certs, the discovery document's jwks_uri). The certificate is
 * self-signed like Google's, named federated-signon.system.gserviceaccount.com.
 */
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import * as der from "../der.ts";

const SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
const COMMON_NAME = "2.5.4.3";
const DAY_MS = 24 * 3600 * 1000;

export interface Jwk {
  kty: string;
  n: string;
  e: string;
  kid: string;
  alg: "RS256";
  use: "sig";
}

export interface SigningKeys {
  /** A compact JWS (RS256) of the claims, with this key's `kid` in the header. */
  signJwt(claims: Record<string, unknown>): string;
  /** `{ <kid>: "-----BEGIN CERTIFICATE-----…" }` */
  pemCertificates(): Record<string, string>;
  jwks(): { keys: Jwk[] };
}

interface Key {
  kid: string;
  privateKey: KeyObject;
  jwk: Jwk;
  certificatePem: string;
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString("base64url");

export function createSigningKeys(now: () => Date = () => new Date()): SigningKeys {
  let key: Key | undefined;
  const current = (): Key => {
    if (key) return key;
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const kid = randomBytes(20).toString("hex");
    const exported = publicKey.export({ format: "jwk" }) as { kty: string; n: string; e: string };
    const spki = publicKey.export({ type: "spki", format: "der" });
    key = {
      kid,
      privateKey,
      jwk: { kty: exported.kty, n: exported.n, e: exported.e, kid, alg: "RS256", use: "sig" },
      certificatePem: selfSignedCertificate(privateKey, spki, now()),
    };
    return key;
  };
  return {
    signJwt(claims) {
      const { kid, privateKey } = current();
      const input = `${base64url(JSON.stringify({ alg: "RS256", kid, typ: "JWT" }))}.${base64url(JSON.stringify(claims))}`;
      return `${input}.${base64url(sign("sha256", Buffer.from(input), privateKey))}`;
    },
    pemCertificates: () => ({ [current().kid]: current().certificatePem }),
    jwks: () => ({ keys: [current().jwk] }),
  };
}

/** `at_hash`: the left half of the SHA-256 of the access token, base64url (OpenID Connect Core §3.1.3.6). */
export function accessTokenHash(accessToken: string): string {
  return base64url(createHash("sha256").update(accessToken).digest().subarray(0, 16));
}

function selfSignedCertificate(privateKey: KeyObject, spki: Buffer, now: Date): string {
  const name = der.sequence(
    der.set(
      der.sequence(der.objectIdentifier(COMMON_NAME), der.utf8String("federated-signon.system.gserviceaccount.com")),
    ),
  );
  const algorithm = der.sequence(der.objectIdentifier(SHA256_WITH_RSA), der.tlv(0x05, Buffer.alloc(0)));
  const tbs = der.sequence(
    der.explicit(0, der.smallInteger(2)),
    der.unsignedInteger(randomBytes(8)),
    algorithm,
    name,
    der.sequence(der.time(new Date(now.getTime() - DAY_MS)), der.time(new Date(now.getTime() + 14 * DAY_MS))),
    name,
    spki,
  );
  const body = der.sequence(tbs, algorithm, der.bitString(sign("sha256", tbs, privateKey)));
  const lines = body.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}
