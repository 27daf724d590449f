/**
 * Compares the redirect URI Odoo sends (derived from web.base.url and the version, or named by Google's
 * error page) with the URIs registered on the client, and checks each against Google's and Odoo's rules.
 */

import { otherFeatureOf } from "../evidence/url-signals.ts";
import { parseOdooVersion } from "../odoo-version.ts";
import { excerpt } from "../redact.ts";
import { isInternalHost, isLoopbackHost } from "../redirect-uri/hosts.ts";
import { odooRedirectUri, readOdooUrl } from "../redirect-uri/odoo-uri.ts";
import {
  checkOdooRedirectUri,
  googleRuleProblems,
  hasPlaceholder,
  hostOf,
  ODOO_CALLBACK_PATH,
  placeholderProblems,
  rawParts,
  type UriProblem,
} from "../redirect-uri/rules.ts";
import { type EvidencePhrase, phrase, reasonPhrase } from "./evidence-text.ts";
import type { Signal } from "./signal.ts";

export interface RedirectInputs {
  odooUrl?: string;
  odooVersion?: string;
  /** URIs registered on the client (client JSON, the redirectUri field). */
  registered: string[];
  /** URIs Odoo is known to send (Google's "Request details", an authorization URL). */
  sent: string[];
}

/**
 * Placeholders that people also type to hide their real domain (example.com, yourdomain): only a
 * guess. The database-name placeholders of Odoo's documentation (yourdbname, nomedb) are real mistakes.
 */
const HIDING_PLACEHOLDERS = new Set(["example-domain", "yourdomain", "yourcompany", "your-company", "mydomain.com"]);

/** Path problems a URI that Odoo sent can have: around /google_gmail/confirm, never another route. */
const SENT_PATH_REASONS = new Set([
  "trailing-slash",
  "double-slash",
  "letter-case",
  "extra-prefix",
  "different-base-path",
]);

/** Problems that come from the host being an internal address (or its plain-HTTP scheme). */
const INTERNAL_HOST_REASONS = new Set(["http-scheme", "raw-ip", "non-public-tld", "single-label-host"]);

/**
 * One URI against Google's and Odoo's rules. On an internal host (localhost, a private IP, a LAN name)
 * HTTPS would not help, so plain HTTP is not reported there. A URI Odoo *sends* on such a host has one
 * cause: web.base.url is the internal address, so that is the finding, not the host rules it breaks as
 * a consequence. A *registered* one breaks Google's rules (no raw IP, a public suffix), which comes first.
 */
function uriSignals(uri: string, basePath: string, sent: boolean): Signal[] {
  const label = phrase(sent ? "label-sent" : "label-registered");
  const parts = rawParts(uri.trim());
  const host = parts?.authority ? hostOf(parts.authority).host : "";
  const internal = Boolean(host) && isInternalHost(host);
  // Another feature's callback has its own, right path: only Google's rules apply to it.
  const feature = parts ? otherFeatureOf(parts.path) : undefined;
  const checked: UriProblem[] = feature
    ? [...placeholderProblems(uri), ...googleRuleProblems(uri)]
    : checkOdooRedirectUri(uri, basePath);
  const problems = checked.filter(
    (p) =>
      !(internal && (p.reason === "http-scheme" || (sent && INTERNAL_HOST_REASONS.has(p.reason)))) &&
      // Odoo always sends its base followed by /google_gmail/confirm: a sent URI with another path came
      // from another application's flow, and calling Odoo's path "wrong" would send the admin astray.
      !(sent && p.id === "redirect-uri-wrong-path" && !SENT_PATH_REASONS.has(p.reason)),
  );
  const signals: Signal[] = problems.map((p) => ({
    id: p.id,
    evidence: phrase("uri-problem", { label, uri: excerpt(uri, 180), reason: reasonPhrase(p.reason) }),
    boost: 3,
    // People hide their domain as example.com: such a host is a guess, never above a stated error.
    ...(HIDING_PLACEHOLDERS.has(p.reason) ? { guess: true } : {}),
  }));
  if (feature && sent)
    signals.push({
      id: "other-odoo-google-feature",
      evidence: phrase(feature, { where: excerpt(uri, 180) }),
      boost: 3,
    });
  if (internal) {
    signals.push({
      id: "web-base-url-mismatch",
      evidence: phrase("uri-problem", { label, uri: excerpt(uri, 180), reason: phrase("internal-host") }),
      boost: sent ? 3 : 2,
    });
  }
  return signals;
}

function differenceSignals(sent: string, registered: string[]): Signal[] {
  const s = rawParts(sent);
  if (!s) return [];
  const evidence = phrase("odoo-sends", {
    sent: excerpt(sent, 160),
    registered: registered.length ? registered.map((r) => excerpt(r, 120)).join(", ") : phrase("none"),
  });
  const signals: Signal[] = [{ id: "redirect-uri-mismatch", evidence, boost: 2 }];
  const others = registered.map((r) => rawParts(r)).filter((r) => r !== undefined);
  const sentHost = hostOf(s.authority);
  // A path of another Odoo feature is right for that feature: a different path is never "wrong" then.
  const comparablePath = (path: string) => !otherFeatureOf(path);
  const sameHost = others.filter((r) => hostOf(r.authority).host === sentHost.host);
  if (sameHost.length === 0 && others.length > 0) signals.push({ id: "web-base-url-mismatch", evidence, boost: 2 });
  // Same host, another port: web.base.url carries Odoo's own port (e.g. :8069), not the public address.
  else if (sameHost.length > 0 && sameHost.every((r) => hostOf(r.authority).port !== sentHost.port))
    signals.push({ id: "web-base-url-mismatch", evidence, boost: 2 });
  else if (sameHost.some((r) => r.scheme !== s.scheme)) {
    signals.push({
      id: s.scheme === "http" ? "redirect-uri-insecure-http" : "redirect-uri-mismatch",
      evidence,
      boost: 2,
    });
  } else if (comparablePath(s.path) && sameHost.some((r) => comparablePath(r.path) && r.path !== s.path))
    signals.push({ id: "redirect-uri-wrong-path", evidence, boost: 2 });
  return signals;
}

export function redirectSignals(input: RedirectInputs): Signal[] {
  const signals: Signal[] = [];
  const version = parseOdooVersion(input.odooVersion);
  const odoo = input.odooUrl ? readOdooUrl(input.odooUrl) : undefined;
  const basePath = version && version.major >= 19 && odoo ? odoo.path : "";
  const sent = [...input.sent];

  if (odoo && input.odooUrl) {
    const url = excerpt(input.odooUrl, 160);
    const label = `odooUrl ${url}`;
    const problem = (reason: string | EvidencePhrase) => phrase("odoo-url-problem", { url, reason });
    const host = hostOf(odoo.authority).host;
    if (odoo.scheme === "http" && !isInternalHost(host))
      signals.push({ id: "redirect-uri-insecure-http", evidence: label, boost: 3 });
    if (isInternalHost(host))
      signals.push({ id: "web-base-url-mismatch", evidence: problem(phrase("internal-host")), boost: 3 });
    const placeholder = hasPlaceholder(input.odooUrl);
    if (placeholder)
      signals.push({
        id: "redirect-uri-placeholder",
        evidence: problem(reasonPhrase(placeholder)),
        boost: 3,
        ...(HIDING_PLACEHOLDERS.has(placeholder) ? { guess: true } : {}),
      });
    sent.push(odooRedirectUri(odoo, version));
  }

  for (const uri of input.sent) signals.push(...uriSignals(uri, basePath, true));
  for (const uri of input.registered) signals.push(...uriSignals(uri, basePath, false));
  signals.push(...registeredFeatureSignals(input.registered));

  if (input.registered.length > 0) {
    for (const uri of new Set(sent)) {
      if (!input.registered.some((r) => r.trim() === uri.trim()))
        signals.push(...differenceSignals(uri, input.registered));
    }
  }
  // Odoo on localhost with that very URI registered is a consistent local test setup (Google accepts
  // loopback redirects): it works, but only from a browser on the Odoo machine, so it is a warning.
  if (isLocalSetup(sent, input.registered)) {
    return signals.map((signal) =>
      signal.id === "web-base-url-mismatch" ? { ...signal, severity: "warning" } : signal,
    );
  }
  return signals;
}

function isLocalSetup(sent: string[], registered: string[]): boolean {
  if (sent.length === 0) return false;
  return sent.every((uri) => {
    const parts = rawParts(uri.trim());
    const host = parts?.authority ? hostOf(parts.authority).host : "";
    return Boolean(host) && isLoopbackHost(host) && registered.some((r) => r.trim() === uri.trim());
  });
}

/**
 * A client registering only another Odoo feature's callback is set up for that feature: say so. One
 * that also registers the Gmail callback serves several features, which is fine.
 */
function registeredFeatureSignals(registered: string[]): Signal[] {
  const paths = registered.map((uri) => ({ uri, path: rawParts(uri.trim())?.path ?? "" }));
  if (paths.some((p) => p.path.replace(/\/+$/, "").endsWith(ODOO_CALLBACK_PATH))) return [];
  const other = paths.find((p) => otherFeatureOf(p.path));
  const feature = other ? otherFeatureOf(other.path) : undefined;
  if (!other || !feature) return [];
  return [{ id: "other-odoo-google-feature", evidence: phrase(feature, { where: excerpt(other.uri, 180) }), boost: 2 }];
}
