/**
 * POST /token as Google answers it (google-oauth-gmail.md §1 and §2a): client authentication in the
 * body or with Basic, the authorization-code grant (single use, redirect_uri equal to the authorize
 * request's, PKCE S256 or plain) and the refresh grant (Testing expiry, admin blocks, session control,
 * narrower scopes). Pure of HTTP: it takes the parameters and returns status and JSON body.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { SandboxClock } from "../contracts.ts";
import type { SandboxWorld, ScenarioClient } from "../world.ts";
import { FORMATS } from "./formats.ts";
import { parseScopes } from "./scopes.ts";
import { ACCESS_TOKEN_LIFETIME_S, type CodeRecord, type TokenStore } from "./token-store.ts";

export interface TokenRequest {
  /** Body parameters (form or JSON), only string values. */
  params: Record<string, string>;
  /** Credentials from an `Authorization: Basic` header, if any. */
  basic: { clientId: string; clientSecret: string } | undefined;
}

export interface TokenResponse {
  status: 200 | 400 | 401;
  body: Record<string, string | number>;
}

interface Deps {
  world: SandboxWorld;
  store: TokenStore;
  clock: SandboxClock;
}

function fail(status: 400 | 401, error: string, description?: string, extra: Record<string, string> = {}) {
  const body: Record<string, string> = { error };
  if (description !== undefined) body.error_description = description;
  return { status, body: { ...body, ...extra } } satisfies TokenResponse;
}

/** Google's answers, as quoted in google-oauth-gmail.md §2a (and, marked in docs/sandbox.md, a few more). */
export const TOKEN_ERRORS = {
  malformedCode: () => fail(400, "invalid_grant", "Malformed auth code."),
  codeRedeemed: () => fail(400, "invalid_grant", "Code was already redeemed."),
  badGrant: () => fail(400, "invalid_grant", "Bad Request"),
  refreshDead: () => fail(400, "invalid_grant", "Token has been expired or revoked."),
  missingVerifier: () => fail(400, "invalid_grant", "Missing code verifier."),
  verifierNotNeeded: () => fail(400, "invalid_grant", "code_verifier or verifier is not needed."),
  wrongVerifier: () => fail(400, "invalid_grant", "Invalid code verifier."),
  wrongSecret: () => fail(401, "invalid_client", "Unauthorized"),
  unknownClient: () => fail(401, "invalid_client", "The OAuth client was not found."),
  deletedClient: () => fail(401, "deleted_client", "The OAuth client was deleted."),
  otherClient: () => fail(401, "unauthorized_client", "Unauthorized"),
  redirectMismatch: () => fail(400, "redirect_uri_mismatch", "Bad Request"),
  adminPolicy: () => fail(400, "admin_policy_enforced"),
  invalidRapt: () =>
    fail(400, "invalid_grant", "reauth related error (invalid_rapt)", { error_subtype: "invalid_rapt" }),
  invalidScope: () => fail(400, "invalid_scope"),
  noClientId: () => fail(400, "invalid_request", "Could not determine client ID from request."),
  noSecret: () => fail(400, "invalid_request", "client_secret is missing."),
  missing: (parameter: string) => fail(400, "invalid_request", `Missing required parameter: ${parameter}`),
  unsupportedGrant: (grantType: string) => fail(400, "unsupported_grant_type", `Invalid grant_type: ${grantType}`),
};

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function authenticate(req: TokenRequest, world: SandboxWorld): ScenarioClient | TokenResponse {
  const clientId = req.basic?.clientId ?? req.params.client_id;
  const secret = req.basic?.clientSecret ?? req.params.client_secret;
  if (!clientId) return TOKEN_ERRORS.noClientId();
  const client = world.clientById(clientId);
  if (!client) return TOKEN_ERRORS.unknownClient();
  if (client.deleted) return TOKEN_ERRORS.deletedClient();
  if (!secret) return TOKEN_ERRORS.noSecret();
  if (!sameSecret(secret, client.clientSecret)) return TOKEN_ERRORS.wrongSecret();
  return client;
}

function pkceMatches(code: CodeRecord, verifier: string): boolean {
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) return false;
  const derived =
    code.codeChallengeMethod === "S256" ? createHash("sha256").update(verifier).digest("base64url") : verifier;
  return derived === code.codeChallenge;
}

function blockedByAdmin(world: SandboxWorld, client: ScenarioClient, email: string): boolean {
  return world.org(world.account(email)?.org)?.blockedClientIds.has(client.clientId) ?? false;
}

function exchangeCode(req: TokenRequest, client: ScenarioClient, deps: Deps): TokenResponse {
  const { code, redirect_uri: redirectUri, code_verifier: verifier } = req.params;
  if (!code) return TOKEN_ERRORS.missing("code");
  if (!FORMATS.code.test(code)) return TOKEN_ERRORS.malformedCode();
  const record = deps.store.findCode(code);
  if (!record || record.clientId !== client.clientId) return TOKEN_ERRORS.badGrant();
  if (record.redeemed) return TOKEN_ERRORS.codeRedeemed();
  if (record.expiresAt <= deps.clock.now(record.clientId)) return TOKEN_ERRORS.badGrant();
  if (!redirectUri) return TOKEN_ERRORS.missing("redirect_uri");
  if (redirectUri !== record.redirectUri) return TOKEN_ERRORS.redirectMismatch();
  if (record.codeChallenge !== undefined && !verifier) return TOKEN_ERRORS.missingVerifier();
  if (record.codeChallenge === undefined && verifier) return TOKEN_ERRORS.verifierNotNeeded();
  if (verifier && !pkceMatches(record, verifier)) return TOKEN_ERRORS.wrongVerifier();
  if (blockedByAdmin(deps.world, client, record.email)) return TOKEN_ERRORS.adminPolicy();

  record.redeemed = true;
  const accessToken = deps.store.issueAccessToken({
    clientId: client.clientId,
    email: record.email,
    scopes: record.scopes,
    offline: record.offline,
  });
  const body: Record<string, string | number> = { access_token: accessToken, expires_in: ACCESS_TOKEN_LIFETIME_S };
  if (record.issueRefreshToken) body.refresh_token = deps.store.issueRefreshToken(record);
  body.scope = record.scopes.join(" ");
  body.token_type = "Bearer";
  return { status: 200, body };
}

function refresh(req: TokenRequest, client: ScenarioClient, deps: Deps): TokenResponse {
  const token = req.params.refresh_token;
  if (!token) return TOKEN_ERRORS.missing("refresh_token");
  if (!FORMATS.refreshToken.test(token)) return TOKEN_ERRORS.badGrant();
  const record = deps.store.findRefreshToken(token);
  if (!record) return TOKEN_ERRORS.refreshDead();
  if (record.clientId !== client.clientId) return TOKEN_ERRORS.otherClient();
  if (!deps.store.isRefreshUsable(record)) return TOKEN_ERRORS.refreshDead();
  if (blockedByAdmin(deps.world, client, record.email)) return TOKEN_ERRORS.adminPolicy();
  const org = deps.world.org(deps.world.account(record.email)?.org);
  const now = deps.clock.now(record.clientId);
  if (org?.reauthIntervalMs !== undefined && now - record.consentAt >= org.reauthIntervalMs) {
    return TOKEN_ERRORS.invalidRapt();
  }
  let scopes = record.scopes;
  if (req.params.scope !== undefined) {
    const asked = parseScopes(req.params.scope);
    if (asked.invalid.length > 0 || asked.valid.some((s) => !record.scopes.includes(s))) {
      return TOKEN_ERRORS.invalidScope();
    }
    scopes = asked.valid;
  }
  record.lastUsedAt = now;
  const accessToken = deps.store.issueAccessToken({
    clientId: client.clientId,
    email: record.email,
    scopes,
    offline: true,
  });
  return {
    status: 200,
    body: {
      access_token: accessToken,
      expires_in: ACCESS_TOKEN_LIFETIME_S,
      scope: scopes.join(" "),
      token_type: "Bearer",
    },
  };
}

export function handleTokenRequest(req: TokenRequest, deps: Deps): TokenResponse {
  const client = authenticate(req, deps.world);
  if ("status" in client) return client;
  const grantType = req.params.grant_type;
  if (!grantType) return TOKEN_ERRORS.missing("grant_type");
  if (grantType === "authorization_code") return exchangeCode(req, client, deps);
  if (grantType === "refresh_token") return refresh(req, client, deps);
  return TOKEN_ERRORS.unsupportedGrant(grantType);
}
