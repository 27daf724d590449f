/**
 * The server side of the emulated Google: POST /token, GET|POST /tokeninfo, POST /revoke,
 * GET /v1/userinfo and the OpenID discovery document. Answers are Google's JSON shapes; tokens are
 * read from the query, a form body or `Authorization: Bearer` as Google accepts them, and never logged.
 */
import { type Context, Hono } from "hono";
import type { SandboxClock } from "../contracts.ts";
import type { Faults } from "../faults.ts";
import type { SandboxWorld } from "../world.ts";
import { type FaultEndpoint, GOOGLE_PATHS, mounted } from "./paths.ts";
import { faultJson, googleJson } from "./respond.ts";
import { EMAIL_SCOPE, isSignInScope, PROFILE_SCOPE } from "./scopes.ts";
import { handleTokenRequest, type TokenRequest } from "./token-endpoint.ts";
import type { TokenStore } from "./token-store.ts";

interface Deps {
  world: SandboxWorld;
  store: TokenStore;
  clock: SandboxClock;
  faults: Faults<FaultEndpoint>;
  baseUrl: () => string;
}

/** String parameters of a form or JSON body (anything else counts as absent). */
async function bodyParams(c: Context): Promise<Record<string, string>> {
  const type = c.req.header("content-type") ?? "";
  let raw: Record<string, unknown> = {};
  if (type.includes("application/json")) {
    const parsed: unknown = await c.req.json().catch(() => ({}));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } else if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    raw = await c.req.parseBody();
  }
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

function basicCredentials(header: string | undefined): TokenRequest["basic"] {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const split = decoded.indexOf(":");
  if (split < 0) return undefined;
  const part = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };
  return { clientId: part(decoded.slice(0, split)), clientSecret: part(decoded.slice(split + 1)) };
}

function bearer(c: Context): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1];
}

const INVALID_TOKEN_INFO = { error: "invalid_token", error_description: "Invalid Value" };
const REVOKE_FAILED = { error: "invalid_token", error_description: "Token expired or revoked" };
const USERINFO_UNAUTHORIZED = { error: "invalid_request", error_description: "Invalid Credentials" };

export function apiRoutes(deps: Deps): Hono {
  const { world, store, clock, faults } = deps;
  const routes = new Hono();

  routes.post(GOOGLE_PATHS.token, faults.inject("token", faultJson, bodyParams), async (c) => {
    const request: TokenRequest = {
      params: await bodyParams(c),
      basic: basicCredentials(c.req.header("authorization")),
    };
    const { status, body } = handleTokenRequest(request, { world, store, clock });
    return googleJson(c, status, body);
  });

  const tokeninfo = async (c: Context) => {
    const params = c.req.method === "POST" ? await bodyParams(c) : {};
    const token = bearer(c) ?? params.access_token ?? c.req.query("access_token");
    const record = token ? store.findAccessToken(token) : undefined;
    const info = token ? store.verifyAccessToken(token) : undefined;
    if (!record || !info) return googleJson(c, 400, INVALID_TOKEN_INFO);
    const account = world.account(info.email);
    const withEmail = info.scopes.includes(EMAIL_SCOPE);
    const body: Record<string, string> = { azp: info.clientId, aud: info.clientId };
    if (account && info.scopes.some(isSignInScope)) body.sub = account.sub;
    body.scope = info.scopes.join(" ");
    body.exp = String(Math.floor(info.expiresAt / 1000));
    body.expires_in = String(Math.max(0, Math.floor((info.expiresAt - clock.now(info.clientId)) / 1000)));
    if (withEmail) {
      body.email = info.email;
      body.email_verified = "true";
    }
    body.access_type = record.offline ? "offline" : "online";
    return googleJson(c, 200, body);
  };
  routes.get(GOOGLE_PATHS.tokeninfo, faults.inject("tokeninfo", faultJson), tokeninfo);
  routes.post(GOOGLE_PATHS.tokeninfo, faults.inject("tokeninfo", faultJson), tokeninfo);

  routes.post(GOOGLE_PATHS.revoke, faults.inject("revoke", faultJson), async (c) => {
    const token = c.req.query("token") ?? (await bodyParams(c)).token;
    if (!token || !store.revoke(token)) return googleJson(c, 400, REVOKE_FAILED);
    return googleJson(c, 200, {});
  });

  routes.get(GOOGLE_PATHS.userinfo, faults.inject("userinfo", faultJson), (c) => {
    const token = bearer(c) ?? c.req.query("access_token");
    const info = token ? store.verifyAccessToken(token) : undefined;
    const account = info ? world.account(info.email) : undefined;
    if (!info || !account) {
      c.header("www-authenticate", 'Bearer realm="https://accounts.google.com/", error="invalid_token"');
      return googleJson(c, 401, USERINFO_UNAUTHORIZED);
    }
    const body: Record<string, string | boolean> = { sub: account.sub };
    if (info.scopes.includes(PROFILE_SCOPE)) {
      const [given = account.name, ...family] = account.name.split(" ");
      body.name = account.name;
      body.given_name = given;
      if (family.length > 0) body.family_name = family.join(" ");
    }
    if (info.scopes.includes(EMAIL_SCOPE)) {
      body.email = account.email;
      body.email_verified = true;
      if (account.org) body.hd = account.org;
    }
    return googleJson(c, 200, body);
  });

  routes.get(GOOGLE_PATHS.discovery, (c) => {
    const base = deps.baseUrl();
    const at = (path: string) => `${base}${mounted(path)}`;
    return googleJson(c, 200, {
      issuer: at(""),
      authorization_endpoint: at(GOOGLE_PATHS.auth),
      token_endpoint: at(GOOGLE_PATHS.token),
      userinfo_endpoint: at(GOOGLE_PATHS.userinfo),
      revocation_endpoint: at(GOOGLE_PATHS.revoke),
      response_types_supported: ["code"],
      subject_types_supported: ["public"],
      scopes_supported: ["openid", "email", "profile"],
      token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic"],
      claims_supported: ["aud", "email", "email_verified", "family_name", "given_name", "hd", "iss", "name", "sub"],
      code_challenge_methods_supported: ["plain", "S256"],
      grant_types_supported: ["authorization_code", "refresh_token"],
    });
  });

  return routes;
}
