import { describe, expect, it } from "vitest";
import type { StoredClient } from "../shared/store.ts";
import { clientLines, uriDifference } from "./client-checks.ts";

const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const URI = "https://erp.example.com/google_gmail/confirm";
const goodSecret = { hasSecret: true, secretLooksRedacted: false, secretFormatOk: true };
const web = (over: Partial<StoredClient> = {}): StoredClient => ({
  type: "web",
  clientId: CLIENT_ID,
  redirectUris: [URI],
  javascriptOrigins: [],
  ...over,
});
const summary = (lines: ReturnType<typeof clientLines>) => lines.map((l) => `${l.status}:${l.text}`);

describe("clientLines", () => {
  it("passes a Web client that registers the builder's URI exactly", () => {
    expect(summary(clientLines(web(), URI, goodSecret))).toEqual([
      "pass:type.pass",
      "pass:redirect.pass",
      "pass:clientId.pass",
      "pass:secret.pass",
      "pass:origins.pass",
    ]);
  });

  it("fails a Desktop client with the catalog's client-type-desktop, and skips its redirect URIs", () => {
    const lines = clientLines(web({ type: "installed", redirectUris: ["http://localhost"] }), URI, goodSecret);
    expect(lines[0]).toEqual({ key: "type", status: "fail", text: "type.installed", finding: "client-type-desktop" });
    expect(lines[1]).toEqual({ key: "redirect", status: "skip", text: "redirect.skip" });
  });

  it("fails a URI registered with a trailing slash as not registered exactly", () => {
    const lines = clientLines(web({ redirectUris: ["https://other.example.org/cb", `${URI}/`] }), URI, goodSecret);
    expect(lines[1]).toEqual({
      key: "redirect",
      status: "fail",
      text: "redirect.fail",
      finding: "redirect-uri-wrong-path",
      detail: "redirect.trailing-slash",
      params: { uri: URI, registered: `${URI}/` },
    });
  });

  it("blames Odoo's http:// when only the https:// form is registered", () => {
    const http = "http://erp.example.com/google_gmail/confirm";
    expect(clientLines(web(), http, goodSecret)[1]).toMatchObject({
      status: "fail",
      finding: "redirect-uri-insecure-http",
      detail: "redirect.close",
      params: { uri: http, registered: URI },
    });
  });

  it("reports a URI missing from the list as redirect-uri-mismatch", () => {
    expect(clientLines(web({ redirectUris: [] }), URI, goodSecret)[1]).toMatchObject({
      status: "fail",
      finding: "redirect-uri-mismatch",
      detail: "redirect.none",
    });
    expect(clientLines(web({ redirectUris: ["https://other.example.org/cb"] }), URI, goodSecret)[1]).toMatchObject({
      detail: "redirect.other",
      params: { uri: URI, count: 1 },
    });
  });

  it("waits for the builder's URI", () => {
    expect(clientLines(web(), undefined, goodSecret)[1]).toEqual({
      key: "redirect",
      status: "todo",
      text: "redirect.todo",
    });
  });

  it("checks the ID and secret formats, and says when the secret is not on the page", () => {
    const lines = clientLines(web({ clientId: "GOCSPX-oops" }), URI, {
      hasSecret: true,
      secretLooksRedacted: false,
      secretFormatOk: false,
    });
    expect(lines[2]).toEqual({
      key: "clientId",
      status: "fail",
      text: "clientId.fail",
      finding: "client-id-malformed",
    });
    expect(lines[3]).toEqual({
      key: "secret",
      status: "fail",
      text: "secret.fail",
      finding: "client-secret-malformed",
    });
    expect(clientLines(web(), URI, undefined)[3]).toEqual({ key: "secret", status: "skip", text: "secret.not-kept" });
    expect(clientLines(web(), URI, { ...goodSecret, secretLooksRedacted: true })[3]?.text).toBe("secret.redacted");
    expect(clientLines(web(), URI, { ...goodSecret, hasSecret: false })[3]?.text).toBe("secret.missing");
    const { clientId: _omitted, ...withoutId } = web();
    expect(clientLines(withoutId, URI, goodSecret)[2]).toMatchObject({ status: "fail", text: "clientId.missing" });
  });

  it("lists JavaScript origins as information", () => {
    expect(clientLines(web({ javascriptOrigins: ["https://erp.example.com"] }), URI, goodSecret)[4]).toEqual({
      key: "origins",
      status: "info",
      text: "origins.info",
      finding: "javascript-origins-present",
      params: { origins: "`https://erp.example.com`" },
    });
  });
});

describe("uriDifference", () => {
  it.each([
    [`${URI}/`, "trailing-slash"],
    ["https://ERP.example.com/google_gmail/confirm", "letter-case"],
    ["http://erp.example.com/google_gmail/confirm", "scheme"],
    ["https://erp.example.com/erp/google_gmail/confirm", "path"],
    ["https://erp.example.org/google_gmail/confirm", undefined],
  ])("%s differs by %s", (registered, difference) => {
    expect(uriDifference(URI, registered)).toBe(difference);
  });
});
