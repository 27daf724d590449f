/** Redirects back to the app, encoded like Google's. */
import { describe, expect, it } from "vitest";
import { clientRedirectUrl } from "./respond.ts";

describe("clientRedirectUrl", () => {
  it("appends parameters encoded like Google's redirect (/ as %2F, spaces as %20), skipping absent ones", () => {
    const url = clientRedirectUrl("https://mycompany.odoo.com/google_gmail/confirm", [
      ["code", "4/0Aab+c"],
      ["scope", "openid https://mail.google.com/"],
      ["state", undefined],
    ]);
    expect(url).toBe(
      "https://mycompany.odoo.com/google_gmail/confirm?code=4%2F0Aab%2Bc&scope=openid%20https%3A%2F%2Fmail.google.com%2F",
    );
    expect(new URL(url).searchParams.get("code")).toBe("4/0Aab+c");
  });

  it("keeps a query the redirect URI already has", () => {
    expect(clientRedirectUrl("http://127.0.0.1:9/cb?x=1", [["error", "access_denied"]])).toBe(
      "http://127.0.0.1:9/cb?x=1&error=access_denied",
    );
  });
});
