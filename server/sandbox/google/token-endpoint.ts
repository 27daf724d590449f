/**
 * POST /token as Google answers it (google-oauth-gmail.md §1 and §2a): client authentication in the
 * body or with Basic, the authorization-code grant (single use, redirect_uri equal to the authorize
 * request's, PKCE S256 or plain) and the refresh grant (Testing expiry, admin blocks, session control,
 * narrower scopes). With a sign-in scope the answer carries an `id_token`; a refresh token of a Testing
 * app comes with `refresh_token_expires_in` (604799 at consent). Pure of HTTP: it takes the parameters
 * and returns status and JSON body.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { SandboxClock } from "../contracts.ts";
import type { SandboxWorld, ScenarioClient } from "../world.ts";
import { FORMATS } from "./formats.ts";
import { EMAIL_SCOPE, isSignInScope, PROFILE_SCOPE, parseScopes } from "./scopes.ts";
import { accessTokenHash, type SigningKeys } from "./signing-keys.ts";
import { ACCESS_TOKEN_LIFETIME_S, type CodeRecord, type RefreshRecord, type TokenStore } from "./token-store.ts";

/** The `iss` of Google's ID tokens and of the success redirect (RFC 9207). */
export const GOOGLE_ISSUER = "https://accounts.google.com";

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
  keys: SigningKeys;
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
  const refreshToken = record.issueRefreshToken ? deps.store.issueRefreshToken(record) : undefined;
  if (refreshToken) body.refresh_token = refreshToken;
  body.scope = record.scopes.join(" ");
  body.token_type = "Bearer";
  const idToken = idTokenFor(deps, client, record.email, record.scopes, accessToken, record.nonce);
  if (idToken) body.id_token = idToken;
  const refreshRecord = refreshToken ? deps.store.findRefreshToken(refreshToken) : undefined;
  if (refreshRecord) addRefreshLifetime(body, refreshRecord, deps);
  return { status: 200, body };
}

/** A Testing app's refresh token tells how long it has left (604799 s right after consent). */
function addRefreshLifetime(body: Record<string, string | number>, record: RefreshRecord, deps: Deps): void {
  if (record.expiresAt === undefined) return;
  const left = Math.ceil((record.expiresAt - deps.clock.now(record.clientId)) / 1000) - 1;
  body.refresh_token_expires_in = Math.max(0, left);
}

/** Google's ID token for a grant with a sign-in scope (openid, email or profile); undefined otherwise. */
function idTokenFor(
  deps: Deps,
  client: ScenarioClient,
  email: string,
  scopes: readonly string[],
  accessToken: string,
  nonce: string | undefined,
): string | undefined {
  const account = deps.world.account(email);
  if (!account || !scopes.some(isSignInScope)) return undefined;
  // Real time: clients check iat and exp against their own clock, not the sandbox's.
  const iat = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    iss: GOOGLE_ISSUER,
    azp: client.clientId,
    aud: client.clientId,
    sub: account.sub,
  };
  if (account.org) claims.hd = account.org;
  if (scopes.includes(EMAIL_SCOPE)) {
    claims.email = account.email;
    claims.email_verified = true;
  }
  claims.at_hash = accessTokenHash(accessToken);
  if (nonce !== undefined) claims.nonce = nonce;
  if (scopes.includes(PROFILE_SCOPE)) {
    const [given = account.name, ...family] = account.name.split(" ");
    claims.name = account.name;
    claims.given_name = given;
    if (family.length > 0) claims.family_name = family.join(" ");
  }
  claims.iat = iat;
  claims.exp = iat + ACCESS_TOKEN_LIFETIME_S + 1;
  return deps.keys.signJwt(claims);
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
  const body: Record<string, string | number> = {
    access_token: accessToken,
    expires_in: ACCESS_TOKEN_LIFETIME_S,
    scope: scopes.join(" "),
    token_type: "Bearer",
  };
  const idToken = idTokenFor(deps, client, record.email, scopes, accessToken, undefined);
  if (idToken) body.id_token = idToken;
  addRefreshLifetime(body, record, deps);
  return { status: 200, body };
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
