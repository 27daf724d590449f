/**
 * Real clients nobody here wrote, against both emulators, the way they are used outside this project:
 * nodemailer given only a refresh token and the client's ID and secret (it calls the token endpoint
 * itself, at its default legacy path /o/oauth2/token), and google-auth-library refreshing an access
 * token it believes expired and verifying the ID token with the published certificates. Expiry is
 * what the client sees on its own clock; the sandbox only refuses on Google's side.
 */
import { CodeChallengeMethod, OAuth2Client } from "google-auth-library";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY_MS } from "../../server/sandbox/clock.ts";
import { consent, type SandboxHttp, startSandboxHttp } from "../support/sandbox-http.ts";

const MAIL = "https://mail.google.com/";
const TESTER = "odoo.tester@gmail.com";

let s: SandboxHttp;
beforeAll(async () => {
  s = await startSandboxHttp();
});
afterAll(() => s.close());

/** An OAuth2Client for a practice client of its own, every endpoint at the sandbox. */
function oauthClient(scenario: "healthy" | "testing" = "healthy") {
  const minted = s.sandbox.controls.newClient(scenario);
  const client = new OAuth2Client({
    clientId: minted.client_id,
    clientSecret: minted.client_secret,
    redirectUri: minted.redirect_uris[0] ?? "",
    endpoints: {
      oauth2AuthBaseUrl: `${s.google}/o/oauth2/v2/auth`,
      oauth2TokenUrl: `${s.google}/token`,
      oauth2RevokeUrl: `${s.google}/revoke`,
      tokenInfoUrl: `${s.google}/tokeninfo`,
      oauth2FederatedSignonPemCertsUrl: `${s.google}/oauth2/v1/certs`,
      oauth2FederatedSignonJwkCertsUrl: `${s.google}/oauth2/v3/certs`,
    },
    transporterOptions: { retryConfig: { retry: 0, noResponseRetries: 0 } },
  });
  return { client, minted };
}

async function grant(client: OAuth2Client, scope: string[]) {
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const url = client.generateAuthUrl({
    access_type: "offline",
    prompt: "consent",
    scope,
    code_challenge: codeChallenge ?? "",
    code_challenge_method: CodeChallengeMethod.S256,
  });
  const back = await consent(url, TESTER);
  expect(back.get("iss")).toBe("https://accounts.google.com");
  const { tokens } = await client.getToken({ code: back.get("code") ?? "", codeVerifier });
  client.setCredentials(tokens);
  return tokens;
}

function mailer(auth: Record<string, unknown>) {
  return nodemailer.createTransport({
    host: s.smtp.host,
    port: s.smtp.port,
    secure: false,
    requireTLS: true,
    tls: { ca: s.smtp.ca },
    auth: { type: "OAuth2", user: TESTER, accessUrl: `${s.google}/o/oauth2/token`, ...auth },
  });
}

describe("nodemailer with a refresh token and the client's ID and secret", () => {
  it("fetches its own access token at the legacy token path and sends", async () => {
    const { client, minted } = oauthClient();
    const tokens = await grant(client, [MAIL]);
    const transport = mailer({
      clientId: minted.client_id,
      clientSecret: minted.client_secret,
      refreshToken: tokens.refresh_token,
    });
    const info = await transport.sendMail({ from: TESTER, to: TESTER, subject: "from nodemailer", text: "t" });
    expect(info.response).toMatch(/^250 2\.0\.0 OK {2}\d+ \S+ - gsmtp$/);
    const inbox = (await (await fetch(`${s.baseUrl}/sandbox/gmail/messages`)).json()) as {
      messages: { subject: string }[];
    };
    expect(inbox.messages.at(-1)?.subject).toBe("from nodemailer");
  });

  it("refreshes a token its own clock says expired, and reports Google's refusal of a dead refresh token", async () => {
    const { client, minted } = oauthClient("testing");
    const tokens = await grant(client, [MAIL]);
    const stale = mailer({
      clientId: minted.client_id,
      clientSecret: minted.client_secret,
      refreshToken: tokens.refresh_token,
      accessToken: "ya29.stale-token-the-client-thinks-expired",
      expires: Date.now() - 1000,
    });
    await expect(stale.verify()).resolves.toBe(true);
    s.sandbox.controls.ageGrants(minted.client_id, 8 * DAY_MS);
    const expired = mailer({
      clientId: minted.client_id,
      clientSecret: minted.client_secret,
      refreshToken: tokens.refresh_token,
    });
    await expect(expired.verify()).rejects.toMatchObject({
      code: "EAUTH",
      message: expect.stringContaining("invalid_grant: Token has been expired or revoked."),
    });
  });
});

describe("google-auth-library on its own", () => {
  it("refreshes automatically when its expiry_date has passed, and the new token works", async () => {
    const { client } = oauthClient();
    const tokens = await grant(client, [MAIL, "openid", "email"]);
    client.setCredentials({ ...tokens, access_token: "ya29.stale", expiry_date: Date.now() - 1000 });
    const { token } = await client.getAccessToken();
    expect(token).toMatch(/^ya29\./);
    expect(token).not.toBe("ya29.stale");
    const res = await client.request<{ email: string; verified_email: boolean }>({
      url: `${s.google}/oauth2/v2/userinfo`,
    });
    expect(res.data).toMatchObject({ email: TESTER, verified_email: true });
  });

  it("sees Testing's 7 days as Google's refusal at its next automatic refresh", async () => {
    const { client, minted } = oauthClient("testing");
    const tokens = await grant(client, [MAIL]);
    expect(tokens).toMatchObject({ refresh_token_expires_in: 604799 });
    s.sandbox.controls.ageGrants(minted.client_id, 8 * DAY_MS);
    await expect(client.getAccessToken()).resolves.toMatchObject({ token: tokens.access_token });
    client.setCredentials({ ...tokens, expiry_date: Date.now() - 1000 });
    await expect(client.getAccessToken()).rejects.toMatchObject({
      status: 400,
      response: { data: { error: "invalid_grant", error_description: "Token has been expired or revoked." } },
    });
  });

  it("verifies the ID token with the published certificates", async () => {
    const { client, minted } = oauthClient();
    const tokens = await grant(client, [MAIL, "openid", "email"]);
    const ticket = await client.verifyIdToken({ idToken: tokens.id_token ?? "", audience: minted.client_id });
    expect(ticket.getPayload()).toMatchObject({
      iss: "https://accounts.google.com",
      email: TESTER,
      email_verified: true,
      aud: minted.client_id,
    });
  });
});
