/**
 * Response helpers shared by the emulator's routes: HTML pages (no caching, a strict content security
 * policy, the page's language), Google-style JSON, redirects to the app with `%20` between scopes, and
 * the bodies of injected faults.
 */
import type { Context } from "hono";
import { type Lang, pickLang } from "../../../src/core/lang.ts";
import type { FaultStatus } from "../faults.ts";
import { COPY_SCRIPT_SOURCE } from "../run-return.ts";
import { faultPage } from "./pages.ts";

/** Only the sandbox's copy button may run a script (by its hash). */
const PAGE_CSP = `default-src 'none'; script-src ${COPY_SCRIPT_SOURCE}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'`;

/** The page language: `hl=` (from the auth request or the URL) first, then Accept-Language. */
export function pageLang(c: Context, hl?: string): Lang {
  return pickLang(c.req.header("accept-language"), hl ?? c.req.query("hl"));
}

export function htmlPage(c: Context, status: 200 | 400 | 401 | 403 | FaultStatus, lang: Lang, html: string): Response {
  return c.body(html, status, {
    "content-type": "text/html; charset=utf-8",
    "content-language": lang,
    "content-security-policy": PAGE_CSP,
    "cache-control": "no-store",
  });
}

export function googleJson(c: Context, status: 200 | 400 | 401 | FaultStatus, body: object): Response {
  return c.body(JSON.stringify(body, null, 2), status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-cache, no-store, max-age=0, must-revalidate",
    pragma: "no-cache",
  });
}

/** The app's redirect URI with parameters appended, encoded like Google's (`/` in a code is `%2F`). */
export function clientRedirectUrl(redirectUri: string, params: [string, string | undefined][]): string {
  const url = new URL(redirectUri);
  const added = params
    .flatMap(([name, value]) => (value === undefined ? [] : [`${name}=${encodeURIComponent(value)}`]))
    .join("&");
  url.search = url.search ? `${url.search}&${added}` : `?${added}`;
  return url.toString();
}

const FAULT_JSON: Record<FaultStatus, object> = {
  500: { error: { code: 500, message: "Internal error encountered.", status: "INTERNAL" } },
  503: { error: { code: 503, message: "The service is currently unavailable.", status: "UNAVAILABLE" } },
  504: { error: { code: 504, message: "The request timed out.", status: "DEADLINE_EXCEEDED" } },
};

export function faultJson(c: Context, status: FaultStatus): Response {
  return googleJson(c, status, FAULT_JSON[status]);
}

export function faultHtml(c: Context, status: FaultStatus): Response {
  const lang = pageLang(c);
  return htmlPage(c, status, lang, faultPage(lang, status));
}
