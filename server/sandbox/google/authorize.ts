/**
 * Checks an authorization request (GET /o/oauth2/v2/auth) the way Google does before showing any
 * page: client, redirect URI (exact match for Web clients, any loopback URI for Desktop clients, the
 * out-of-band URI blocked for everyone), response type, scopes and the optional parameters. A failure
 * is an error for Google's own error page, never a redirect to the app.
 */
import type { SandboxWorld, ScenarioClient } from "../world.ts";
import { OOB_REDIRECT_URI } from "../world.ts";
import type { AuthPageError } from "./error-pages.ts";
import { parseScopes } from "./scopes.ts";

export interface AuthRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  /** Short scope names the request used ("email", "profile"), echoed back with the code. */
  scopeAliases: string[];
  state: string | undefined;
  /** OpenID Connect `nonce`, put in the ID token. */
  nonce: string | undefined;
  offline: boolean;
  prompts: string[];
  loginHint: string | undefined;
  includeGrantedScopes: boolean;
  codeChallenge: string | undefined;
  codeChallengeMethod: "S256" | "plain" | undefined;
  /** The page language asked with `hl=`, if any. */
  hl: string | undefined;
}

export type AuthCheck =
  | { ok: true; client: ScenarioClient; request: AuthRequest }
  | { ok: false; error: AuthPageError; clientId: string | undefined };

const PROMPTS = ["none", "consent", "select_account"];
const LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]"];

/** Android's WebView marks its user agent with "; wv)": Google refuses sign-in there. */
export function isEmbeddedWebView(userAgent: string | undefined): boolean {
  return userAgent?.includes("; wv)") ?? false;
}

/** Whether Google would accept this redirect URI for the client. */
export function isRedirectAllowed(client: ScenarioClient, uri: string): boolean {
  if (client.type === "web") return client.redirectUris().includes(uri);
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return url.protocol === "http:" && LOOPBACK_HOSTS.includes(url.hostname) && !url.username && !url.hash;
}

export function checkAuthRequest(
  query: Record<string, string>,
  world: SandboxWorld,
  userAgent: string | undefined,
): AuthCheck {
  const clientId = query.client_id || undefined;
  const reject = (error: AuthPageError): AuthCheck => ({ ok: false, error, clientId });
  const missing = (parameter: string) => reject({ error: "invalid_request", reason: "missing", parameter });
  const invalid = (parameter: string, value: string) =>
    reject({ error: "invalid_request", reason: "invalid", parameter, value });

  if (isEmbeddedWebView(userAgent)) return reject({ error: "disallowed_useragent" });
  if (!clientId) return missing("client_id");
  const client = world.clientById(clientId);
  if (!client) return reject({ error: "invalid_client" });
  if (client.deleted) return reject({ error: "deleted_client" });

  const redirectUri = query.redirect_uri;
  if (!redirectUri) return missing("redirect_uri");
  if (redirectUri === OOB_REDIRECT_URI) return reject({ error: "invalid_request", reason: "oob", redirectUri });
  if (!isRedirectAllowed(client, redirectUri)) return reject({ error: "redirect_uri_mismatch", redirectUri });

  const responseType = query.response_type;
  if (!responseType) return missing("response_type");
  if (responseType !== "code") return invalid("response_type", responseType);

  if (!query.scope?.trim()) return missing("scope");
  const { valid, invalid: unknown, aliases } = parseScopes(query.scope);
  if (unknown.length > 0) return reject({ error: "invalid_scope", valid, invalid: unknown });

  const accessType = query.access_type ?? "online";
  if (accessType !== "online" && accessType !== "offline") return invalid("access_type", accessType);
  const prompts = (query.prompt ?? "").split(" ").filter(Boolean);
  const badPrompt = prompts.find((p) => !PROMPTS.includes(p));
  if (badPrompt !== undefined) return invalid("prompt", badPrompt);
  if (prompts.includes("none") && prompts.length > 1) return invalid("prompt", query.prompt ?? "");

  const challenge = query.code_challenge;
  const method = query.code_challenge_method;
  if (method !== undefined && method !== "S256" && method !== "plain") return invalid("code_challenge_method", method);
  if (method !== undefined && challenge === undefined) return missing("code_challenge");
  if (challenge !== undefined && !/^[A-Za-z0-9._~-]{43,128}$/.test(challenge)) {
    return invalid("code_challenge", challenge);
  }

  return {
    ok: true,
    client,
    request: {
      clientId,
      redirectUri,
      scopes: valid,
      scopeAliases: aliases,
      state: query.state,
      nonce: query.nonce,
      offline: accessType === "offline",
      prompts,
      loginHint: query.login_hint,
      includeGrantedScopes: query.include_granted_scopes === "true",
      codeChallenge: challenge,
      codeChallengeMethod: challenge === undefined ? undefined : (method ?? "plain"),
      hl: query.hl,
    },
  };
}
