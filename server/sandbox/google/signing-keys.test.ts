/** The emulated signing keys: JWTs that verify against both published forms. */
import { createPublicKey, verify, X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { accessTokenHash, createSigningKeys } from "./signing-keys.ts";

describe("signing keys", () => {
  const keys = createSigningKeys();

  it("signs RS256 JWTs that verify with the PEM certificate and the JWK of the same kid", () => {
    const jwt = keys.signJwt({ iss: "https://accounts.google.com", sub: "1" });
    const [header = "", payload = "", signature = ""] = jwt.split(".");
    const { kid, alg } = JSON.parse(Buffer.from(header, "base64url").toString()) as { kid: string; alg: string };
    expect(alg).toBe("RS256");
    expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toEqual({
      iss: "https://accounts.google.com",
      sub: "1",
    });
    const pem = keys.pemCertificates()[kid] ?? "";
    const certificate = new X509Certificate(pem);
    expect(certificate.subject).toContain("federated-signon.system.gserviceaccount.com");
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    const data = Buffer.from(`${header}.${payload}`);
    expect(verify("sha256", data, certificate.publicKey, Buffer.from(signature, "base64url"))).toBe(true);
    const jwk = keys.jwks().keys.find((k) => k.kid === kid);
    expect(jwk).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", e: "AQAB" });
    const fromJwk = createPublicKey({ key: { kty: "RSA", n: jwk?.n ?? "", e: jwk?.e ?? "" }, format: "jwk" });
    expect(verify("sha256", data, fromJwk, Buffer.from(signature, "base64url"))).toBe(true);
  });

  it("hashes an access token for at_hash", () => {
    expect(accessTokenHash("ya29.x")).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
