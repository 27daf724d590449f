/**
 * The Google emulator over plain HTTP (fetch, no browser): Google's error pages of
 * google-oauth-gmail.md §2b in English and Italian, the flow pages as forms, tokeninfo / revoke /
 * userinfo / discovery variants, and the sandbox-only controls with their problem+json errors.
 */
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeAuthError } from "../../server/sandbox/google/auth-error.ts";
import { authorizeOverHttp } from "../../server/sandbox/google/browserless.ts";
import { FORMATS } from "../../server/sandbox/google/formats.ts";
import { GOOGLE_MOUNT, GOOGLE_PATHS } from "../../server/sandbox/google/paths.ts";
import { type SandboxServer, startSandboxServer } from "../../server/sandbox/google/test-server.ts";
import { ODOO_REDIRECT_URI, type ScenarioName } from "../../server/sandbox/world.ts";

const MAIL = "https://mail.google.com/";
let s: SandboxServer;
let callback: string;

beforeAll(async () => {
  s = await startSandboxServer();
  callback = `${s.baseUrl}/api/live/callback`;
});
afterAll(() => s.close());

function clientOf(name: ScenarioName) {
  const client = s.google.world.clientByName(name);
  if (!client) throw new Error(name);
  return client;
}

function authUrl(name: ScenarioName, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    client_id: clientOf(name).clientId,
    redirect_uri: callback,
    response_type: "code",
    scope: MAIL,
    access_type: "offline",
    prompt: "consent",
    state: "s1",
    ...params,
  });
  for (const [key, value] of Object.entries(params)) if (value === "") query.delete(key);
  return `${s.url(GOOGLE_PATHS.auth)}?${query}`;
}

async function getPage(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers, redirect: "manual" });
  const html = await res.text();
  return { res, html, doc: parse(html) };
}

interface ErrorCase {
  code: string;
  status: number;
  url: () => string;
  account?: string;
  userAgent?: string;
  en: string[];
  it: string[];
}

const WEBVIEW_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A; wv) AppleWebKit/537.36 Chrome/126.0 Mobile";

const CASES: ErrorCase[] = [
  {
    code: "redirect_uri_mismatch",
    status: 400,
    url: () => authUrl("healthy", { redirect_uri: "http://mycompany.odoo.com/google_gmail/confirm" }),
    en: [
      "Access blocked: This app's request is invalid",
      "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy.",
      "If you're the app developer, register the redirect URI in the Google Cloud Console.",
      "Request details: redirect_uri=http://mycompany.odoo.com/google_gmail/confirm flowName=GeneralOAuthFlow",
      "Error 400: redirect_uri_mismatch",
    ],
    it: [
      "Accesso bloccato: la richiesta di questa app non è valida",
      "Dettagli della richiesta: redirect_uri=http://mycompany.odoo.com/google_gmail/confirm flowName=GeneralOAuthFlow",
      "Errore 400: redirect_uri_mismatch",
    ],
  },
  {
    code: "invalid_client",
    status: 401,
    url: () =>
      authUrl("healthy", { client_id: "999999999999-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.apps.googleusercontent.com" }),
    en: [
      "Access blocked: Authorization Error",
      "The OAuth client was not found.",
      "Request details: flowName=GeneralOAuthFlow",
      "Error 401: invalid_client",
    ],
    it: [
      "Accesso bloccato: errore di autorizzazione",
      "Il client OAuth non è stato trovato.",
      "Errore 401: invalid_client",
    ],
  },
  {
    code: "deleted_client",
    status: 401,
    url: () => authUrl("deleted-client"),
    en: ["The OAuth client was deleted.", "Error 401: deleted_client"],
    it: ["Il client OAuth è stato eliminato.", "Errore 401: deleted_client"],
  },
  {
    code: "access_denied",
    status: 403,
    url: () => authUrl("missing-test-user"),
    account: "not.a.tester@gmail.com",
    en: [
      "Access blocked: Odoo Mail (missing-test-user) has not completed the Google verification process",
      "The app is currently being tested, and can only be accessed by developer-approved testers. If you think you should have access, contact the developer.",
      "Error 403: access_denied",
    ],
    it: [
      "Accesso bloccato: Odoo Mail (missing-test-user) non ha completato la procedura di verifica di Google",
      "Errore 403: access_denied",
    ],
  },
  {
    code: "org_internal",
    status: 403,
    url: () => authUrl("internal-only"),
    account: "odoo.tester@gmail.com",
    en: [
      "Access blocked: Odoo Mail (internal-only) can only be used within its organization",
      "Error 403: org_internal",
    ],
    it: ["Errore 403: org_internal"],
  },
  {
    code: "invalid_request",
    status: 400,
    url: () => authUrl("oob-legacy", { redirect_uri: "urn:ietf:wg:oauth:2.0:oob" }),
    en: [
      "Access blocked: Authorization Error",
      "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy for keeping apps secure.",
      "Error 400: invalid_request",
    ],
    it: ["Accesso bloccato: errore di autorizzazione", "Errore 400: invalid_request"],
  },
  {
    code: "admin_policy_enforced",
    status: 400,
    url: () => authUrl("admin-blocked"),
    account: "ops@othercorp.example",
    en: [
      "Access to your account data is restricted by policies within your organization. Please contact the administrator for othercorp.example",
      "Error 400: admin_policy_enforced",
    ],
    it: ["amministratore di othercorp.example", "Errore 400: admin_policy_enforced"],
  },
  {
    code: "invalid_scope",
    status: 400,
    url: () => authUrl("healthy", { scope: `${MAIL} gmail.send` }),
    en: [
      "Access blocked: Authorization Error",
      `Some requested scopes were invalid. {valid=[${MAIL}], invalid=[gmail.send]}`,
      "Error 400: invalid_scope",
    ],
    it: [`{valid=[${MAIL}], invalid=[gmail.send]}`, "Errore 400: invalid_scope"],
  },
  {
    code: "disallowed_useragent",
    status: 403,
    url: () => authUrl("healthy"),
    userAgent: WEBVIEW_UA,
    en: ["Error 403: disallowed_useragent"],
    it: ["Errore 403: disallowed_useragent"],
  },
  {
    code: "invalid_request",
    status: 400,
    url: () => authUrl("healthy", { response_type: "" }),
    en: [
      "Access blocked: Authorization Error",
      "Required parameter is missing: response_type",
      "Request details: flowName=GeneralOAuthFlow",
      "Error 400: invalid_request",
    ],
    it: ["Manca un parametro obbligatorio: response_type", "Errore 400: invalid_request"],
  },
];

/** Runs the auth URL (through the chooser when an account is needed) to Google's error page URL. */
async function errorUrl(c: ErrorCase): Promise<URL> {
  const headers = c.userAgent ? { "user-agent": c.userAgent } : {};
  const outcome = await authorizeOverHttp(c.url(), { account: c.account ?? "odoo.tester@gmail.com", headers });
  if (outcome.kind !== "error-page") throw new Error(`expected an error page, got ${outcome.url}`);
  return outcome.url;
}

describe("Google's error pages (§2b), never redirected to the app", () => {
  it.each(CASES.map((c) => [`${c.code} (${c.en[0]})`, c] as const))("%s", async (_, c) => {
    // The auth endpoint itself never redirects an error to the app.
    const first = await fetch(c.url(), {
      redirect: "manual",
      headers: c.userAgent ? { "user-agent": c.userAgent } : {},
    });
    expect(first.status).toBe(302);
    const location = new URL(first.headers.get("location") ?? "", s.baseUrl);
    expect(location.origin).toBe(s.baseUrl);
    expect(location.pathname.startsWith(`${GOOGLE_MOUNT}/`)).toBe(true);

    const url = await errorUrl(c);
    expect(url.pathname).toBe(`${GOOGLE_MOUNT}/signin/oauth/error/v2`);
    expect(url.searchParams.get("flowName")).toBe("GeneralOAuthFlow");
    const payload = decodeAuthError(url.searchParams.get("authError") ?? "");
    expect(payload).toMatchObject({ error: c.code, status: c.status });
    expect(payload?.docUrl).toMatch(/^https:\/\//);

    const en = await getPage(url.toString());
    expect(en.res.status).toBe(c.status);
    expect(en.res.headers.get("content-language")).toBe("en");
    expect(en.doc.querySelector("html")?.getAttribute("lang")).toBe("en");
    const enText = en.doc.querySelector("main")?.textContent.replace(/\s+/g, " ") ?? "";
    for (const expected of c.en) expect(enText).toContain(expected);

    const it_ = await getPage(url.toString(), { "accept-language": "it-IT,it;q=0.9" });
    expect(it_.res.status).toBe(c.status);
    expect(it_.doc.querySelector("html")?.getAttribute("lang")).toBe("it");
    const itText = it_.doc.querySelector("main")?.textContent.replace(/\s+/g, " ") ?? "";
    for (const expected of c.it) expect(itText).toContain(expected);
  });

  it("carries hl= from the auth request to the error page, and writes authError's description in that language", async () => {
    const url = await errorUrl({ ...(CASES[0] as ErrorCase), url: () => authUrl("deleted-client", { hl: "it" }) });
    expect(url.searchParams.get("hl")).toBe("it");
    expect(decodeAuthError(url.searchParams.get("authError") ?? "")?.description).toBe(
      "Il client OAuth è stato eliminato.",
    );
    const page = await getPage(url.toString(), { "accept-language": "en" });
    expect(page.doc.querySelector("h1")?.textContent).toBe("Accesso bloccato: errore di autorizzazione");
  });

  it("serves the same page at /signin/oauth/error (without /v2), as some reports show it", async () => {
    const url = await errorUrl(CASES[1] as ErrorCase);
    const legacy = await getPage(`${s.baseUrl}${GOOGLE_MOUNT}/signin/oauth/error${url.search}`);
    expect(legacy.res.status).toBe(401);
    expect(legacy.doc.querySelector(".code")?.textContent).toBe("Error 401: invalid_client");
  });

  it("decodes the authError of the reference example (invalid_client)", async () => {
    const authError = "Cg5pbnZhbGlkX2NsaWVudBIfVGhlIE9BdXRoIGNsaWVudCB3YXMgbm90IGZvdW5kLg==";
    const page = await getPage(`${s.url(GOOGLE_PATHS.error)}?authError=${encodeURIComponent(authError)}`);
    expect(page.res.status).toBe(401);
    expect(page.doc.querySelector(".code")?.textContent).toBe("Error 401: invalid_client");
  });

  it("answers an unreadable authError with a 400 page", async () => {
    const page = await getPage(`${s.url(GOOGLE_PATHS.error)}?authError=%%%`);
    expect(page.res.status).toBe(400);
    expect(page.html).toContain("could not be read");
  });
});

describe("the flow pages", () => {
  it("lists every world account on the chooser, the login_hint one first and preselected", async () => {
    const first = await fetch(authUrl("healthy", { login_hint: "giulia.rossi@mycompany.example" }), {
      redirect: "manual",
    });
    const chooser = await getPage(new URL(first.headers.get("location") ?? "", s.baseUrl).toString());
    expect(chooser.res.status).toBe(200);
    const buttons = chooser.doc.querySelectorAll("button[name=account]");
    expect(buttons.map((b) => b.getAttribute("value"))).toEqual([
      "giulia.rossi@mycompany.example",
      ...s.google.world.accounts.map((a) => a.email).filter((e) => e !== "giulia.rossi@mycompany.example"),
    ]);
    expect(buttons[0]?.getAttribute("data-preselected")).toBe("true");
    expect(buttons[0]?.hasAttribute("autofocus")).toBe(true);
    expect(chooser.html).not.toContain("<script");
    expect(chooser.res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("speaks Italian with hl=it and with Accept-Language", async () => {
    for (const [url, headers] of [
      [authUrl("production-unverified", { hl: "it" }), {}],
      [authUrl("production-unverified"), { "accept-language": "it" }],
    ] as const) {
      const first = await fetch(url, { redirect: "manual", headers });
      const chooserUrl = new URL(first.headers.get("location") ?? "", s.baseUrl);
      const chooser = await getPage(chooserUrl.toString(), headers);
      expect(chooser.doc.querySelector("h1")?.textContent).toBe("Scegli un account");
      const posted = await fetch(s.url(GOOGLE_PATHS.chooser), {
        method: "POST",
        headers,
        body: new URLSearchParams({
          flow: chooserUrl.searchParams.get("flow") ?? "",
          account: "odoo.tester@gmail.com",
        }),
        redirect: "manual",
      });
      const warning = await getPage(new URL(posted.headers.get("location") ?? "", s.baseUrl).toString(), headers);
      expect(warning.doc.querySelector("h1")?.textContent).toBe("Google non ha verificato questa app");
      expect(warning.doc.querySelector("summary")?.textContent).toBe("Avanzate");
      expect(warning.html).toContain("Vai a Odoo Mail (production-unverified) (non sicura)");
    }
  });

  async function consentPageFor(scope: string) {
    const first = await fetch(authUrl("healthy", { scope }), { redirect: "manual" });
    const flow = new URL(first.headers.get("location") ?? "", s.baseUrl).searchParams.get("flow") ?? "";
    const posted = await fetch(s.url(GOOGLE_PATHS.chooser), {
      method: "POST",
      body: new URLSearchParams({ flow, account: "odoo.tester@gmail.com" }),
      redirect: "manual",
    });
    return { flow, page: await getPage(new URL(posted.headers.get("location") ?? "", s.baseUrl).toString()) };
  }

  it("lists the scopes without checkboxes when only one non-sign-in scope is asked (Odoo's request)", async () => {
    const { page } = await consentPageFor(`openid email ${MAIL}`);
    expect(page.doc.querySelector("h1")?.textContent).toBe("Odoo Mail (healthy) wants access to your Google Account");
    expect(page.doc.querySelectorAll("input[type=checkbox]")).toHaveLength(0);
    expect(page.doc.querySelectorAll(".scopes li")).toHaveLength(3);
    expect(page.html).toContain("This will allow Odoo Mail (healthy) to:");
    expect(page.html).toContain("Read, compose, send, and permanently delete all your email from Gmail");
  });

  it("offers an unticked checkbox per non-sign-in scope when several are asked (granular consent)", async () => {
    const send = "https://www.googleapis.com/auth/gmail.send";
    const { flow, page } = await consentPageFor(`openid email ${MAIL} ${send}`);
    const boxes = page.doc.querySelectorAll("input[type=checkbox]");
    expect(boxes.map((b) => b.getAttribute("value"))).toEqual([MAIL, send]);
    expect(boxes.some((b) => b.hasAttribute("checked"))).toBe(false);
    expect(page.html).toContain("Select what Odoo Mail (healthy) can access");
    const allowed = await fetch(s.url(GOOGLE_PATHS.consent), {
      method: "POST",
      body: new URLSearchParams({ flow, action: "allow", scope: send }),
      redirect: "manual",
    });
    expect(new URL(allowed.headers.get("location") ?? "").searchParams.get("scope")).toBe(
      `openid email https://www.googleapis.com/auth/userinfo.email ${send}`,
    );
  });

  it("sends the code back with state, iss, code, scope, authuser, prompt in Google's order", async () => {
    const outcome = await authorizeOverHttp(authUrl("healthy", { scope: `openid email ${MAIL}` }), {
      account: "giulia.rossi@mycompany.example",
    });
    if (outcome.kind !== "redirect") throw new Error(outcome.error);
    expect([...outcome.url.searchParams.keys()]).toEqual(["state", "iss", "code", "scope", "authuser", "hd", "prompt"]);
    expect(outcome.url.searchParams.get("iss")).toBe("https://accounts.google.com");
    expect(outcome.url.search).toContain("iss=https%3A%2F%2Faccounts.google.com");
    expect(outcome.url.searchParams.get("scope")).toBe(
      `openid email https://www.googleapis.com/auth/userinfo.email ${MAIL}`,
    );
  });

  it("answers the older /o/oauth2/auth like the current endpoint", async () => {
    const legacy = authUrl("healthy").replace(GOOGLE_PATHS.auth, "/o/oauth2/auth");
    const outcome = await authorizeOverHttp(legacy, { account: "odoo.tester@gmail.com" });
    expect(outcome.kind === "redirect" && outcome.url.searchParams.get("code")).toMatch(FORMATS.code);
  });

  it("does not let a posted consent skip the unverified-app warning", async () => {
    const first = await fetch(authUrl("production-unverified"), { redirect: "manual" });
    const flow = new URL(first.headers.get("location") ?? "", s.baseUrl).searchParams.get("flow") ?? "";
    await fetch(s.url(GOOGLE_PATHS.chooser), {
      method: "POST",
      body: new URLSearchParams({ flow, account: "odoo.tester@gmail.com" }),
      redirect: "manual",
    });
    const skipped = await fetch(s.url(GOOGLE_PATHS.consent), {
      method: "POST",
      body: new URLSearchParams({ flow, action: "allow", scope: MAIL }),
      redirect: "manual",
    });
    expect(new URL(skipped.headers.get("location") ?? "", s.baseUrl).pathname).toBe(
      `${GOOGLE_MOUNT}${GOOGLE_PATHS.warning}`,
    );
  });

  it("answers an unknown or finished flow with the expired page", async () => {
    const page = await getPage(`${s.url(GOOGLE_PATHS.consent)}?flow=nope`, { "accept-language": "it" });
    expect(page.res.status).toBe(400);
    expect(page.doc.querySelector("h1")?.textContent).toBe("Questo accesso è scaduto");
  });

  it("handles prompt=none without showing a page", async () => {
    const noHint = await fetch(authUrl("healthy", { prompt: "none" }), { redirect: "manual" });
    expect(new URL(noHint.headers.get("location") ?? "").searchParams.get("error")).toBe("account_selection_required");
    const notGranted = await fetch(authUrl("healthy", { prompt: "none", login_hint: "ops@othercorp.example" }), {
      redirect: "manual",
    });
    expect(new URL(notGranted.headers.get("location") ?? "").searchParams.get("error")).toBe("consent_required");
    await authorizeOverHttp(authUrl("healthy"), { account: "ops@othercorp.example" });
    const granted = await fetch(authUrl("healthy", { prompt: "none", login_hint: "ops@othercorp.example" }), {
      redirect: "manual",
    });
    const back = new URL(granted.headers.get("location") ?? "");
    expect(back.searchParams.get("code")).toMatch(FORMATS.code);
    expect(back.searchParams.get("prompt")).toBe("none");
  });

  it("adds earlier grants with include_granted_scopes=true", async () => {
    await authorizeOverHttp(authUrl("admin-blocked", { scope: "email" }), { account: "odoo.tester@gmail.com" });
    const outcome = await authorizeOverHttp(authUrl("admin-blocked", { include_granted_scopes: "true" }), {
      account: "odoo.tester@gmail.com",
    });
    expect(outcome.kind === "redirect" && outcome.url.searchParams.get("scope")).toBe(
      `https://www.googleapis.com/auth/userinfo.email ${MAIL}`,
    );
  });
});

/** A token for the healthy client, through the pages and the token endpoint (form body). */
async function tokenFor(account: string, scope: string) {
  const client = clientOf("healthy");
  const outcome = await authorizeOverHttp(authUrl("healthy", { scope }), { account });
  if (outcome.kind !== "redirect") throw new Error(outcome.error);
  const res = await fetch(s.endpoints.oauth2TokenUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      grant_type: "authorization_code",
      code: outcome.url.searchParams.get("code"),
      redirect_uri: callback,
      client_id: client.clientId,
      client_secret: client.clientSecret,
    }),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toContain("no-store");
  return (await res.json()) as { access_token: string; refresh_token: string; expires_in: number; scope: string };
}

describe("tokeninfo, userinfo, revoke and discovery", () => {
  it("answers userinfo with the address only for the email scope", async () => {
    const withEmail = await tokenFor("giulia.rossi@mycompany.example", `openid email profile ${MAIL}`);
    const full = await fetch(s.url(GOOGLE_PATHS.userinfo), {
      headers: { authorization: `Bearer ${withEmail.access_token}` },
    });
    expect(await full.json()).toMatchObject({
      email: "giulia.rossi@mycompany.example",
      email_verified: true,
      hd: "mycompany.example",
      name: "Giulia Rossi",
      given_name: "Giulia",
      family_name: "Rossi",
    });
    const mailOnly = await tokenFor("odoo.tester@gmail.com", MAIL);
    const bare = await fetch(
      `${s.url(GOOGLE_PATHS.userinfo)}?access_token=${encodeURIComponent(mailOnly.access_token)}`,
    );
    expect(Object.keys((await bare.json()) as object)).toEqual(["sub"]);
    const bad = await fetch(s.url(GOOGLE_PATHS.userinfo), { headers: { authorization: "Bearer ya29.nope" } });
    expect(bad.status).toBe(401);
    expect(bad.headers.get("www-authenticate")).toContain("invalid_token");
  });

  it("reads the tokeninfo token from a form body too, and revokes by body token=", async () => {
    const tokens = await tokenFor("odoo.tester@gmail.com", MAIL);
    expect(tokens.expires_in).toBe(3599);
    const info = await fetch(s.endpoints.tokenInfoUrl, {
      method: "POST",
      body: new URLSearchParams({ access_token: tokens.access_token }),
    });
    expect(await info.json()).toMatchObject({ scope: MAIL, access_type: "offline" });
    const revoke = await fetch(s.endpoints.oauth2RevokeUrl, {
      method: "POST",
      body: new URLSearchParams({ token: tokens.refresh_token }),
    });
    expect(revoke.status).toBe(200);
    const after = await fetch(`${s.endpoints.tokenInfoUrl}?access_token=${encodeURIComponent(tokens.access_token)}`);
    expect(after.status).toBe(400);
    expect(await after.json()).toEqual({ error: "invalid_token", error_description: "Invalid Value" });
  });

  it("answers Odoo 19's /oauth2/v2/userinfo?access_token= with id, email and verified_email", async () => {
    const tokens = await tokenFor(
      "giulia.rossi@mycompany.example",
      `${MAIL} https://www.googleapis.com/auth/userinfo.email`,
    );
    const v2 = await fetch(
      `${s.baseUrl}${GOOGLE_MOUNT}/oauth2/v2/userinfo?access_token=${encodeURIComponent(tokens.access_token)}`,
    );
    expect(v2.status).toBe(200);
    const body = (await v2.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id: expect.stringMatching(/^1\d{20}$/),
      email: "giulia.rossi@mycompany.example",
      verified_email: true,
      hd: "mycompany.example",
    });
    const bad = await fetch(`${s.baseUrl}${GOOGLE_MOUNT}/oauth2/v2/userinfo?access_token=ya29.nope`);
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: { code: 401, status: "UNAUTHENTICATED" } });
    const v3 = await fetch(`${s.baseUrl}${GOOGLE_MOUNT}/oauth2/v3/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(await v3.json()).toMatchObject({
      sub: body.id,
      email: "giulia.rossi@mycompany.example",
      email_verified: true,
    });
  });

  it("answers the older token paths (/o/oauth2/token, /oauth2/v4/token) and /oauth2/v3/tokeninfo like the current ones", async () => {
    const client = clientOf("healthy");
    for (const path of ["/o/oauth2/token", "/oauth2/v4/token"]) {
      const outcome = await authorizeOverHttp(authUrl("healthy"), { account: "odoo.tester@gmail.com" });
      if (outcome.kind !== "redirect") throw new Error(outcome.error);
      const res = await fetch(`${s.baseUrl}${GOOGLE_MOUNT}${path}`, {
        method: "POST",
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code: outcome.url.searchParams.get("code") ?? "",
          redirect_uri: callback,
          client_id: client.clientId,
          client_secret: client.clientSecret,
        }),
      });
      expect(res.status, path).toBe(200);
      const { access_token } = (await res.json()) as { access_token: string };
      const info = await fetch(
        `${s.baseUrl}${GOOGLE_MOUNT}/oauth2/v3/tokeninfo?access_token=${encodeURIComponent(access_token)}`,
      );
      expect(await info.json()).toMatchObject({ scope: MAIL, aud: client.clientId });
    }
  });

  it("returns an id_token with sign-in scopes, signed by a key the certs endpoints publish", async () => {
    const tokens = (await tokenFor("odoo.tester@gmail.com", `openid email ${MAIL}`)) as unknown as { id_token: string };
    const [header = "", payload = ""] = tokens.id_token.split(".");
    const { kid } = JSON.parse(Buffer.from(header, "base64url").toString()) as { kid: string };
    expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toMatchObject({
      iss: "https://accounts.google.com",
      aud: clientOf("healthy").clientId,
      email: "odoo.tester@gmail.com",
      email_verified: true,
    });
    const pem = (await (await fetch(`${s.baseUrl}${GOOGLE_MOUNT}/oauth2/v1/certs`)).json()) as Record<string, string>;
    expect(pem[kid]).toMatch(/^-----BEGIN CERTIFICATE-----/);
    const jwks = (await (await fetch(`${s.baseUrl}${GOOGLE_MOUNT}/oauth2/v3/certs`)).json()) as {
      keys: { kid: string }[];
    };
    expect(jwks.keys.map((k) => k.kid)).toEqual([kid]);
  });

  it("serves the discovery document with absolute sandbox URLs and Google's issuer", async () => {
    const doc = (await (await fetch(s.url(GOOGLE_PATHS.discovery))).json()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      issuer: "https://accounts.google.com",
      jwks_uri: `${s.baseUrl}${GOOGLE_MOUNT}/oauth2/v3/certs`,
      authorization_endpoint: s.endpoints.oauth2AuthBaseUrl,
      token_endpoint: s.endpoints.oauth2TokenUrl,
      revocation_endpoint: s.endpoints.oauth2RevokeUrl,
      userinfo_endpoint: s.url(GOOGLE_PATHS.userinfo),
      code_challenge_methods_supported: ["plain", "S256"],
    });
  });

  it("answers token requests without a client, or with an unknown grant type, as Google does", async () => {
    const post = (body: Record<string, string>) =>
      fetch(s.endpoints.oauth2TokenUrl, { method: "POST", body: new URLSearchParams(body) });
    expect(await (await post({ grant_type: "authorization_code" })).json()).toEqual({
      error: "invalid_request",
      error_description: "Could not determine client ID from request.",
    });
    const client = clientOf("healthy");
    const bad = await post({ grant_type: "password", client_id: client.clientId, client_secret: client.clientSecret });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: "unsupported_grant_type",
      error_description: "Invalid grant_type: password",
    });
    const noSecret = await post({ grant_type: "refresh_token", client_id: client.clientId });
    expect(await noSecret.json()).toEqual({ error: "invalid_request", error_description: "client_secret is missing." });
  });
});

describe("sandbox controls", () => {
  const own = (client: { client_id: string; client_secret: string }) => ({
    client_id: client.client_id,
    client_secret: client.client_secret,
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(s.url(path), {
      method: "POST",
      headers: { "content-type": "application/json", origin: s.baseUrl, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const mint = async (scenario: ScenarioName) => {
    const res = await post(GOOGLE_PATHS.clients, { scenario });
    expect(res.status).toBe(201);
    return (await res.json()) as { name: string; client_id: string; client_secret: string; redirect_uris: string[] };
  };

  it("lists the world: scenario clients in Google's formats and accounts of both kinds", async () => {
    const world = (await (await fetch(s.url(GOOGLE_PATHS.world))).json()) as {
      clients: { name: string; client_id: string; client_secret: string; type: string; redirect_uris: string[] }[];
      accounts: { email: string; kind: string; org?: string }[];
    };
    expect(world.clients.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "healthy",
        "desktop-app",
        "production-unverified",
        "missing-test-user",
        "internal-only",
        "deleted-client",
      ]),
    );
    for (const c of world.clients) {
      expect(c.client_id).toMatch(FORMATS.clientId);
      expect(c.client_secret).toMatch(c.name === "oob-legacy" ? FORMATS.legacyClientSecret : FORMATS.clientSecret);
      if (c.type === "web") expect(c.redirect_uris).toEqual([callback, ODOO_REDIRECT_URI]);
      else for (const uri of c.redirect_uris) expect(uri).not.toMatch(/^https:/);
    }
    expect(world.accounts).toContainEqual({ email: "odoo.tester@gmail.com", kind: "gmail" });
    expect(world.accounts).toContainEqual({
      email: "giulia.rossi@mycompany.example",
      kind: "workspace",
      org: "mycompany.example",
      send_as: ["sales@mycompany.example"],
    });
  });

  it("mints a practice run's own client, which works like its scenario and is not listed", async () => {
    const mine = await mint("healthy");
    expect(mine.client_id).toMatch(FORMATS.clientId);
    expect(mine.redirect_uris).toEqual([callback, ODOO_REDIRECT_URI]);
    const world = (await (await fetch(s.url(GOOGLE_PATHS.world))).json()) as { clients: { client_id: string }[] };
    expect(world.clients.map((c) => c.client_id)).not.toContain(mine.client_id);
    const url = authUrl("healthy").replace(clientOf("healthy").clientId, mine.client_id);
    const outcome = await authorizeOverHttp(url, { account: "odoo.tester@gmail.com" });
    expect(outcome.kind).toBe("redirect");
  });

  it("ages only the caller's client's grants: its refresh dies, access tokens and other clients do not", async () => {
    const mine = await mint("testing");
    const theirs = await mint("testing");
    const connect = async (client: { client_id: string; client_secret: string }) => {
      const url = authUrl("testing").replace(clientOf("testing").clientId, client.client_id);
      const outcome = await authorizeOverHttp(url, { account: "odoo.tester@gmail.com" });
      if (outcome.kind !== "redirect") throw new Error(outcome.error);
      const res = await fetch(s.endpoints.oauth2TokenUrl, {
        method: "POST",
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code: outcome.url.searchParams.get("code") ?? "",
          redirect_uri: callback,
          ...own(client),
        }),
      });
      return (await res.json()) as { access_token: string; refresh_token: string; refresh_token_expires_in: number };
    };
    const [a, b] = [await connect(mine), await connect(theirs)];
    expect(a.refresh_token_expires_in).toBe(604799);
    const aged = await post(GOOGLE_PATHS.age, { days: 8, ...own(mine) });
    expect(aged.status).toBe(200);
    const refresh = (client: typeof mine, token: string) =>
      fetch(s.endpoints.oauth2TokenUrl, {
        method: "POST",
        body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: token, ...own(client) }),
      });
    const dead = await refresh(mine, a.refresh_token);
    expect(dead.status).toBe(400);
    expect(await dead.json()).toEqual({
      error: "invalid_grant",
      error_description: "Token has been expired or revoked.",
    });
    expect((await refresh(theirs, b.refresh_token)).status).toBe(200);
    const info = await fetch(`${s.endpoints.tokenInfoUrl}?access_token=${encodeURIComponent(a.access_token)}`);
    expect(info.status).toBe(200);
  });

  it("matches a fault to the caller's client (and a code): other clients' calls pass", async () => {
    const mine = await mint("healthy");
    const set = await post(GOOGLE_PATHS.faults, {
      endpoint: "token",
      mode: "500",
      count: 1,
      match: { code: "4/0AeanS0aOther" },
      ...own(mine),
    });
    expect(await set.json()).toEqual({
      faults: [
        {
          endpoint: "token",
          mode: "500",
          remaining: 1,
          delayMs: 2000,
          match: { client_id: mine.client_id, code: "4/0AeanS0aOther" },
        },
      ],
    });
    const call = (clientId: string) =>
      fetch(s.url(GOOGLE_PATHS.token), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `grant_type=authorization_code&code=4%2F0AeanS0aOther&client_id=${clientId}&client_secret=y&redirect_uri=https%3A%2F%2Fa.example%2Fcb`,
      });
    expect((await call(clientOf("healthy").clientId)).status).not.toBe(500);
    expect((await call(mine.client_id)).status).toBe(500);
    const basic = `Basic ${Buffer.from(`${mine.client_id}:${mine.client_secret}`).toString("base64")}`;
    const listed = await fetch(s.url(GOOGLE_PATHS.faults), { headers: { authorization: basic } });
    expect(await listed.json()).toEqual({ faults: [] });
  });

  it("blocks the caller's client in an organization (app access), not the world's", async () => {
    const mine = await mint("healthy");
    const res = await post(GOOGLE_PATHS.appAccess, { org: "mycompany.example", blocked: true, ...own(mine) });
    expect(await res.json()).toEqual({ org: "mycompany.example", client_id: mine.client_id, blocked: true });
    const url = authUrl("healthy").replace(clientOf("healthy").clientId, mine.client_id);
    const outcome = await authorizeOverHttp(url, { account: "giulia.rossi@mycompany.example" });
    expect(outcome.kind === "error-page" && outcome.error).toBe("admin_policy_enforced");
    const world = await authorizeOverHttp(authUrl("healthy"), { account: "giulia.rossi@mycompany.example" });
    expect(world.kind).toBe("redirect");
    const unknown = await post(GOOGLE_PATHS.appAccess, { org: "nowhere.example", blocked: true, ...own(mine) });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ title: "Unknown organization" });
  });

  it("refuses requests from another site, without credentials, or on a shared world client", async () => {
    const mine = await mint("healthy");
    const evil = await post(
      GOOGLE_PATHS.faults,
      { endpoint: "token", mode: "500", ...own(mine) },
      {
        origin: "https://evil.example",
      },
    );
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({
      type: "/api/problems/sandbox-origin",
      title: "Request from another site",
    });
    const noOrigin = await fetch(s.url(GOOGLE_PATHS.clients), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenario: "healthy" }),
    });
    expect(noOrigin.status).toBe(403);
    expect((await post(GOOGLE_PATHS.age, { days: 1 })).status).toBe(401);
    expect((await post(GOOGLE_PATHS.age, { days: 1, ...own(mine), client_secret: "GOCSPX-wrong" })).status).toBe(401);
    const healthy = clientOf("healthy");
    const shared = await post(
      GOOGLE_PATHS.age,
      { days: 1, client_id: healthy.clientId, client_secret: healthy.clientSecret },
      { "accept-language": "it" },
    );
    expect(shared.status).toBe(403);
    expect(await shared.json()).toMatchObject({ title: "Non è il tuo client di prova" });
    expect((await fetch(s.url(GOOGLE_PATHS.faults))).status).toBe(401);
  });

  it.each([
    [GOOGLE_PATHS.age, { ms: -5 }, "ms"],
    [GOOGLE_PATHS.age, "not json", "body"],
    [GOOGLE_PATHS.clients, { scenario: "nope" }, "scenario"],
    [GOOGLE_PATHS.faults, { endpoint: "smtp", mode: "500" }, "endpoint"],
    [GOOGLE_PATHS.faults, { endpoint: "token", mode: "timeout", count: 1, delayMs: 60_001 }, "delayMs"],
    [GOOGLE_PATHS.appAccess, { org: "othercorp.example" }, "blocked"],
  ] as const)("refuses a bad body on %s with 400 problem+json", async (path, body, field) => {
    const res = await post(path, body);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({
      status: 400,
      title: "Invalid request body",
      type: "/api/problems/sandbox-bad-body",
    });
    expect(String(problem.detail)).toContain(field);
    const it_ = (await (await post(path, body, { "accept-language": "it" })).json()) as Record<string, unknown>;
    expect(it_.title).toBe("Corpo della richiesta non valido");
  });

  it("refuses bodies over 64 KB with 413", async () => {
    const res = await fetch(s.endpoints.oauth2TokenUrl, { method: "POST", body: "x".repeat(65 * 1024) });
    expect(res.status).toBe(413);
  });
});
