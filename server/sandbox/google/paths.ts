/**
 * Where the Google emulator lives: it is mounted at /sandbox/google and mirrors Google's paths below
 * it (accounts.google.com, oauth2.googleapis.com, www.googleapis.com and openidconnect.googleapis.com
 * share one origin), including the older paths real clients still use.
 */
export const GOOGLE_MOUNT = "/sandbox/google";

/** Paths relative to the mount. */
export const GOOGLE_PATHS = {
  auth: "/o/oauth2/v2/auth",
  chooser: "/o/oauth2/v2/auth/oauthchooseaccount",
  warning: "/signin/oauth/warning",
  consent: "/signin/oauth/consent",
  error: "/signin/oauth/error/v2",
  token: "/token",
  tokeninfo: "/tokeninfo",
  revoke: "/revoke",
  userinfo: "/v1/userinfo",
  /** www.googleapis.com/oauth2/v2/userinfo: `id`, `verified_email` (what Odoo 19 reads). */
  userinfoV2: "/oauth2/v2/userinfo",
  /** Google's signing keys: PEM by key id (v1) and JWKS (v3). */
  certsPem: "/oauth2/v1/certs",
  certsJwk: "/oauth2/v3/certs",
  discovery: "/.well-known/openid-configuration",
  world: "/world",
  clients: "/clients",
  age: "/age",
  faults: "/faults",
  appAccess: "/app-access",
} as const;

/** Older paths that answer like the current ones (real clients and client JSON files still use them). */
export const LEGACY_PATHS = {
  /** accounts.google.com/o/oauth2/auth (the `auth_uri` of downloaded client JSON files). */
  auth: ["/o/oauth2/auth"],
  /** accounts.google.com/o/oauth2/token and www.googleapis.com/oauth2/v4/token. */
  token: ["/o/oauth2/token", "/oauth2/v4/token"],
  /** www.googleapis.com/oauth2/v3/tokeninfo. */
  tokeninfo: ["/oauth2/v3/tokeninfo"],
  /** www.googleapis.com/oauth2/v3/userinfo (OpenID Connect shape, like /v1/userinfo). */
  userinfo: ["/oauth2/v3/userinfo"],
  /** The error page without /v2 (still seen in public reports). */
  error: ["/signin/oauth/error"],
} as const;

/** A path of the emulator as seen from outside (with the mount). */
export function mounted(path: string): string {
  return `${GOOGLE_MOUNT}${path}`;
}

/** The endpoints POST /sandbox/google/faults can target. */
export const FAULT_ENDPOINTS = ["token", "auth", "tokeninfo", "revoke", "userinfo"] as const;
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number];
