/**
 * Which origin the companion is reached at, and so which `Origin` its state-changing requests must
 * carry (a cross-site page must not start runs, send mail or drive the sandbox in a visitor's name):
 * - PUBLIC_URL set: that origin only; the Host header is ignored (no DNS rebinding, no spoofing).
 * - TRUST_PROXY: the reverse proxy's X-Forwarded-Proto and X-Forwarded-Host tell the origin the
 *   browser used (TLS ends at the proxy, so the request itself arrives as http).
 * - Otherwise the origin the request was addressed to; when the server listens on loopback only,
 *   only loopback host names count, so a rebound DNS name cannot pass as the companion.
 */
import type { Context } from "hono";
import { isLoopbackHost } from "../../src/core/redirect-uri/hosts.ts";

export interface OriginPolicy {
  /** PUBLIC_URL without a trailing slash. */
  publicOrigin?: string;
  trustProxy: boolean;
  /** The server listens on a loopback address only. */
  loopbackOnly: boolean;
}

export const OPEN_ORIGIN_POLICY: OriginPolicy = { trustProxy: false, loopbackOnly: false };

const firstValue = (header: string | undefined) => header?.split(",")[0]?.trim() || undefined;

/** The origin the browser sees for this request, or undefined when the request's host cannot be trusted. */
export function ownOrigin(c: Context, policy: OriginPolicy): string | undefined {
  if (policy.publicOrigin) return policy.publicOrigin;
  let url: URL;
  try {
    url = new URL(c.req.url);
  } catch {
    return undefined;
  }
  let protocol = url.protocol;
  let host = url.host;
  if (policy.trustProxy) {
    const proto = firstValue(c.req.header("x-forwarded-proto"))?.toLowerCase();
    if (proto === "https" || proto === "http") protocol = `${proto}:`;
    const forwardedHost = firstValue(c.req.header("x-forwarded-host"));
    if (forwardedHost && /^[\w.[\]:-]+$/.test(forwardedHost)) host = forwardedHost;
  } else if (policy.loopbackOnly && !isLoopbackHost(url.hostname)) {
    return undefined;
  }
  return `${protocol}//${host}`.toLowerCase();
}

/** The request carries this companion's own Origin. */
export function hasOwnOrigin(c: Context, policy: OriginPolicy): boolean {
  const origin = c.req.header("origin")?.trim().replace(/\/$/, "").toLowerCase();
  if (!origin || origin === "null") return false;
  const own = ownOrigin(c, policy);
  return own !== undefined && origin === own.toLowerCase();
}

/** The browser reached the companion over https (so cookies are Secure and HSTS may be sent). */
export function reachedOverHttps(c: Context, policy: OriginPolicy): boolean {
  return ownOrigin(c, policy)?.startsWith("https:") ?? false;
}
