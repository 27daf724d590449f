import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseOdooVersion } from "../odoo-version.ts";
import { odooRedirectUri, readOdooUrl } from "./odoo-uri.ts";
import { checkOdooRedirectUri, googleRuleProblems, odooPathProblems } from "./rules.ts";

const reasons = (uri: string) => checkOdooRedirectUri(uri).map((p) => `${p.id}:${p.reason}`);

describe("checkOdooRedirectUri", () => {
  it("accepts the canonical odoo.com and self-hosted URIs", () => {
    expect(reasons("https://mycompany.odoo.com/google_gmail/confirm")).toEqual([]);
    expect(reasons("https://erp.acme-industries.com/google_gmail/confirm")).toEqual([]);
    expect(reasons("https://erp.acme.co.uk:8443/google_gmail/confirm")).toEqual([]);
    expect(reasons("http://localhost:8069/google_gmail/confirm")).toEqual([]);
    expect(reasons("http://127.0.0.1:8069/google_gmail/confirm")).toEqual([]);
  });

  it.each([
    ["http://erp.acme-industries.com/google_gmail/confirm", "redirect-uri-insecure-http:http-scheme"],
    ["https://192.168.1.20:8069/google_gmail/confirm", "redirect-uri-invalid:raw-ip"],
    ["https://erp.acme.local/google_gmail/confirm", "redirect-uri-invalid:non-public-tld"],
    ["https://odoo/google_gmail/confirm", "redirect-uri-invalid:single-label-host"],
    ["https://user:pw@erp.acme.com/google_gmail/confirm", "redirect-uri-invalid:userinfo"],
    ["https://erp.acme.com/google_gmail/confirm#x", "redirect-uri-invalid:fragment"],
    ["https://*.acme.com/google_gmail/confirm", "redirect-uri-invalid:wildcard"],
    ["https://erp.acme.com/a/../google_gmail/confirm", "redirect-uri-invalid:path-traversal"],
    ["https://erp.acme.com/google_gmail/confirm%00", "redirect-uri-invalid:encoded-null"],
    ["https://x.googleusercontent.com/google_gmail/confirm", "redirect-uri-invalid:googleusercontent"],
    ["https://yourdbname.odoo.com/google_gmail/confirm", "redirect-uri-placeholder:yourdbname"],
    ["https://nomedb.odoo.com/google_gmail/confirm", "redirect-uri-placeholder:nomedb"],
    ["https://mycompany.odoo.com/google_gmail/confirm/", "redirect-uri-wrong-path:trailing-slash"],
    ["https://mycompany.odoo.com//google_gmail/confirm", "redirect-uri-wrong-path:double-slash"],
    ["https://mycompany.odoo.com/", "redirect-uri-wrong-path:missing-path"],
    ["https://mycompany.odoo.com/auth_oauth/signin", "redirect-uri-wrong-path:login-route"],
    ["https://mycompany.odoo.com/google-gmail/confirm", "redirect-uri-wrong-path:typo"],
    ["https://x.com/erp/google_gmail/confirm", "redirect-uri-wrong-path:extra-prefix"],
    ["urn:ietf:wg:oauth:2.0:oob", "oob-flow-blocked:oob"],
  ])("%s → %s", (uri, expected) => {
    expect(reasons(uri)).toContain(expected);
  });

  it("accepts a base path when Odoo 19 keeps it", () => {
    expect(odooPathProblems("https://x.com/erp/google_gmail/confirm", "/erp")).toEqual([]);
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        expect(Array.isArray(checkOdooRedirectUri(input))).toBe(true);
        expect(Array.isArray(googleRuleProblems(input))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(Array.isArray(checkOdooRedirectUri(url))).toBe(true);
      }),
    );
  });
});

describe("odooRedirectUri", () => {
  const v = (s: string) => parseOdooVersion(s);
  it.each([
    ["mycompany", "17.0", "https://mycompany.odoo.com/google_gmail/confirm"],
    ["https://erp.acme.com/", "16.0", "https://erp.acme.com/google_gmail/confirm"],
    ["https://x.com/erp", "18.0", "https://x.com/google_gmail/confirm"],
    ["https://x.com/erp", "19.0", "https://x.com/erp/google_gmail/confirm"],
    ["http://localhost:8069", "17.0", "http://localhost:8069/google_gmail/confirm"],
    ["erp.acme.com", "17.0", "https://erp.acme.com/google_gmail/confirm"],
    ["https://mycompany.odoo.com/odoo/action-123", "18.0", "https://mycompany.odoo.com/google_gmail/confirm"],
    [
      "https://mycompany.odoo.com/web#action=12&model=ir.mail_server",
      "16.0",
      "https://mycompany.odoo.com/google_gmail/confirm",
    ],
  ])("%s on %s → %s", (input, version, expected) => {
    const base = readOdooUrl(input);
    expect(base).toBeDefined();
    if (base) expect(odooRedirectUri(base, v(version))).toBe(expected);
  });

  it("rejects what is not a URL", () => {
    expect(readOdooUrl("")).toBeUndefined();
    expect(readOdooUrl("ftp://x.com")).toBeUndefined();
    expect(readOdooUrl("   ")).toBeUndefined();
  });
});
