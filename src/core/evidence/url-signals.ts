/**
 * URLs as evidence: Google error-page URLs (`authError`, `error=`), Google authorization URLs (the
 * `redirect_uri` Odoo sent), Odoo callback URLs (`/google_gmail/confirm?code|error&state&scope`), also
 * nested in `/web/login?redirect=…` when the browser was not logged in on that host.
 */

import { phrase } from "../diagnose/evidence-text.ts";
import type { Signal } from "../diagnose/signal.ts";
import { excerpt } from "../redact.ts";
import { isInternalHost } from "../redirect-uri/hosts.ts";
import { ODOO_CALLBACK_PATH } from "../redirect-uri/rules.ts";
import { decodeAuthError } from "./auth-error.ts";
import { googleTextSignals, MAIL_SCOPE } from "./google-text.ts";

/** Odoo's other Google callbacks: right for their own feature, never to be "corrected" to Gmail's path. */
const OTHER_FEATURES = [
  { path: "/google_account/authentication", phrase: "feature-calendar" },
  { path: "/auth_oauth/signin", phrase: "feature-signin" },
] as const;

/** The evidence phrase naming the Odoo feature whose callback this path is, if it is not Gmail's. */
export function otherFeatureOf(path: string): (typeof OTHER_FEATURES)[number]["phrase"] | undefined {
  const bare = path.replace(/\/+$/, "");
  return OTHER_FEATURES.find((f) => bare.endsWith(f.path))?.phrase;
}

export interface UrlFindings {
  signals: Signal[];
  /** Redirect URIs Odoo sent, as the URL names them (authorize URL's redirect_uri). */
  sentRedirectUris: string[];
  clientIds: string[];
}

/** URLs inside free text (an address bar pasted into a message, a log line). */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>`)\]]+/gi)].map((m) => m[0].replace(/[.,;:]+$/, "")).slice(0, 20);
}

function parse(raw: string): URL | undefined {
  try {
    return new URL(raw.trim());
  } catch {
    return undefined;
  }
}

type StateCheck = "ok" | "missing-keys" | "outdated" | "not-json";

export function checkOdooState(state: string): StateCheck {
  let value: unknown;
  try {
    value = JSON.parse(state);
  } catch {
    return "not-json";
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "not-json";
  const record = value as Record<string, unknown>;
  if (record.id === false || record.csrf_token === false) return "outdated";
  if (!("model" in record && "id" in record && "csrf_token" in record)) return "missing-keys";
  return "ok";
}

export function urlSignals(raw: string, depth = 0): UrlFindings {
  const found: UrlFindings = { signals: [], sentRedirectUris: [], clientIds: [] };
  const url = parse(raw);
  if (!url || depth > 3) return found;
  const params = url.searchParams;
  const evidence = excerpt(raw);

  const nested = params.get("redirect");
  const login = /\/(?:web|odoo)\/login\/?$/.test(url.pathname);
  // Sign in with Google sends the browser back to the login page with oauth_error=… when Odoo refuses it.
  if (login && params.has("oauth_error")) {
    found.signals.push({ id: "other-odoo-google-feature", evidence: phrase("feature-signin", { where: evidence }) });
    return found;
  }
  if (login && nested) {
    const target = new URL(nested, url.origin);
    const inner = urlSignals(target.toString(), depth + 1);
    // The callback needs a logged-in user: Odoo asked for a login first, so this browser had no session
    // on the host Google came back to, often not the address the admin works on (web.base.url).
    if (target.pathname.endsWith(ODOO_CALLBACK_PATH)) {
      inner.signals.push({
        id: "web-base-url-mismatch",
        evidence: phrase("login-before-callback", { origin: excerpt(url.origin), path: ODOO_CALLBACK_PATH }),
        severity: "info",
      });
    }
    return inner;
  }

  const isGoogle = /(^|\.)google\.com$/i.test(url.hostname) || /\/signin\/oauth|\/o\/oauth2\//.test(url.pathname);
  if (isGoogle) {
    const authError = params.get("authError");
    const decoded = authError ? decodeAuthError(authError) : undefined;
    const code = decoded?.code ?? params.get("error") ?? undefined;
    if (code) {
      // A Cancel comes back to the redirect URI; on Google's own error page access_denied is the
      // "Error 403: access_denied" of an account that is not a test user.
      const status = code === "access_denied" ? "Error 403" : "Error";
      const text = `${status}: ${code}\n${decoded?.description ?? params.get("error_description") ?? ""}`;
      for (const signal of googleTextSignals(text))
        found.signals.push({ ...signal, evidence: `${evidence} (${code})` });
    }
    const redirectUri = params.get("redirect_uri");
    if (redirectUri) found.sentRedirectUris.push(redirectUri);
    const clientId = params.get("client_id");
    if (clientId && clientId.length > 8) found.clientIds.push(clientId);
    return found;
  }

  const feature = otherFeatureOf(url.pathname);
  if (feature) {
    found.signals.push({ id: "other-odoo-google-feature", evidence: phrase(feature, { where: evidence }), boost: 3 });
    return found;
  }

  if (url.pathname.endsWith(ODOO_CALLBACK_PATH) || url.pathname.endsWith(`${ODOO_CALLBACK_PATH}/`)) {
    const error = params.get("error");
    // Google came back to the redirect URI: it had accepted it.
    if (error === "access_denied") found.signals.push({ id: "consent-cancelled", evidence, boost: 5, code: error });
    else if (error) found.signals.push(...googleTextSignals(`Error: ${error}`).map((s) => ({ ...s, evidence })));
    const scope = params.get("scope");
    if (params.has("code") && scope !== null && !scope.split(/[\s+]+/).includes(MAIL_SCOPE)) {
      found.signals.push({ id: "scope-insufficient", evidence: `scope=${excerpt(scope, 160)}`, boost: 5 });
    }
    const state = params.get("state");
    if (state === null) {
      if (params.has("code") || error)
        found.signals.push({
          id: "odoo-forbidden",
          evidence: phrase("no-state", { url: evidence }),
          severity: "warning",
        });
    } else {
      const check = checkOdooState(state);
      if (check === "outdated")
        found.signals.push({ id: "odoo-module-outdated", evidence: `state=${excerpt(state, 160)}`, boost: 5 });
      if (check === "not-json")
        found.signals.push({ id: "odoo-forbidden", evidence: `state=${excerpt(state, 160)}`, severity: "warning" });
    }
  }
  return found;
}

/** The browser could not open the address: a host it cannot reach (refused, unknown, timed out). */
const UNREACHABLE =
  /refused to connect|can't be reached|took too long to respond|ERR_CONNECTION_(?:REFUSED|TIMED_OUT)|ERR_NAME_NOT_RESOLVED|DNS_PROBE_FINISHED_NXDOMAIN|Unable to connect|Impossibile raggiungere il sito|ha rifiutato la connessione|Ce site est inaccessible|No se puede acceder a este sitio|Die Website ist nicht erreichbar|Não é possível acessar esse site/i;

/**
 * Google came back to a callback on an internal address (localhost, a LAN name or IP) and the browser
 * could not open it: Odoo sent that address, because web.base.url holds it.
 */
export function unreachableCallbackSignals(urls: readonly string[], text: string): Signal[] {
  if (!UNREACHABLE.test(text)) return [];
  for (const raw of urls) {
    const url = parse(raw);
    if (!url || !/\/(?:google_gmail\/confirm|google_account\/authentication|auth_oauth\/signin)\/?$/.test(url.pathname))
      continue;
    if (!isInternalHost(url.hostname)) continue;
    const uri = excerpt(`${url.origin}${url.pathname}`, 180);
    return [
      {
        id: "web-base-url-mismatch",
        evidence: phrase("uri-problem", { label: phrase("label-sent"), uri, reason: phrase("internal-host") }),
        boost: 4,
      },
    ];
  }
  return [];
}
