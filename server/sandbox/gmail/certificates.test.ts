import { createPrivateKey, X509Certificate } from "node:crypto";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import tls from "node:tls";
import { describe, expect, it } from "vitest";
import { createSandboxCertificates } from "./certificates.ts";

const hosts = ["localhost", "127.0.0.1", "::1"];

describe("sandbox certificates", () => {
  const certificates = createSandboxCertificates({ hosts });
  const ca = new X509Certificate(certificates.caPem);
  const server = new X509Certificate(certificates.certPem);

  it("make a CA and a server certificate it signed", () => {
    expect(ca.ca).toBe(true);
    expect(server.ca).toBe(false);
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(server.checkIssued(ca)).toBe(true);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.verify(server.publicKey)).toBe(false);
  });

  it("use EC P-256 keys and ECDSA with SHA-256", () => {
    expect(server.publicKey.asymmetricKeyType).toBe("ec");
    expect(server.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(ca.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
  });

  it("name localhost, 127.0.0.1 and ::1 and nothing else", () => {
    expect(server.checkHost("localhost")).toBe("localhost");
    expect(server.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(server.checkIP("::1")).toBe("::1");
    expect(server.checkHost("smtp.gmail.com")).toBeUndefined();
    expect(server.checkIP("10.0.0.1")).toBeUndefined();
  });

  it("are valid from an hour ago for a year, in real time", () => {
    const now = new Date("2030-06-01T12:00:00Z");
    const dated = new X509Certificate(createSandboxCertificates({ hosts, now }).certPem);
    expect(new Date(dated.validFrom).toISOString()).toBe("2030-06-01T11:00:00.000Z");
    expect(new Date(dated.validTo).toISOString()).toBe("2031-06-01T12:00:00.000Z");
  });

  it("are new each time", () => {
    const other = createSandboxCertificates({ hosts });
    expect(other.caPem).not.toBe(certificates.caPem);
    expect(new X509Certificate(other.certPem).serialNumber).not.toBe(server.serialNumber);
  });

  it("carry a private key that matches the server certificate", () => {
    expect(certificates.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(server.checkPrivateKey(createPrivateKey(certificates.keyPem))).toBe(true);
  });

  it("pass a real TLS handshake with the CA trusted, and fail it without", async () => {
    const listener = tls.createServer({ key: certificates.keyPem, cert: certificates.certPem }, (socket) =>
      socket.end(),
    );
    listener.listen(0, "127.0.0.1");
    await once(listener, "listening");
    const { port } = listener.address() as AddressInfo;
    try {
      const trusted = tls.connect({ host: "127.0.0.1", port, ca: certificates.caPem });
      await once(trusted, "secureConnect");
      expect(trusted.authorized).toBe(true);
      trusted.destroy();

      const untrusted = tls.connect({ host: "127.0.0.1", port });
      const [error] = (await once(untrusted, "error")) as [NodeJS.ErrnoException];
      expect(error.code).toBe("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
    } finally {
      listener.close();
    }
  });
});
