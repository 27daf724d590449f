/** Google's error pages rendered from their authError payload. */
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { decodeAuthError, encodeAuthError } from "./auth-error.ts";
import { AUTH_ERROR_STATUS, type AuthPageError, renderErrorPage, statusOf, toPayload } from "./error-pages.ts";

const ALL: AuthPageError[] = [
  { error: "redirect_uri_mismatch", redirectUri: "http://x.example/cb" },
  { error: "invalid_request", reason: "oob", redirectUri: "urn:ietf:wg:oauth:2.0:oob" },
  { error: "invalid_request", reason: "missing", parameter: "response_type" },
  { error: "invalid_request", reason: "invalid", parameter: "prompt", value: "login" },
  { error: "invalid_scope", valid: ["openid"], invalid: ["x"] },
  { error: "invalid_client" },
  { error: "deleted_client" },
  { error: "access_denied", app: "App" },
  { error: "org_internal", app: "App" },
  { error: "admin_policy_enforced", domain: "corp.example" },
  { error: "disallowed_useragent" },
];

function rendered(lang: "en" | "it", e: AuthPageError) {
  const payload = decodeAuthError(encodeAuthError(toPayload(e)));
  return { payload, doc: parse(renderErrorPage(lang, payload, "GeneralOAuthFlow")) };
}

describe("error pages", () => {
  it.each(ALL.map((e) => [e.error, e] as const))(
    "%s: Google's status, code line and a heading in EN and IT",
    (_, e) => {
      const en = rendered("en", e);
      const it_ = rendered("it", e);
      expect(statusOf(en.payload)).toBe(AUTH_ERROR_STATUS[e.error]);
      expect(en.payload?.status).toBe(AUTH_ERROR_STATUS[e.error]);
      expect(en.payload?.docUrl).toMatch(/^https:\/\/(developers|support)\.google\.com\//);
      expect(en.doc.querySelector(".code")?.textContent).toBe(`Error ${AUTH_ERROR_STATUS[e.error]}: ${e.error}`);
      expect(it_.doc.querySelector(".code")?.textContent).toBe(`Errore ${AUTH_ERROR_STATUS[e.error]}: ${e.error}`);
      expect(en.doc.querySelector("h1")?.textContent).toMatch(/^Access blocked: /);
      expect(it_.doc.querySelector("h1")?.textContent).toMatch(/^Accesso bloccato: /);
      expect(en.doc.querySelector("h1")?.textContent).not.toContain("{");
    },
  );

  it("heads invalid_request and invalid_scope with Authorization Error, redirect_uri_mismatch with the request-invalid line", () => {
    const heading = (e: AuthPageError) => rendered("en", e).doc.querySelector("h1")?.textContent;
    expect(heading(ALL[0] as AuthPageError)).toBe("Access blocked: This app's request is invalid");
    for (const e of ALL.filter((x) => x.error === "invalid_request" || x.error === "invalid_scope")) {
      expect(heading(e)).toBe("Access blocked: Authorization Error");
    }
  });

  it("writes the description in the flow's language", () => {
    const it_ = decodeAuthError(encodeAuthError(toPayload(ALL[5] as AuthPageError, "it")));
    expect(it_?.description).toBe("Il client OAuth non è stato trovato.");
  });

  it("words redirect_uri_mismatch and its description as Google does", () => {
    const { payload, doc } = rendered("en", ALL[0] as AuthPageError);
    expect(payload?.description).toBe(
      "The redirect URI in the request, http://x.example/cb, does not match the ones authorized for the OAuth client.",
    );
    expect(doc.querySelector(".details")?.textContent).toBe(
      "Request details: redirect_uri=http://x.example/cb flowName=GeneralOAuthFlow",
    );
  });

  it("answers an unreadable payload with 400 and a generic page", () => {
    expect(statusOf(undefined)).toBe(400);
    expect(renderErrorPage("it", undefined)).toContain("Non è stato possibile leggere");
    const unknown = { error: "made_up", description: "", docUrl: "", status: 400, details: [], params: {} };
    expect(statusOf(unknown)).toBe(400);
    expect(parse(renderErrorPage("en", unknown)).querySelector(".code")?.textContent).toBe("Error 400: made_up");
  });
});
