import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createOAuthClient, GOOGLE_ENDPOINTS, liveAuthUrl, providerEndpoints } from "./oauth-client.ts";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A stand-in token endpoint: counts calls and answers with `answer` (or never). */
async function tokenEndpoint(answer: ((res: import("node:http").ServerResponse) => void) | "hang") {
  let calls = 0;
  server = createServer((_req, res) => {
    calls += 1;
    if (answer !== "hang") answer(res);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const endpoints = { ...GOOGLE_ENDPOINTS, oauth2TokenUrl: `http://127.0.0.1:${port}/token` };
  return { endpoints, calls: () => calls };
}

describe("endpoints", () => {
  it("are Google's, or the sandbox emulator's under the companion's origin", () => {
    expect(providerEndpoints("google", "http://x")).toBe(GOOGLE_ENDPOINTS);
    expect(providerEndpoints("sandbox", "http://127.0.0.1:4321")).toEqual({
      oauth2AuthBaseUrl: "http://127.0.0.1:4321/sandbox/google/o/oauth2/v2/auth",
      oauth2TokenUrl: "http://127.0.0.1:4321/sandbox/google/token",
      oauth2RevokeUrl: "http://127.0.0.1:4321/sandbox/google/revoke",
      tokenInfoUrl: "http://127.0.0.1:4321/sandbox/google/tokeninfo",
      userinfoUrl: "http://127.0.0.1:4321/sandbox/google/v1/userinfo",
    });
  });
});

describe("OAuth client", () => {
  it("builds the authorization URL with PKCE S256, offline access, consent and the account hint", async () => {
    const client = createOAuthClient({
      endpoints: GOOGLE_ENDPOINTS,
      clientId: "id.apps.googleusercontent.com",
      redirectUri: "https://erp.example.com/google_gmail/confirm",
      timeoutMs: 10_000,
    });
    const { codeChallenge } = await client.generateCodeVerifierAsync();
    const url = new URL(
      liveAuthUrl(client, { state: "s", codeChallenge: codeChallenge ?? "", loginHint: "a@b.c", lang: "it" }),
    );
    expect(url.origin + url.pathname).toBe("https://accounts.google.com/o/oauth2/v2/auth");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      access_type: "offline",
      prompt: "consent",
      scope: "https://mail.google.com/ openid email",
      state: "s",
      login_hint: "a@b.c",
      code_challenge: codeChallenge,
      code_challenge_method: "S256",
      hl: "it",
      response_type: "code",
      client_id: "id.apps.googleusercontent.com",
      redirect_uri: "https://erp.example.com/google_gmail/confirm",
    });
  });

  it("does not retry a 503 from the token endpoint", async () => {
    const stub = await tokenEndpoint((res) => {
      res.writeHead(503, { "content-type": "application/json" });
      res.end('{"error":{"code":503}}');
    });
    const client = createOAuthClient({
      endpoints: stub.endpoints,
      clientId: "id",
      clientSecret: "s",
      redirectUri: "http://x",
      timeoutMs: 5_000,
    });
    await expect(client.getToken({ code: "c" })).rejects.toMatchObject({ status: 503 });
    expect(stub.calls()).toBe(1);
  });

  it("gives up after its timeout when the token endpoint never answers", async () => {
    const stub = await tokenEndpoint("hang");
    const client = createOAuthClient({
      endpoints: stub.endpoints,
      clientId: "id",
      clientSecret: "s",
      redirectUri: "http://x",
      timeoutMs: 150,
    });
    const started = performance.now();
    await expect(client.getToken({ code: "c" })).rejects.toBeDefined();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(stub.calls()).toBe(1);
    server?.closeAllConnections();
  });
});
