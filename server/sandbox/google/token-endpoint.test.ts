/** The token endpoint without HTTP: success body, PKCE, client authentication, edge cases. */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSandboxClock } from "../clock.ts";
import { createSandboxWorld } from "../world.ts";
import { createSigningKeys } from "./signing-keys.ts";
import { handleTokenRequest, type TokenRequest } from "./token-endpoint.ts";
import { createTokenStore } from "./token-store.ts";

const MAIL = "https://mail.google.com/";
const REDIRECT = "http://127.0.0.1:1/api/live/callback";

function setup() {
  const clock = createSandboxClock();
  const world = createSandboxWorld({ baseUrl: () => "http://127.0.0.1:1" });
  const store = createTokenStore(clock);
  const keys = createSigningKeys();
  const client = world.clientByName("healthy");
  if (!client) throw new Error("no client");
  const issue = (
    challenge?: { value: string; method: "S256" | "plain" },
    clientId = client.clientId,
    extra: { scopes?: string[]; testingLimited?: boolean; nonce?: string } = {},
  ) =>
    store.issueCode({
      clientId,
      email: "odoo.tester@gmail.com",
      scopes: extra.scopes ?? [MAIL],
      redirectUri: REDIRECT,
      codeChallenge: challenge?.value,
      codeChallengeMethod: challenge?.method,
      offline: true,
      issueRefreshToken: true,
      consentAt: clock.now(),
      testingLimited: extra.testingLimited ?? false,
      nonce: extra.nonce,
    });
  const post = (params: Record<string, string>, basic?: TokenRequest["basic"]) =>
    handleTokenRequest(
      {
        params: { client_id: client.clientId, client_secret: client.clientSecret, ...params },
        basic: basic ?? undefined,
      },
      { world, store, clock, keys },
    );
  return { world, client, issue, post, store };
}

describe("handleTokenRequest", () => {
  it("exchanges a code for Google's success body, refresh token included", () => {
    const { issue, post } = setup();
    const res = post({ grant_type: "authorization_code", code: issue(), redirect_uri: REDIRECT });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["access_token", "expires_in", "refresh_token", "scope", "token_type"]);
    expect(res.body).toMatchObject({ expires_in: 3599, scope: MAIL, token_type: "Bearer" });
  });

  it("adds Google's ID token with a sign-in scope, and refresh_token_expires_in for a Testing app", () => {
    const { issue, post } = setup();
    const scopes = [MAIL, "openid", "https://www.googleapis.com/auth/userinfo.email"];
    const res = post({
      grant_type: "authorization_code",
      code: issue(undefined, undefined, { scopes, testingLimited: true, nonce: "n-42" }),
      redirect_uri: REDIRECT,
    });
    expect(Object.keys(res.body)).toEqual([
      "access_token",
      "expires_in",
      "refresh_token",
      "scope",
      "token_type",
      "id_token",
      "refresh_token_expires_in",
    ]);
    expect(res.body.refresh_token_expires_in).toBe(604799);
    const claims = JSON.parse(Buffer.from(String(res.body.id_token).split(".")[1] ?? "", "base64url").toString());
    expect(claims).toMatchObject({
      iss: "https://accounts.google.com",
      email: "odoo.tester@gmail.com",
      email_verified: true,
      nonce: "n-42",
    });
    expect(claims.exp - claims.iat).toBe(3600);
    const refreshed = post({ grant_type: "refresh_token", refresh_token: String(res.body.refresh_token) });
    expect(refreshed.body).toMatchObject({ token_type: "Bearer" });
    expect(refreshed.body.id_token).toEqual(expect.any(String));
    expect(refreshed.body.refresh_token_expires_in).toBeLessThanOrEqual(604799);
  });

  it("checks the S256 verifier and refuses a wrong one", () => {
    const { issue, post } = setup();
    const verifier = "v".repeat(64);
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const wrong = post({
      grant_type: "authorization_code",
      code: issue({ value: challenge, method: "S256" }),
      redirect_uri: REDIRECT,
      code_verifier: "w".repeat(64),
    });
    expect(wrong).toEqual({
      status: 400,
      body: { error: "invalid_grant", error_description: "Invalid code verifier." },
    });
    const right = post({
      grant_type: "authorization_code",
      code: issue({ value: challenge, method: "S256" }),
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    expect(right.status).toBe(200);
  });

  it("reads URL-encoded Basic credentials before the body's", () => {
    const { issue, post, client } = setup();
    const res = post(
      { grant_type: "authorization_code", code: issue(), redirect_uri: REDIRECT, client_secret: "ignored" },
      { clientId: client.clientId, clientSecret: client.clientSecret },
    );
    expect(res.status).toBe(200);
  });

  it("answers missing parameters and foreign codes", () => {
    const { issue, post, world } = setup();
    expect(post({ grant_type: "authorization_code" }).body).toEqual({
      error: "invalid_request",
      error_description: "Missing required parameter: code",
    });
    expect(post({ grant_type: "authorization_code", code: issue() }).body).toEqual({
      error: "invalid_request",
      error_description: "Missing required parameter: redirect_uri",
    });
    expect(post({}).body).toEqual({
      error: "invalid_request",
      error_description: "Missing required parameter: grant_type",
    });
    const foreign = issue(undefined, world.clientByName("testing")?.clientId);
    expect(post({ grant_type: "authorization_code", code: foreign, redirect_uri: REDIRECT }).body).toEqual({
      error: "invalid_grant",
      error_description: "Bad Request",
    });
    expect(post({ grant_type: "refresh_token", refresh_token: "garbage" }).body).toEqual({
      error: "invalid_grant",
      error_description: "Bad Request",
    });
    expect(post({ grant_type: "refresh_token", refresh_token: `1//0${"a".repeat(40)}` }).body).toEqual({
      error: "invalid_grant",
      error_description: "Token has been expired or revoked.",
    });
  });
});
