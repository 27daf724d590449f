/**
 * Security headers of the guide's pages and the sandbox's pages (the API sets its own few). HSTS is
 * sent only when the browser reached the companion over https (PUBLIC_URL https, or a trusted
 * proxy saying so): over plain http it would be ignored at best and pin a wrong host at worst. The
 * pages' Content-Security-Policy comes from the build (Astro's `security.csp`, a meta element with
 * the hashes of every script and style), so it also holds when dist/ is served by another server.
 */
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { type OriginPolicy, reachedOverHttps } from "./origin-policy.ts";

export const HSTS = "max-age=15552000; includeSubDomains";

export function pageHeaders(policy: OriginPolicy): MiddlewareHandler {
  const headers = secureHeaders({
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: "same-origin",
    strictTransportSecurity: false,
  });
  return async (c, next) => {
    if (reachedOverHttps(c, policy)) c.header("strict-transport-security", HSTS);
    return headers(c, next);
  };
}
