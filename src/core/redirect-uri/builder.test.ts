import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRedirectUri } from "./builder.ts";

const ids = (input: string, version = "17.0") =>
  buildRedirectUri(input, version).problems.map((p) => `${p.id}:${p.reason}`);

describe("buildRedirectUri", () => {
  it("builds the odoo.com URI from a database name", () => {
    expect(buildRedirectUri("mycompany", "18.0")).toEqual({
      uri: "https://mycompany.odoo.com/google_gmail/confirm",
      base: "https://mycompany.odoo.com",
      odooOnline: true,
      problems: [],
    });
  });

  it("drops a base path on 16.0–18.0 and keeps it on 19.0", () => {
    expect(buildRedirectUri("https://acme.com/erp/", "17.0").uri).toBe("https://acme.com/google_gmail/confirm");
    expect(buildRedirectUri("https://acme.com/erp/", "19.0").uri).toBe("https://acme.com/erp/google_gmail/confirm");
    expect(buildRedirectUri("https://acme.com/erp", "19.0").basePath).toBe("/erp");
  });

  it.each([
    ["http://erp.acme-industries.com", "redirect-uri-insecure-http:http-scheme"],
    ["http://localhost:8069", "web-base-url-mismatch:localhost"],
    ["https://192.168.1.20", "redirect-uri-invalid:raw-ip"],
    ["https://192.168.1.20", "web-base-url-mismatch:internal-host"],
    ["https://odoo.acme.lan", "redirect-uri-invalid:non-public-tld"],
    ["https://erp.acme.com:8069", "web-base-url-mismatch:port"],
    ["https://yourdbname.odoo.com", "redirect-uri-placeholder:yourdbname"],
    ["ftp://x", "redirect-uri-invalid:not-an-odoo-url"],
  ])("%s → %s", (input, expected) => {
    expect(ids(input)).toContain(expected);
  });

  it("accepts a trailing slash and Odoo's own client routes", () => {
    expect(buildRedirectUri("https://erp.acme.com/", "16.0").problems).toEqual([]);
    expect(buildRedirectUri("https://mycompany.odoo.com/odoo/discuss", "18.0").uri).toBe(
      "https://mycompany.odoo.com/google_gmail/confirm",
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 10 }), (input, version) => void buildRedirectUri(input, version)),
    );
  });
});
