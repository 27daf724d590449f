/**
 * The Gmail sandbox's TLS identity, made in memory when it starts: a throwaway CA and a server
 * certificate signed by it for the sandbox's host names and addresses, both on EC P-256 keys (a few
 * milliseconds, unlike RSA). Clients trust the CA (GET /sandbox/gmail/config) rather than switching
 * certificate verification off. The extensions are the ones OpenSSL's strict X.509 mode (Python 3.13's
 * default, so Odoo's) asks for: critical basicConstraints and keyUsage, key identifiers on both sides.
 */
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import * as der from "../der.ts";

const OID = {
  commonName: "2.5.4.3",
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  subjectKeyIdentifier: "2.5.29.14",
  keyUsage: "2.5.29.15",
  subjectAltName: "2.5.29.17",
  basicConstraints: "2.5.29.19",
  authorityKeyIdentifier: "2.5.29.35",
  extKeyUsage: "2.5.29.37",
  serverAuth: "1.3.6.1.5.5.7.3.1",
} as const;

/** KeyUsage bit numbers (RFC 5280 §4.2.1.3). */
const KEY_USAGE = { digitalSignature: 0, keyCertSign: 5, cRLSign: 6 } as const;

const HOUR_MS = 3600 * 1000;
const VALIDITY_MS = 365 * 24 * HOUR_MS;

export interface SandboxCertificates {
  /** The CA certificate (PEM): what clients trust. */
  caPem: string;
  /** The server certificate (PEM), signed by the CA. */
  certPem: string;
  /** The server's private key (PKCS#8 PEM); never leaves the process. */
  keyPem: string;
}

export interface CertificateOptions {
  /** DNS names and IP addresses the server certificate is valid for. */
  hosts: string[];
  /** Real time: TLS clients check validity against their own clock, never the sandbox clock. */
  now?: Date;
}

interface KeyPair {
  privateKey: KeyObject;
  spki: Buffer;
}

export function createSandboxCertificates(options: CertificateOptions): SandboxCertificates {
  const now = options.now ?? new Date();
  const validity = der.sequence(
    der.time(new Date(now.getTime() - HOUR_MS)),
    der.time(new Date(now.getTime() + VALIDITY_MS)),
  );
  const ca = newKeyPair();
  const server = newKeyPair();
  const caName = distinguishedName("Odoo Gmail companion sandbox CA");
  const caKeyId = keyIdentifier(ca.spki);

  const caCert = signedCertificate(ca.privateKey, {
    issuer: caName,
    subject: caName,
    validity,
    spki: ca.spki,
    extensions: [
      extension(OID.basicConstraints, true, der.sequence(der.boolean(true), der.smallInteger(0))),
      extension(OID.keyUsage, true, der.namedBits([KEY_USAGE.keyCertSign, KEY_USAGE.cRLSign])),
      extension(OID.subjectKeyIdentifier, false, der.octetString(caKeyId)),
    ],
  });
  const serverCert = signedCertificate(ca.privateKey, {
    issuer: caName,
    subject: distinguishedName("Gmail SMTP sandbox"),
    validity,
    spki: server.spki,
    extensions: [
      extension(OID.basicConstraints, true, der.sequence()),
      extension(OID.keyUsage, true, der.namedBits([KEY_USAGE.digitalSignature])),
      extension(OID.extKeyUsage, false, der.sequence(der.objectIdentifier(OID.serverAuth))),
      extension(OID.subjectAltName, false, der.sequence(...options.hosts.map(generalName))),
      extension(OID.subjectKeyIdentifier, false, der.octetString(keyIdentifier(server.spki))),
      extension(OID.authorityKeyIdentifier, false, der.sequence(der.implicit(0, caKeyId))),
    ],
  });
  return {
    caPem: pem("CERTIFICATE", caCert),
    certPem: pem("CERTIFICATE", serverCert),
    keyPem: server.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

function newKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { privateKey, spki: publicKey.export({ type: "spki", format: "der" }) };
}

interface CertificateFields {
  issuer: Buffer;
  subject: Buffer;
  validity: Buffer;
  spki: Buffer;
  extensions: Buffer[];
}

/** RFC 5280 §4.1: TBSCertificate, then the algorithm and the issuer's ECDSA signature over it. */
function signedCertificate(signer: KeyObject, fields: CertificateFields): Buffer {
  const algorithm = der.sequence(der.objectIdentifier(OID.ecdsaWithSha256));
  const tbs = der.sequence(
    der.explicit(0, der.smallInteger(2)), // v3
    der.unsignedInteger(randomBytes(16)),
    algorithm,
    fields.issuer,
    fields.validity,
    fields.subject,
    fields.spki,
    der.explicit(3, der.sequence(...fields.extensions)),
  );
  const signature = sign("sha256", tbs, { key: signer, dsaEncoding: "der" });
  return der.sequence(tbs, algorithm, der.bitString(signature));
}

function distinguishedName(commonName: string): Buffer {
  return der.sequence(der.set(der.sequence(der.objectIdentifier(OID.commonName), der.utf8String(commonName))));
}

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return der.sequence(der.objectIdentifier(oid), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
}

/** dNSName [2] or iPAddress [7] (RFC 5280 §4.2.1.6). */
function generalName(host: string): Buffer {
  return isIP(host)
    ? der.implicit(7, Buffer.from(ipaddr.parse(host).toByteArray()))
    : der.implicit(2, Buffer.from(host));
}

/** RFC 7093 §2 method 4: the leftmost 160 bits of the SHA-256 of the SubjectPublicKeyInfo. */
function keyIdentifier(spki: Buffer): Buffer {
  return createHash("sha256").update(spki).digest().subarray(0, 20);
}

function pem(label: string, body: Buffer): string {
  const lines = body.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}
