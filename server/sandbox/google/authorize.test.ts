/** Checks of the authorization request and redirect URI matching. */
import { describe, expect, it } from "vitest";
import { createSandboxWorld, ODOO_REDIRECT_URI } from "../world.ts";
import { checkAuthRequest, isEmbeddedWebView, isRedirectAllowed } from "./authorize.ts";

const world = createSandboxWorld({ baseUrl: () => "http://127.0.0.1:4321" });
const healthy = world.clientByName("healthy");
const desktop = world.clientByName("desktop-app");
const MAIL = "https://mail.google.com/";

function query(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const base: Record<string, string | undefined> = {
    client_id: healthy?.clientId,
    redirect_uri: "http://127.0.0.1:4321/api/live/callback",
    response_type: "code",
    scope: MAIL,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter((e): e is [string, string] => e[1] !== undefined));
}

const errorOf = (q: Record<string, string>, ua?: string) => {
  const check = checkAuthRequest(q, world, ua);
  return check.ok ? undefined : check.error;
};

describe("checkAuthRequest", () => {
  it("accepts a complete request and reads its options", () => {
    const check = checkAuthRequest(
      query({
        access_type: "offline",
        prompt: "consent select_account",
        state: '{"model":"ir.mail_server"}',
        login_hint: "a@b.c",
        include_granted_scopes: "true",
        code_challenge: "c".repeat(43),
        hl: "it",
        nonce: "n-1",
        scope: `openid email ${MAIL}`,
      }),
      world,
      undefined,
    );
    expect(check.ok && check.request).toMatchObject({
      offline: true,
      prompts: ["consent", "select_account"],
      state: '{"model":"ir.mail_server"}',
      includeGrantedScopes: true,
      codeChallengeMethod: "plain",
      hl: "it",
      scopes: ["openid", "https://www.googleapis.com/auth/userinfo.email", MAIL],
      scopeAliases: ["email"],
      nonce: "n-1",
    });
  });

  it("checks in Google's order, each failure for the error page", () => {
    expect(errorOf(query(), "Mozilla/5.0 (Linux; Android 14; wv) Chrome")).toEqual({ error: "disallowed_useragent" });
    expect(errorOf(query({ client_id: undefined }))).toMatchObject({
      error: "invalid_request",
      parameter: "client_id",
    });
    expect(errorOf(query({ client_id: "nope" }))).toEqual({ error: "invalid_client" });
    expect(errorOf(query({ client_id: world.clientByName("deleted-client")?.clientId }))).toEqual({
      error: "deleted_client",
    });
    expect(errorOf(query({ redirect_uri: undefined }))).toMatchObject({ reason: "missing", parameter: "redirect_uri" });
    expect(errorOf(query({ redirect_uri: "urn:ietf:wg:oauth:2.0:oob" }))).toMatchObject({ reason: "oob" });
    expect(errorOf(query({ redirect_uri: `${ODOO_REDIRECT_URI}/` }))).toMatchObject({ error: "redirect_uri_mismatch" });
    expect(errorOf(query({ response_type: undefined }))).toMatchObject({
      parameter: "response_type",
      reason: "missing",
    });
    expect(errorOf(query({ response_type: "token" }))).toMatchObject({ parameter: "response_type", value: "token" });
    expect(errorOf(query({ scope: " " }))).toMatchObject({ parameter: "scope" });
    expect(errorOf(query({ scope: "email nope" }))).toEqual({
      error: "invalid_scope",
      valid: ["https://www.googleapis.com/auth/userinfo.email"],
      invalid: ["nope"],
    });
    expect(errorOf(query({ access_type: "forever" }))).toMatchObject({ parameter: "access_type" });
    expect(errorOf(query({ prompt: "login" }))).toMatchObject({ parameter: "prompt", value: "login" });
    expect(errorOf(query({ prompt: "none consent" }))).toMatchObject({ parameter: "prompt" });
    expect(errorOf(query({ code_challenge_method: "S512", code_challenge: "c".repeat(43) }))).toMatchObject({
      parameter: "code_challenge_method",
    });
    expect(errorOf(query({ code_challenge_method: "S256" }))).toMatchObject({ parameter: "code_challenge" });
    expect(errorOf(query({ code_challenge: "short" }))).toMatchObject({ parameter: "code_challenge" });
  });

  it("keeps the client id for the error page URL", () => {
    const check = checkAuthRequest(query({ redirect_uri: "https://elsewhere.example/cb" }), world, undefined);
    expect(!check.ok && check.clientId).toBe(healthy?.clientId);
  });
});

describe("isRedirectAllowed", () => {
  it("matches Web clients' registered URIs exactly", () => {
    if (!healthy) throw new Error("no client");
    expect(isRedirectAllowed(healthy, ODOO_REDIRECT_URI)).toBe(true);
    expect(isRedirectAllowed(healthy, ODOO_REDIRECT_URI.replace("https:", "http:"))).toBe(false);
    expect(isRedirectAllowed(healthy, ODOO_REDIRECT_URI.toUpperCase())).toBe(false);
    expect(isRedirectAllowed(healthy, "http://127.0.0.1:4322/api/live/callback")).toBe(false);
  });

  it("accepts any loopback http URI for Desktop clients, nothing else", () => {
    if (!desktop) throw new Error("no client");
    for (const uri of ["http://127.0.0.1:9000/cb", "http://localhost", "http://[::1]:8080/"]) {
      expect(isRedirectAllowed(desktop, uri), uri).toBe(true);
    }
    for (const uri of [
      ODOO_REDIRECT_URI,
      "https://127.0.0.1/cb",
      "http://user:pw@localhost/",
      "http://localhost/#x",
      "::",
    ]) {
      expect(isRedirectAllowed(desktop, uri), uri).toBe(false);
    }
  });
});

describe("isEmbeddedWebView", () => {
  it("spots Android's WebView only", () => {
    expect(isEmbeddedWebView("Mozilla/5.0 (Linux; Android 14; wv) AppleWebKit")).toBe(true);
    expect(isEmbeddedWebView("Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/126")).toBe(false);
    expect(isEmbeddedWebView(undefined)).toBe(false);
  });
});
