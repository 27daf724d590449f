/**
 * The server side of the emulated Google: POST /token, GET|POST /tokeninfo, POST /revoke, the userinfo
 * endpoints (OpenID Connect /v1/userinfo and /oauth2/v3/userinfo; /oauth2/v2/userinfo with `id` and
 * `verified_email`, which Odoo 19 calls with ?access_token=), the signing certificates and the OpenID
 * discovery document, each also under the older paths real clients use. Answers are Google's JSON
 * shapes; tokens are read from the query, a form or JSON body or `Authorization: Bearer` as Google
 * accepts them, and never logged. A body that cannot be read counts as no fields (Google's own errors).
 */
import { type Context, Hono } from "hono";
import type { AccessTokenInfo, SandboxClock } from "../contracts.ts";
import type { Faults } from "../faults.ts";
import { basicCredentials, readFields } from "../request-body.ts";
import type { SandboxWorld, WorldAccount } from "../world.ts";
import { type FaultEndpoint, GOOGLE_PATHS, LEGACY_PATHS, mounted } from "./paths.ts";
import { faultJson, googleJson } from "./respond.ts";
import { EMAIL_SCOPE, isSignInScope, PROFILE_SCOPE } from "./scopes.ts";
import type { SigningKeys } from "./signing-keys.ts";
import { GOOGLE_ISSUER, handleTokenRequest, type TokenRequest } from "./token-endpoint.ts";
import type { TokenStore } from "./token-store.ts";

interface Deps {
  world: SandboxWorld;
  store: TokenStore;
  clock: SandboxClock;
  faults: Faults<FaultEndpoint>;
  keys: SigningKeys;
  baseUrl: () => string;
}

function bearer(c: Context): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1];
}

const INVALID_TOKEN_INFO = { error: "invalid_token", error_description: "Invalid Value" };
const REVOKE_FAILED = { error: "invalid_token", error_description: "Token expired or revoked" };
const USERINFO_UNAUTHORIZED = { error: "invalid_request", error_description: "Invalid Credentials" };
/** www.googleapis.com answers a bad token with Google's API error shape. */
const API_UNAUTHENTICATED = {
  error: {
    code: 401,
    message:
      "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
    status: "UNAUTHENTICATED",
  },
};
const WWW_AUTHENTICATE = 'Bearer realm="https://accounts.google.com/", error="invalid_token"';

function profileOf(account: WorldAccount): { name: string; given_name: string; family_name?: string } {
  const [given = account.name, ...family] = account.name.split(" ");
  return family.length > 0
    ? { name: account.name, given_name: given, family_name: family.join(" ") }
    : { name: account.name, given_name: given };
}

export function apiRoutes(deps: Deps): Hono {
  const { world, store, clock, faults, keys } = deps;
  const routes = new Hono();

  /** The fields a fault may be matched on: the call's client, code and refresh token. */
  const tokenCallFields = async (c: Context) => {
    const fields = (await readFields(c)).first();
    const clientId = basicCredentials(c.req.header("authorization"))?.clientId ?? fields.client_id ?? "";
    return { ...fields, client_id: clientId };
  };
  /** The client of the access token a call carries. */
  const tokenClientFields = async (c: Context) => {
    const fields = (await readFields(c)).first();
    const token =
      bearer(c) ?? fields.access_token ?? fields.token ?? c.req.query("access_token") ?? c.req.query("token");
    return {
      client_id:
        (token && store.findAccessToken(token)?.clientId) || (token && store.findRefreshToken(token)?.clientId) || "",
    };
  };

  const token = async (c: Context) => {
    const request: TokenRequest = {
      params: (await readFields(c)).first(),
      basic: basicCredentials(c.req.header("authorization")),
    };
    const { status, body } = handleTokenRequest(request, { world, store, clock, keys });
    return googleJson(c, status, body);
  };
  for (const path of [GOOGLE_PATHS.token, ...LEGACY_PATHS.token]) {
    routes.post(path, faults.inject("token", faultJson, tokenCallFields), token);
  }

  const tokeninfo = async (c: Context) => {
    const params = c.req.method === "POST" ? (await readFields(c)).first() : {};
    const accessToken = bearer(c) ?? params.access_token ?? c.req.query("access_token");
    const record = accessToken ? store.findAccessToken(accessToken) : undefined;
    const info = accessToken ? store.verifyAccessToken(accessToken) : undefined;
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
  for (const path of [GOOGLE_PATHS.tokeninfo, ...LEGACY_PATHS.tokeninfo]) {
    routes.get(path, faults.inject("tokeninfo", faultJson, tokenClientFields), tokeninfo);
    routes.post(path, faults.inject("tokeninfo", faultJson, tokenClientFields), tokeninfo);
  }

  routes.post(GOOGLE_PATHS.revoke, faults.inject("revoke", faultJson, tokenClientFields), async (c) => {
    const revoked = c.req.query("token") ?? (await readFields(c)).one("token");
    if (!revoked || !store.revoke(revoked)) return googleJson(c, 400, REVOKE_FAILED);
    return googleJson(c, 200, {});
  });

  type Caller = { info: AccessTokenInfo; account: WorldAccount };
  /**
   * A userinfo route: the account behind the call's access token (Bearer or ?access_token=) given to
   * `answer`, or 401 with `WWW-Authenticate` and the endpoint's own error body.
   */
  const userinfoRoute =
    (unauthorized: object, answer: (caller: Caller) => Record<string, string | boolean>) => (c: Context) => {
      const accessToken = bearer(c) ?? c.req.query("access_token");
      const info = accessToken ? store.verifyAccessToken(accessToken) : undefined;
      const account = info ? world.account(info.email) : undefined;
      if (!info || !account) {
        c.header("www-authenticate", WWW_AUTHENTICATE);
        return googleJson(c, 401, unauthorized);
      }
      return googleJson(c, 200, answer({ info, account }));
    };

  const openIdUserinfo = userinfoRoute(USERINFO_UNAUTHORIZED, ({ info, account }) => {
    const body: Record<string, string | boolean> = { sub: account.sub };
    if (info.scopes.includes(PROFILE_SCOPE)) Object.assign(body, profileOf(account));
    if (info.scopes.includes(EMAIL_SCOPE)) {
      body.email = account.email;
      body.email_verified = true;
      if (account.org) body.hd = account.org;
    }
    return body;
  });
  for (const path of [GOOGLE_PATHS.userinfo, ...LEGACY_PATHS.userinfo]) {
    routes.get(path, faults.inject("userinfo", faultJson, tokenClientFields), openIdUserinfo);
  }

  const userinfoV2 = userinfoRoute(API_UNAUTHENTICATED, ({ info, account }) => {
    const body: Record<string, string | boolean> = { id: account.sub };
    if (info.scopes.includes(EMAIL_SCOPE)) {
      body.email = account.email;
      body.verified_email = true;
    }
    if (info.scopes.includes(PROFILE_SCOPE)) Object.assign(body, profileOf(account));
    if (info.scopes.includes(EMAIL_SCOPE) && account.org) body.hd = account.org;
    return body;
  });
  routes.get(GOOGLE_PATHS.userinfoV2, faults.inject("userinfo", faultJson, tokenClientFields), userinfoV2);

  routes.get(GOOGLE_PATHS.certsPem, (c) => googleJson(c, 200, keys.pemCertificates()));
  routes.get(GOOGLE_PATHS.certsJwk, (c) => googleJson(c, 200, keys.jwks()));

  routes.get(GOOGLE_PATHS.discovery, (c) => {
    const base = deps.baseUrl();
    const at = (path: string) => `${base}${mounted(path)}`;
    return googleJson(c, 200, {
      issuer: GOOGLE_ISSUER,
      authorization_endpoint: at(GOOGLE_PATHS.auth),
      token_endpoint: at(GOOGLE_PATHS.token),
      userinfo_endpoint: at(GOOGLE_PATHS.userinfo),
      revocation_endpoint: at(GOOGLE_PATHS.revoke),
      jwks_uri: at(GOOGLE_PATHS.certsJwk),
      response_types_supported: ["code"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      scopes_supported: ["openid", "email", "profile"],
      token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic"],
      claims_supported: [
        "aud",
        "email",
        "email_verified",
        "exp",
        "family_name",
        "given_name",
        "hd",
        "iat",
        "iss",
        "name",
        "sub",
      ],
      code_challenge_methods_supported: ["plain", "S256"],
      grant_types_supported: ["authorization_code", "refresh_token"],
    });
  });

  return routes;
}
