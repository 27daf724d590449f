/**
 * google-auth-library's OAuth2Client for a run: Google's real endpoints, or the sandbox's emulator
 * under `<origin>/sandbox/google`. Every call has a hard timeout (10 s by default) and gaxios retries
 * are off, so a slow or failing Google becomes one failed step quickly instead of several silent
 * retries with backoff.
 */
import { CodeChallengeMethod, OAuth2Client } from "google-auth-library";
import type { Lang } from "../../src/core/lang.ts";
import type { Provider, ProviderEndpoints } from "./model.ts";

export const MAIL_SCOPE = "https://mail.google.com/";
/** What the run asks for: SMTP needs the mail scope; openid + email tell which account consented. */
export const LIVE_SCOPES = [MAIL_SCOPE, "openid", "email"] as const;
export const CALLBACK_PATH = "/api/live/callback";
export const SANDBOX_GOOGLE_PATH = "/sandbox/google";
export const GOOGLE_CONNECTIONS_URL = "https://myaccount.google.com/connections";

export const GOOGLE_ENDPOINTS: ProviderEndpoints = {
  oauth2AuthBaseUrl: "https://accounts.google.com/o/oauth2/v2/auth",
  oauth2TokenUrl: "https://oauth2.googleapis.com/token",
  oauth2RevokeUrl: "https://oauth2.googleapis.com/revoke",
  tokenInfoUrl: "https://oauth2.googleapis.com/tokeninfo",
  userinfoUrl: "https://openidconnect.googleapis.com/v1/userinfo",
};

export function providerEndpoints(provider: Provider, origin: string): ProviderEndpoints {
  if (provider === "google") return GOOGLE_ENDPOINTS;
  const base = `${origin}${SANDBOX_GOOGLE_PATH}`;
  return {
    oauth2AuthBaseUrl: `${base}/o/oauth2/v2/auth`,
    oauth2TokenUrl: `${base}/token`,
    oauth2RevokeUrl: `${base}/revoke`,
    tokenInfoUrl: `${base}/tokeninfo`,
    userinfoUrl: `${base}/v1/userinfo`,
  };
}

export interface OAuthClientOptions {
  endpoints: ProviderEndpoints;
  clientId: string;
  clientSecret?: string | undefined;
  redirectUri: string;
  timeoutMs: number;
}

export function createOAuthClient(options: OAuthClientOptions): OAuth2Client {
  const { userinfoUrl: _userinfo, ...endpoints } = options.endpoints;
  return new OAuth2Client({
    clientId: options.clientId,
    ...(options.clientSecret === undefined ? {} : { clientSecret: options.clientSecret }),
    redirectUri: options.redirectUri,
    endpoints,
    transporterOptions: {
      timeout: options.timeoutMs,
      retryConfig: { retry: 0, noResponseRetries: 0 },
    },
  });
}

/** The authorization URL of a run: PKCE S256, offline access, consent shown, the account hinted. */
export function liveAuthUrl(
  client: OAuth2Client,
  input: { state: string; codeChallenge: string; loginHint: string; lang: Lang; extraScopes?: readonly string[] },
): string {
  return client.generateAuthUrl({
    access_type: "offline",
    prompt: "consent",
    scope: [...LIVE_SCOPES, ...(input.extraScopes ?? [])],
    state: input.state,
    login_hint: input.loginHint,
    code_challenge: input.codeChallenge,
    code_challenge_method: CodeChallengeMethod.S256,
    hl: input.lang,
  });
}

/** The account's address from OpenID Connect userinfo (when tokeninfo did not carry it). */
export async function userinfoEmail(
  client: OAuth2Client,
  url: string,
  accessToken: string,
): Promise<string | undefined> {
  const res = await client.transporter.request<{ email?: unknown }>({
    url,
    method: "GET",
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return typeof res.data.email === "string" ? res.data.email : undefined;
}
