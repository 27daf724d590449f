import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseOdooVersion } from "../odoo-version.ts";
import { odooRedirectUri, readOdooUrl } from "./odoo-uri.ts";
import { liteOdooUri, majorOf } from "./odoo-uri-lite.ts";

/** The full implementation (with its host rules) that the lite one must agree with. */
function reference(input: string, version: string) {
  const odoo = readOdooUrl(input);
  if (!odoo) return undefined;
  return {
    base: odoo.base,
    basePath: odoo.path,
    odooOnline: odoo.fromDatabaseName,
    uri: odooRedirectUri(odoo, parseOdooVersion(version)),
  };
}

const VERSIONS = ["16.0", "17.0", "18.0", "19.0", "saas~17.2", ""];

describe("liteOdooUri", () => {
  it("turns an odoo.com database name into its URI", () => {
    expect(liteOdooUri("mycompany", "17.0")).toEqual({
      base: "https://mycompany.odoo.com",
      basePath: "",
      odooOnline: true,
      uri: "https://mycompany.odoo.com/google_gmail/confirm",
    });
  });

  it("drops a base path on 16.0–18.0 and keeps it on 19.0", () => {
    expect(liteOdooUri("https://example.com/erp/", "17.0")?.uri).toBe("https://example.com/google_gmail/confirm");
    expect(liteOdooUri("https://example.com/erp/", "19.0")?.uri).toBe("https://example.com/erp/google_gmail/confirm");
    expect(liteOdooUri("https://example.com/erp", "16.0")?.basePath).toBe("/erp");
  });

  it("keeps the scheme and port as typed and assumes https without a scheme", () => {
    expect(liteOdooUri("http://erp.acme-industries.com", "18.0")?.uri).toBe(
      "http://erp.acme-industries.com/google_gmail/confirm",
    );
    expect(liteOdooUri("erp.example.com:8443", "18.0")?.uri).toBe("https://erp.example.com:8443/google_gmail/confirm");
  });

  it("removes web-client routes and a pasted callback path", () => {
    expect(liteOdooUri("https://mycompany.odoo.com/odoo/discuss?x=1", "18.0")?.base).toBe("https://mycompany.odoo.com");
    expect(liteOdooUri("https://erp.example.com/web#action=12", "16.0")?.base).toBe("https://erp.example.com");
    expect(liteOdooUri("https://erp.example.com/erp/google_gmail/confirm", "19.0")?.uri).toBe(
      "https://erp.example.com/erp/google_gmail/confirm",
    );
  });

  it.each(["", "   ", "ftp://files.example.com", "javascript://x", "https://", "x".repeat(2049)])(
    "reads %j as no Odoo URL",
    (input) => {
      expect(liteOdooUri(input, "17.0")).toBeUndefined();
    },
  );

  it.each([
    "mycompany",
    "My-Company",
    "https://erp.example.com",
    "https://erp.example.com/",
    "http://erp.acme-industries.com",
    "https://example.com/erp",
    "https://example.com/erp/odoo/sales",
    "https://example.com/a/b/",
    "http://localhost:8069",
    "https://192.168.1.20:8069/web/login?db=x",
    "https://[::1]:8069",
    "erp.example.com/erp",
    "https://erp.example.com/google_gmail/confirm",
    "  https://erp.example.com  ",
  ])("agrees with the full builder for %s", (input) => {
    for (const version of VERSIONS) expect(liteOdooUri(input, version)).toEqual(reference(input, version));
  });

  it("agrees with the full builder on generated input", () => {
    const segment = fc.stringMatching(/^[a-z0-9.-]{0,12}$/);
    const input = fc
      .tuple(
        fc.constantFrom("", "http://", "https://", "HTTPS://", "ftp://"),
        segment,
        fc.constantFrom("", ":8069", ":443"),
        fc.array(fc.constantFrom("/erp", "/", "/odoo", "/web", "/google_gmail/confirm", "/x y"), { maxLength: 3 }),
        fc.constantFrom("", "?db=a", "#action=1"),
      )
      .map(([scheme, host, port, path, rest]) => `${scheme}${host}${port}${path.join("")}${rest}`);
    fc.assert(
      fc.property(input, fc.constantFrom(...VERSIONS), (text, version) => {
        expect(liteOdooUri(text, version)).toEqual(reference(text, version));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("majorOf", () => {
  it("reads the major version", () => {
    expect(majorOf("19.0")).toBe(19);
    expect(majorOf("saas~17.2")).toBe(17);
    expect(majorOf("")).toBeUndefined();
    expect(majorOf(undefined)).toBeUndefined();
  });
});
