import { describe, expect, it } from "vitest";
import { callbackParams, readPaste } from "./paste.ts";

const CALLBACK = "https://mycompany.odoo.com/google_gmail/confirm?state=run.nonce&code=4%2F0Aabcdefghij&scope=x";

describe("callbackParams", () => {
  it("reads Google's answer in Odoo's callback address", () => {
    expect(callbackParams(CALLBACK)?.get("code")).toBe("4/0Aabcdefghij");
    expect(callbackParams("https://x.example/google_gmail/confirm?state=s&error=access_denied")?.get("error")).toBe(
      "access_denied",
    );
  });

  it("unwraps /web/login?redirect=… (also nested, also /odoo/login)", () => {
    const once = `https://mycompany.odoo.com/web/login?redirect=${encodeURIComponent("/google_gmail/confirm?state=run.nonce&code=4%2F0Aabc")}`;
    expect(callbackParams(once)?.get("state")).toBe("run.nonce");
    const twice = `https://mycompany.odoo.com/odoo/login?redirect=${encodeURIComponent(once)}`;
    expect(callbackParams(twice)?.get("code")).toBe("4/0Aabc");
  });

  it("ignores addresses without state and code or error", () => {
    expect(callbackParams("https://mycompany.odoo.com/google_gmail/confirm?code=4%2F0A")).toBeUndefined();
    expect(callbackParams("not a url")).toBeUndefined();
  });
});

describe("readPaste", () => {
  it("finds the callback address inside pasted text", () => {
    const reading = readPaste({ text: `Forbidden\n${CALLBACK}\n` }, "en");
    expect(reading.kind).toBe("callback");
  });

  it("diagnoses Google's error page (address or text)", () => {
    const text =
      "Access blocked: Odoo Mail has not completed the Google verification process\nError 403: access_denied";
    const reading = readPaste({ text }, "it");
    expect(reading).toMatchObject({ kind: "diagnosed", finding: { id: "test-user-missing" } });
    const deleted = readPaste({ text: "Error 401: deleted_client\nThe OAuth client was deleted." }, "en");
    expect(deleted).toMatchObject({ kind: "diagnosed", finding: { id: "deleted-client" } });
  });

  it("does not take Odoo's expected Forbidden for Google's answer", () => {
    const forbidden = "Forbidden\nYou don't have the permission to access the requested resource.";
    expect(readPaste({ text: forbidden }, "en").kind).toBe("unreadable");
    expect(readPaste({ text: "hello" }, "en").kind).toBe("unreadable");
  });
});
