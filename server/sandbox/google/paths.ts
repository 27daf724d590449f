/**
 * Where the Google emulator lives: it is mounted at /sandbox/google and mirrors Google's paths below
 * it (accounts.google.com, oauth2.googleapis.com and openidconnect.googleapis.com share one origin).
 */
export const GOOGLE_MOUNT = "/sandbox/google";

/** Paths relative to the mount. */
export const GOOGLE_PATHS = {
  auth: "/o/oauth2/v2/auth",
  chooser: "/o/oauth2/v2/auth/oauthchooseaccount",
  warning: "/signin/oauth/warning",
  consent: "/signin/oauth/consent",
  error: "/signin/oauth/error",
  token: "/token",
  tokeninfo: "/tokeninfo",
  revoke: "/revoke",
  userinfo: "/v1/userinfo",
  discovery: "/.well-known/openid-configuration",
  world: "/world",
  clock: "/clock",
  faults: "/faults",
  appAccess: "/app-access",
} as const;

/** A path of the emulator as seen from outside (with the mount). */
export function mounted(path: string): string {
  return `${GOOGLE_MOUNT}${path}`;
}

/** The endpoints POST /sandbox/google/faults can target. */
export const FAULT_ENDPOINTS = ["token", "auth", "tokeninfo", "revoke", "userinfo"] as const;
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number];
