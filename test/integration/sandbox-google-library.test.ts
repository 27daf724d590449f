/**
 * google-auth-library (the real client, endpoints pointed at the sandbox) against the Google emulator
 * on a real HTTP server: every scenario client, every token-endpoint error row of
 * google-oauth-gmail.md §2a, Testing's 7-day expiry, revocation and injected faults.
 */
import { ClientAuthentication, type Credentials, OAuth2Client } from "google-auth-library";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeOverHttp } from "../../server/sandbox/google/browserless.ts";
import { GOOGLE_PATHS } from "../../server/sandbox/google/paths.ts";
import { type SandboxServer, startSandboxServer } from "../../server/sandbox/google/test-server.ts";
import { ODOO_REDIRECT_URI, type ScenarioName } from "../../server/sandbox/world.ts";

const MAIL = "https://mail.google.com/";
const EMAIL = "https://www.googleapis.com/auth/userinfo.email";
const TESTER = "odoo.tester@gmail.com";
const OUTSIDER = "not.a.tester@gmail.com";
const GIULIA = "giulia.rossi@mycompany.example";
const OPS = "ops@othercorp.example";
const AUDITOR = "auditor@strictcorp.example";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let s: SandboxServer;
let callback: string;

beforeAll(async () => {
  s = await startSandboxServer();
  callback = `${s.baseUrl}/api/live/callback`;
});
afterAll(() => s.close());

interface ClientOptions {
  redirectUri?: string;
  clientId?: string;
  clientSecret?: string;
  clientAuthentication?: ClientAuthentication;
  retry?: number;
  timeout?: number;
}

/** A practice run's own copy of a scenario client: options for `oauth`, and its HTTP Basic credentials. */
function practiceClient(name: ScenarioName = "healthy") {
  const minted = s.google.controls.newClient(name);
  return {
    options: { clientId: minted.client_id, clientSecret: minted.client_secret },
    basic: `Basic ${Buffer.from(`${minted.client_id}:${minted.client_secret}`).toString("base64")}`,
  };
}

/** An OAuth2Client for a scenario, pointed at the sandbox; no retries unless asked for. */
function oauth(name: ScenarioName, options: ClientOptions = {}): OAuth2Client {
  const client = s.google.world.clientByName(name);
  if (!client) throw new Error(name);
  return new OAuth2Client({
    clientId: options.clientId ?? client.clientId,
    clientSecret: options.clientSecret ?? client.clientSecret,
    redirectUri: options.redirectUri ?? callback,
    endpoints: s.endpoints,
    clientAuthentication: options.clientAuthentication ?? ClientAuthentication.ClientSecretPost,
    transporterOptions: {
      retryConfig: { retry: options.retry ?? 0, retryDelay: 5, retryDelayMultiplier: 1, noResponseRetries: 0 },
      ...(options.timeout ? { timeout: options.timeout } : {}),
    },
  });
}

interface Consent {
  account: string;
  scope?: string[];
  grant?: string[];
  pkce?: "S256" | "plain" | "none";
  offline?: boolean;
  prompt?: string;
  continueUnverified?: boolean;
  cancel?: boolean;
  redirectUri?: string;
}

/** Authorizes through the emulated pages; returns the redirect back to the app and the PKCE verifier. */
async function authorize(client: OAuth2Client, consent: Consent) {
  let verifier: string | undefined;
  let challenge: Record<string, string> = {};
  if (consent.pkce === "S256" || consent.pkce === undefined) {
    const pair = await client.generateCodeVerifierAsync();
    verifier = pair.codeVerifier;
    challenge = { code_challenge: pair.codeChallenge ?? "", code_challenge_method: "S256" };
  } else if (consent.pkce === "plain") {
    verifier = "plain-verifier-".padEnd(50, "x");
    challenge = { code_challenge: verifier, code_challenge_method: "plain" };
  }
  const url = client.generateAuthUrl({
    scope: consent.scope ?? [MAIL],
    state: "state-123",
    ...(consent.offline === false ? {} : { access_type: "offline" }),
    ...(consent.prompt === "" ? {} : { prompt: consent.prompt ?? "consent" }),
    ...(consent.redirectUri ? { redirect_uri: consent.redirectUri } : {}),
    ...challenge,
  } as Parameters<OAuth2Client["generateAuthUrl"]>[0]);
  const outcome = await authorizeOverHttp(url, {
    account: consent.account,
    ...(consent.grant ? { grant: consent.grant } : {}),
    ...(consent.continueUnverified === undefined ? {} : { continueUnverified: consent.continueUnverified }),
    ...(consent.cancel ? { cancel: true } : {}),
  });
  return { outcome, verifier };
}

/** Authorizes and exchanges the code: the tokens as google-auth-library returns them. */
async function connect(name: ScenarioName, consent: Consent, options: ClientOptions = {}) {
  const client = oauth(name, options);
  const { outcome, verifier } = await authorize(client, consent);
  if (outcome.kind !== "redirect") throw new Error(`error page ${outcome.error}`);
  const code = outcome.url.searchParams.get("code");
  if (!code) throw new Error(`no code: ${outcome.url.search}`);
  const { tokens } = await client.getToken({
    code,
    ...(verifier ? { codeVerifier: verifier } : {}),
    ...(consent.redirectUri ? { redirect_uri: consent.redirectUri } : {}),
  });
  client.setCredentials(tokens);
  return { client, tokens, outcome };
}

/** The GaxiosError of a failing call, as { status, data }. */
async function failure(
  call: Promise<unknown>,
): Promise<{ status: number | undefined; data: unknown; message: string }> {
  try {
    await call;
  } catch (error) {
    const e = error as { status?: number; response?: { status?: number; data?: unknown }; message: string };
    return { status: e.status ?? e.response?.status, data: e.response?.data, message: e.message };
  }
  throw new Error("expected the call to fail");
}

async function codeFor(name: ScenarioName, consent: Consent, options: ClientOptions = {}) {
  const client = oauth(name, options);
  const { outcome, verifier } = await authorize(client, consent);
  if (outcome.kind !== "redirect") throw new Error(`error page ${outcome.error}`);
  return { client, code: outcome.url.searchParams.get("code") ?? "", verifier, outcome };
}

describe("healthy: Web client, External, in production, verified", () => {
  it("runs the whole flow: auth URL, pages, code with PKCE S256, tokens, tokeninfo, refresh, revoke", async () => {
    const { client, tokens, outcome } = await connect("healthy", { account: TESTER, scope: [MAIL, "email"] });
    expect(outcome.pages).toEqual([GOOGLE_PATHS.chooser, GOOGLE_PATHS.consent]);
    expect(outcome.url.origin + outcome.url.pathname).toBe(callback);
    expect(outcome.url.search).toMatch(/[?&]code=4%2F0A/);
    expect(Object.fromEntries(outcome.url.searchParams)).toMatchObject({
      state: "state-123",
      iss: "https://accounts.google.com",
      authuser: "0",
      prompt: "consent",
      scope: `${MAIL} email ${EMAIL}`,
    });
    expect(tokens.access_token).toMatch(/^ya29\./);
    expect(tokens.refresh_token).toMatch(/^1\/\//);
    expect(tokens.token_type).toBe("Bearer");
    expect(tokens.scope).toBe(`${MAIL} ${EMAIL}`);
    expect(tokens.expiry_date).toBeGreaterThan(Date.now() + 3590_000);
    expect(tokens.expiry_date).toBeLessThanOrEqual(Date.now() + 3600_000);

    const info = await client.getTokenInfo(tokens.access_token ?? "");
    expect(info.scopes).toEqual([MAIL, EMAIL]);
    expect(info.email).toBe(TESTER);
    expect(info.aud).toBe(s.google.world.clientByName("healthy")?.clientId);
    expect(s.google.tokens.verifyAccessToken(tokens.access_token ?? "")).toMatchObject({
      email: TESTER,
      scopes: [MAIL, EMAIL],
    });

    const refreshed = await client.refreshAccessToken();
    expect(refreshed.credentials.access_token).toMatch(/^ya29\./);
    expect(refreshed.credentials.access_token).not.toBe(tokens.access_token);
    expect(refreshed.credentials.scope).toBe(`${MAIL} ${EMAIL}`);

    const revoked = await client.revokeToken(tokens.refresh_token ?? "");
    expect(revoked.status).toBe(200);
    // Revoking removes the whole grant: every access token of it dies too.
    expect(s.google.tokens.verifyAccessToken(refreshed.credentials.access_token ?? "")).toBeUndefined();
    const again = await failure(client.refreshAccessToken());
    expect(again).toMatchObject({
      status: 400,
      data: { error: "invalid_grant", error_description: "Token has been expired or revoked." },
    });
    const info2 = await failure(client.getTokenInfo(tokens.access_token ?? ""));
    expect(info2).toMatchObject({ status: 400, data: { error: "invalid_token", error_description: "Invalid Value" } });
    const revokeAgain = await failure(client.revokeToken(tokens.access_token ?? ""));
    expect(revokeAgain).toMatchObject({
      status: 400,
      data: { error: "invalid_token", error_description: "Token expired or revoked" },
    });
  });

  it("answers tokeninfo with string values, and the email only with the email scope", async () => {
    const { tokens } = await connect("healthy", { account: TESTER });
    const res = await fetch(
      `${s.endpoints.tokenInfoUrl}?access_token=${encodeURIComponent(tokens.access_token ?? "")}`,
    );
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(body.email).toBeUndefined();
    expect(body).toMatchObject({ scope: MAIL, access_type: "offline" });
    for (const value of Object.values(body)) expect(typeof value).toBe("string");
    expect(Number(body.expires_in)).toBeGreaterThan(3500);
    expect(Number(body.exp)).toBeGreaterThan(Date.now() / 1000);
  });

  it("accepts the Odoo-style redirect URI and sends the code there", async () => {
    const { outcome } = await authorize(oauth("healthy", { redirectUri: ODOO_REDIRECT_URI }), { account: TESTER });
    expect(outcome.kind).toBe("redirect");
    if (outcome.kind === "redirect") {
      expect(outcome.url.origin + outcome.url.pathname).toBe(ODOO_REDIRECT_URI);
      expect(outcome.url.searchParams.get("code")).toMatch(/^4\/0A/);
    }
  });

  it("supports PKCE plain, no PKCE, and client authentication with Basic", async () => {
    const plain = await connect("healthy", { account: TESTER, pkce: "plain" });
    expect(plain.tokens.access_token).toMatch(/^ya29\./);
    const none = await connect("healthy", { account: TESTER, pkce: "none" });
    expect(none.tokens.access_token).toMatch(/^ya29\./);
    const basic = await connect(
      "healthy",
      { account: TESTER },
      { clientAuthentication: ClientAuthentication.ClientSecretBasic },
    );
    expect(basic.tokens.refresh_token).toMatch(/^1\/\//);
  });

  it("gives a refresh token only with access_type=offline, and again only with prompt=consent", async () => {
    const online = await connect("healthy", { account: GIULIA, offline: false });
    expect(online.tokens.refresh_token).toBeUndefined();
    // Already granted, no prompt=consent: Google approves without the consent page and without a refresh token.
    const repeat = await connect("healthy", { account: GIULIA, prompt: "" });
    expect(repeat.outcome.pages).toEqual([GOOGLE_PATHS.chooser]);
    expect(repeat.outcome.url.searchParams.get("prompt")).toBe("none");
    expect(repeat.tokens.refresh_token).toBeUndefined();
    const forced = await connect("healthy", { account: GIULIA, prompt: "consent" });
    expect(forced.tokens.refresh_token).toMatch(/^1\/\//);
    expect(forced.outcome.url.searchParams.get("hd")).toBe("mycompany.example");
  });

  it("lets the user leave https://mail.google.com/ unticked when granular consent shows (two non-sign-in scopes)", async () => {
    const send = "https://www.googleapis.com/auth/gmail.send";
    const { tokens, client } = await connect("healthy", {
      account: TESTER,
      scope: [MAIL, send, "email"],
      grant: [send],
    });
    expect(tokens.scope).toBe(`${send} ${EMAIL}`);
    const bare = await connect("healthy", { account: TESTER, scope: [MAIL, send, "email"], grant: [] });
    expect(bare.tokens.scope).toBe(EMAIL);
    const info = await client.getTokenInfo(tokens.access_token ?? "");
    expect(info.scopes).toEqual([send, EMAIL]);
    expect(s.google.tokens.verifyAccessToken(tokens.access_token ?? "")?.scopes).not.toContain(MAIL);
  });

  it("sends Cancel back to the app as error=access_denied with the state", async () => {
    const { outcome } = await authorize(oauth("healthy"), { account: TESTER, cancel: true });
    expect(outcome.kind).toBe("redirect");
    if (outcome.kind === "redirect") {
      expect(outcome.url.origin + outcome.url.pathname).toBe(callback);
      expect(Object.fromEntries(outcome.url.searchParams)).toEqual({ error: "access_denied", state: "state-123" });
    }
  });

  it("expires access tokens after 3599 s of sandbox time", async () => {
    const { tokens } = await connect("healthy", { account: TESTER });
    s.clock.advance(3600_000);
    expect(s.google.tokens.verifyAccessToken(tokens.access_token ?? "")).toBeUndefined();
  });
});

describe("testing: External app in Testing, test users listed", () => {
  it("shows the Testing warning, then gives a refresh token that dies 7 days after consent", async () => {
    const { client, outcome } = await connect("testing", { account: TESTER });
    expect(outcome.pages).toEqual([GOOGLE_PATHS.chooser, GOOGLE_PATHS.warning, GOOGLE_PATHS.consent]);
    s.clock.advance(6 * DAY + 23 * HOUR);
    await expect(client.refreshAccessToken()).resolves.toBeDefined();
    s.clock.advance(HOUR);
    const dead = await failure(client.refreshAccessToken());
    expect(dead).toMatchObject({
      status: 400,
      message: "invalid_grant",
      data: { error: "invalid_grant", error_description: "Token has been expired or revoked." },
    });
  });

  it("does not limit refresh tokens that carry only sign-in scopes", async () => {
    const { client, outcome } = await connect("testing", { account: TESTER, scope: ["openid", "email"] });
    expect(outcome.pages).toEqual([GOOGLE_PATHS.chooser, GOOGLE_PATHS.consent]);
    s.clock.advance(8 * DAY);
    await expect(client.refreshAccessToken()).resolves.toBeDefined();
  });

  it("refuses an account that is not a test user on Google's page (403 access_denied)", async () => {
    const { outcome } = await authorize(oauth("testing"), { account: OUTSIDER });
    expect(outcome).toMatchObject({ kind: "error-page", status: 403, error: "access_denied" });
  });
});

describe("missing-test-user: Testing, only odoo.tester@gmail.com listed", () => {
  it.each([OUTSIDER, GIULIA, OPS])("shows Error 403: access_denied to %s, never redirecting", async (account) => {
    const { outcome } = await authorize(oauth("missing-test-user"), { account });
    expect(outcome).toMatchObject({ kind: "error-page", status: 403, error: "access_denied" });
    if (outcome.kind === "error-page") {
      expect(outcome.description).toContain("can only be accessed by developer-approved testers");
      expect(outcome.url.searchParams.get("client_id")).toBe(
        s.google.world.clientByName("missing-test-user")?.clientId,
      );
    }
  });

  it("lets the listed test user through", async () => {
    const { tokens } = await connect("missing-test-user", { account: TESTER });
    expect(tokens.refresh_token).toMatch(/^1\/\//);
  });
});

describe("production-unverified: in production without verification", () => {
  it("shows Google's unverified-app warning; Advanced → Go to … (unsafe) continues", async () => {
    const { outcome, tokens } = await connect("production-unverified", { account: OUTSIDER });
    expect(outcome.pages).toEqual([GOOGLE_PATHS.chooser, GOOGLE_PATHS.warning, GOOGLE_PATHS.consent]);
    expect(tokens.scope).toBe(MAIL);
  });

  it("sends Back to safety to the app as access_denied", async () => {
    const { outcome } = await authorize(oauth("production-unverified"), {
      account: OUTSIDER,
      continueUnverified: false,
    });
    expect(outcome.kind === "redirect" && Object.fromEntries(outcome.url.searchParams)).toEqual({
      error: "access_denied",
      state: "state-123",
    });
  });

  it("shows no warning for sign-in scopes only", async () => {
    const { outcome } = await connect("production-unverified", { account: OUTSIDER, scope: ["openid", "email"] });
    expect(outcome.pages).toEqual([GOOGLE_PATHS.chooser, GOOGLE_PATHS.consent]);
  });
});

describe("desktop-app: a Desktop client", () => {
  it("accepts any loopback redirect URI, whatever the port and path", async () => {
    const viaCompanion = await connect("desktop-app", { account: TESTER });
    expect(viaCompanion.tokens.access_token).toMatch(/^ya29\./);
    const loopback = await connect("desktop-app", { account: TESTER, redirectUri: "http://localhost:8765/" });
    expect(loopback.outcome.url.origin).toBe("http://localhost:8765");
  });

  it("answers the Odoo https redirect URI with Error 400: redirect_uri_mismatch", async () => {
    const { outcome } = await authorize(oauth("desktop-app", { redirectUri: ODOO_REDIRECT_URI }), { account: TESTER });
    expect(outcome).toMatchObject({ kind: "error-page", status: 400, error: "redirect_uri_mismatch" });
  });
});

describe("internal-only: Internal user type of mycompany.example", () => {
  it("lets an account of its organization in", async () => {
    const { tokens } = await connect("internal-only", { account: GIULIA });
    expect(tokens.refresh_token).toMatch(/^1\/\//);
  });

  it.each([TESTER, OPS])("refuses %s with Error 403: org_internal", async (account) => {
    const { outcome } = await authorize(oauth("internal-only"), { account });
    expect(outcome).toMatchObject({ kind: "error-page", status: 403, error: "org_internal" });
  });
});

describe("deleted-client", () => {
  it("shows Error 401: deleted_client on the auth page and refuses the token endpoint", async () => {
    const { outcome } = await authorize(oauth("deleted-client"), { account: TESTER });
    expect(outcome).toMatchObject({ kind: "error-page", status: 401, error: "deleted_client" });
    const token = await failure(oauth("deleted-client").getToken({ code: "4/0Aabcdefghijklmnopqrstuvwxyz0123" }));
    expect(token).toMatchObject({
      status: 401,
      data: { error: "deleted_client", error_description: "The OAuth client was deleted." },
    });
  });
});

describe("admin-blocked: othercorp.example's admin blocked the client", () => {
  it("shows Error 400: admin_policy_enforced to the organization's account", async () => {
    const { outcome } = await authorize(oauth("admin-blocked"), { account: OPS });
    expect(outcome).toMatchObject({ kind: "error-page", status: 400, error: "admin_policy_enforced" });
    if (outcome.kind === "error-page") expect(outcome.description).toContain("othercorp.example");
  });

  it("lets other accounts in", async () => {
    const { tokens } = await connect("admin-blocked", { account: TESTER });
    expect(tokens.access_token).toMatch(/^ya29\./);
  });
});

describe("oob-legacy and the out-of-band flow", () => {
  it.each(["oob-legacy", "healthy", "desktop-app"] as const)(
    "shows Error 400: invalid_request for urn:ietf:wg:oauth:2.0:oob (%s)",
    async (name) => {
      const { outcome } = await authorize(oauth(name, { redirectUri: "urn:ietf:wg:oauth:2.0:oob" }), {
        account: TESTER,
      });
      expect(outcome).toMatchObject({ kind: "error-page", status: 400, error: "invalid_request" });
    },
  );

  it("still works on loopback with its old-format secret", async () => {
    const secret = s.google.world.clientByName("oob-legacy")?.clientSecret ?? "";
    expect(secret).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const { tokens } = await connect("oob-legacy", { account: TESTER, redirectUri: "http://127.0.0.1:9004" });
    expect(tokens.access_token).toMatch(/^ya29\./);
  });
});

describe("other auth page errors", () => {
  it("shows Error 401: invalid_client for an unknown client id", async () => {
    const { outcome } = await authorize(oauth("healthy", { clientId: "123456789012-abc.apps.googleusercontent.com" }), {
      account: TESTER,
    });
    expect(outcome).toMatchObject({
      kind: "error-page",
      status: 401,
      error: "invalid_client",
      description: "The OAuth client was not found.",
    });
  });

  it("shows Error 400: redirect_uri_mismatch for http:// instead of https:// (the reverse-proxy case)", async () => {
    const redirectUri = "http://mycompany.odoo.com/google_gmail/confirm";
    const { outcome } = await authorize(oauth("healthy", { redirectUri }), { account: TESTER });
    expect(outcome).toMatchObject({ kind: "error-page", status: 400, error: "redirect_uri_mismatch" });
    if (outcome.kind === "error-page") expect(outcome.description).toContain(redirectUri);
  });

  it("shows Error 400: invalid_scope for an unknown scope", async () => {
    const { outcome } = await authorize(oauth("healthy"), { account: TESTER, scope: [MAIL, "gmail"] });
    expect(outcome).toMatchObject({
      kind: "error-page",
      status: 400,
      error: "invalid_scope",
      description: `Some requested scopes were invalid. {valid=[${MAIL}], invalid=[gmail]}`,
    });
  });
});

describe("token endpoint errors (google-oauth-gmail.md §2a)", () => {
  const row = (status: number, error: string, error_description?: string) => ({
    status,
    message: error,
    data: error_description === undefined ? { error } : { error, error_description },
  });

  it("code garbled or decoded twice → 400 invalid_grant Malformed auth code.", async () => {
    const { client, code, verifier } = await codeFor("healthy", { account: TESTER });
    const notDecoded = await failure(client.getToken({ code: encodeURIComponent(code), codeVerifier: verifier ?? "" }));
    expect(notDecoded).toMatchObject(row(400, "invalid_grant", "Malformed auth code."));
    const garbled = await failure(client.getToken({ code: code.replace("4/", "4 "), codeVerifier: verifier ?? "" }));
    expect(garbled).toMatchObject(row(400, "invalid_grant", "Malformed auth code."));
  });

  it("code reused → 400 invalid_grant Code was already redeemed.", async () => {
    const { client, code, verifier } = await codeFor("healthy", { account: TESTER });
    await client.getToken({ code, codeVerifier: verifier ?? "" });
    const reuse = await failure(client.getToken({ code, codeVerifier: verifier ?? "" }));
    expect(reuse).toMatchObject(row(400, "invalid_grant", "Code was already redeemed."));
  });

  it("code expired (10 minutes) or unknown → 400 invalid_grant Bad Request", async () => {
    const { client, code, verifier } = await codeFor("healthy", { account: TESTER });
    s.clock.advance(10 * 60_000 + 1);
    const expired = await failure(client.getToken({ code, codeVerifier: verifier ?? "" }));
    expect(expired).toMatchObject(row(400, "invalid_grant", "Bad Request"));
    const unknown = await failure(client.getToken({ code: `4/0A${"x".repeat(60)}` }));
    expect(unknown).toMatchObject(row(400, "invalid_grant", "Bad Request"));
  });

  it("refresh token revoked, or past Testing's 7 days → 400 invalid_grant Token has been expired or revoked.", async () => {
    const { client, tokens } = await connect("testing", { account: GIULIA });
    s.clock.advance(7 * DAY);
    expect(await failure(client.refreshAccessToken())).toMatchObject(
      row(400, "invalid_grant", "Token has been expired or revoked."),
    );
    expect(tokens.refresh_token).toMatch(/^1\/\//);
  });

  it("PKCE used but no verifier → 400 invalid_grant Missing code verifier.", async () => {
    const { client, code } = await codeFor("healthy", { account: TESTER });
    expect(await failure(client.getToken({ code }))).toMatchObject(row(400, "invalid_grant", "Missing code verifier."));
  });

  it("verifier sent but no challenge used → 400 invalid_grant code_verifier or verifier is not needed.", async () => {
    const { client, code } = await codeFor("healthy", { account: TESTER, pkce: "none" });
    const { codeVerifier } = await client.generateCodeVerifierAsync();
    expect(await failure(client.getToken({ code, codeVerifier }))).toMatchObject(
      row(400, "invalid_grant", "code_verifier or verifier is not needed."),
    );
  });

  it("wrong client secret → 401 invalid_client Unauthorized", async () => {
    const { code, verifier } = await codeFor("healthy", { account: TESTER });
    const wrong = oauth("healthy", { clientSecret: "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n" });
    expect(await failure(wrong.getToken({ code, codeVerifier: verifier ?? "" }))).toMatchObject(
      row(401, "invalid_client", "Unauthorized"),
    );
  });

  it("unknown client_id → 401 invalid_client The OAuth client was not found.", async () => {
    const unknown = oauth("healthy", {
      clientId: "111111111111-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.apps.googleusercontent.com",
    });
    expect(await failure(unknown.getToken({ code: `4/0A${"y".repeat(60)}` }))).toMatchObject(
      row(401, "invalid_client", "The OAuth client was not found."),
    );
  });

  it("refresh token of another client → 401 unauthorized_client Unauthorized", async () => {
    const { tokens } = await connect("healthy", { account: TESTER });
    const other = oauth("admin-blocked");
    other.setCredentials({ refresh_token: tokens.refresh_token ?? null } as Credentials);
    expect(await failure(other.refreshAccessToken())).toMatchObject(row(401, "unauthorized_client", "Unauthorized"));
  });

  it("redirect_uri differs from the authorize request's → 400 redirect_uri_mismatch Bad Request", async () => {
    const { client, code, verifier } = await codeFor("healthy", { account: TESTER });
    const call = client.getToken({ code, codeVerifier: verifier ?? "", redirect_uri: ODOO_REDIRECT_URI });
    expect(await failure(call)).toMatchObject(row(400, "redirect_uri_mismatch", "Bad Request"));
    // The code was not used up by the failed attempt.
    await expect(client.getToken({ code, codeVerifier: verifier ?? "" })).resolves.toBeDefined();
  });

  it("Workspace admin restriction after consent → 400 admin_policy_enforced", async () => {
    const own = practiceClient();
    const { client } = await connect("healthy", { account: OPS }, own.options);
    const appAccess = (blocked: boolean) =>
      fetch(s.url(GOOGLE_PATHS.appAccess), {
        method: "POST",
        headers: { "content-type": "application/json", origin: s.baseUrl, authorization: own.basic },
        body: JSON.stringify({ org: "othercorp.example", blocked }),
      });
    expect(await (await appAccess(true)).json()).toEqual({
      org: "othercorp.example",
      client_id: own.options.clientId,
      blocked: true,
    });
    expect(await failure(client.refreshAccessToken())).toMatchObject(row(400, "admin_policy_enforced"));
    await appAccess(false);
    await expect(client.refreshAccessToken()).resolves.toBeDefined();
  });

  it("session-control policy → 400 invalid_grant with error_subtype invalid_rapt", async () => {
    const { client } = await connect("healthy", { account: AUDITOR });
    s.clock.advance(15 * HOUR);
    await expect(client.refreshAccessToken()).resolves.toBeDefined();
    s.clock.advance(HOUR);
    const rapt = await failure(client.refreshAccessToken());
    expect(rapt).toMatchObject({
      status: 400,
      data: {
        error: "invalid_grant",
        error_description: "reauth related error (invalid_rapt)",
        error_subtype: "invalid_rapt",
      },
    });
    // google-auth-library turns ReAuth errors into a message carrying the whole body.
    expect(rapt.message).toContain("invalid_rapt");
  });

  it("bad scope on refresh → 400 invalid_scope", async () => {
    const { tokens } = await connect("healthy", { account: TESTER });
    const client = s.google.world.clientByName("healthy");
    const ask = (scope: string) =>
      fetch(s.endpoints.oauth2TokenUrl, {
        method: "POST",
        body: new URLSearchParams({
          grant_type: "refresh_token",
          refresh_token: tokens.refresh_token ?? "",
          client_id: client?.clientId ?? "",
          client_secret: client?.clientSecret ?? "",
          scope,
        }),
      });
    const bad = await ask(`${MAIL} https://www.googleapis.com/auth/gmail.send`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "invalid_scope" });
    const narrower = await ask(MAIL);
    expect(narrower.status).toBe(200);
  });
});

describe("faults injected through POST /sandbox/google/faults, for a practice client's calls only", () => {
  const fault = (own: ReturnType<typeof practiceClient>, body: object) =>
    fetch(s.url(GOOGLE_PATHS.faults), {
      method: "POST",
      headers: { "content-type": "application/json", origin: s.baseUrl, authorization: own.basic },
      body: JSON.stringify(body),
    });

  it("503 twice: a client retrying twice still gets its tokens", async () => {
    const own = practiceClient();
    const { client, code, verifier } = await codeFor("healthy", { account: TESTER }, { ...own.options, retry: 2 });
    await fault(own, { endpoint: "token", mode: "503", count: 2 });
    const { tokens } = await client.getToken({ code, codeVerifier: verifier ?? "" });
    expect(tokens.access_token).toMatch(/^ya29\./);
    expect(await (await fetch(s.url(GOOGLE_PATHS.faults), { headers: { authorization: own.basic } })).json()).toEqual({
      faults: [],
    });
  });

  it("500 without retries: the client sees the 500, another client's call passes", async () => {
    const own = practiceClient();
    const { client } = await connect("healthy", { account: TESTER }, own.options);
    const other = await connect("healthy", { account: TESTER });
    await fault(own, { endpoint: "token", mode: "500", count: 1 });
    await expect(other.client.refreshAccessToken()).resolves.toBeDefined();
    expect(await failure(client.refreshAccessToken())).toMatchObject({ status: 500 });
    await expect(client.refreshAccessToken()).resolves.toBeDefined();
  });

  it("timeout: the response is held until the client gives up", async () => {
    const own = practiceClient();
    const { tokens } = await connect("healthy", { account: TESTER }, own.options);
    const impatient = oauth("healthy", { ...own.options, timeout: 300 });
    await fault(own, { endpoint: "tokeninfo", mode: "timeout", count: 1 });
    const started = Date.now();
    const held = await failure(impatient.getTokenInfo(tokens.access_token ?? ""));
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(held.status).toBeUndefined();
    await expect(impatient.getTokenInfo(tokens.access_token ?? "")).resolves.toMatchObject({ scopes: [MAIL] });
  });

  it("slow: the answer comes after the delay", async () => {
    const own = practiceClient();
    const { tokens, client } = await connect("healthy", { account: TESTER }, own.options);
    await fault(own, { endpoint: "revoke", mode: "slow", count: 1, delayMs: 250 });
    const started = Date.now();
    const res = await client.revokeToken(tokens.access_token ?? "");
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it("auth and userinfo faults answer 503 and 500", async () => {
    const own = practiceClient();
    const { tokens } = await connect("healthy", { account: TESTER, scope: [MAIL, "email"] }, own.options);
    await fault(own, { endpoint: "auth", mode: "503", count: 1 });
    const auth = await fetch(oauth("healthy", own.options).generateAuthUrl({ scope: MAIL }), { redirect: "manual" });
    expect(auth.status).toBe(503);
    expect(await auth.text()).toContain("503. That");
    await fault(own, { endpoint: "userinfo", mode: "500", count: 1 });
    const userinfo = await fetch(s.url(GOOGLE_PATHS.userinfo), {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.status).toBe(500);
    expect(await userinfo.json()).toMatchObject({ error: { code: 500, status: "INTERNAL" } });
  });
});
