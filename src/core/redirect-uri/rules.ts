/**
 * Checks a redirect URI the way Google validates Web-application redirect URIs (reference §3) and the
 * way Odoo needs it (exactly `/google_gmail/confirm`). Pure: no I/O.
 */
import type { FindingId } from "../findings/ids.ts";
import {
  hasPublicSuffix,
  isGoogleUserContent,
  isInternalHost,
  isIpAddress,
  isLoopbackHost,
  isUrlShortener,
} from "./hosts.ts";

export const ODOO_CALLBACK_PATH = "/google_gmail/confirm";
export const OOB_REDIRECT = "urn:ietf:wg:oauth:2.0:oob";

/** One problem with a redirect URI: the finding it raises and a language-neutral reason code. */
export interface UriProblem {
  id: FindingId;
  reason: string;
}

const PLACEHOLDERS = [
  "yourdbname",
  "yourdatabase",
  "your-database",
  "your-db",
  "yourdb",
  "dbname",
  "nomedb",
  "nome-db",
  "nomedatabase",
  "tuodb",
  "yourdomain",
  "yourcompany",
  "your-company",
  "mydomain.com",
];

/** Splits a URI into its raw parts without normalising (URL() would hide mistakes). */
export function rawParts(
  uri: string,
): { scheme: string; authority: string; path: string; query: string; fragment: string } | undefined {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(uri);
  if (!match) return undefined;
  return {
    scheme: (match[1] ?? "").toLowerCase(),
    authority: match[2] ?? "",
    path: match[3] ?? "",
    query: match[4] ?? "",
    fragment: match[5] ?? "",
  };
}

export function hostOf(authority: string): { host: string; port: string; userinfo: boolean } {
  const userinfo = authority.includes("@");
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  const ipv6 = /^(\[[^\]]*\])(?::(\d*))?$/.exec(hostPort);
  if (ipv6) return { host: (ipv6[1] ?? "").toLowerCase(), port: ipv6[2] ?? "", userinfo };
  const colon = hostPort.lastIndexOf(":");
  if (colon === -1) return { host: hostPort.toLowerCase(), port: "", userinfo };
  return { host: hostPort.slice(0, colon).toLowerCase(), port: hostPort.slice(colon + 1), userinfo };
}

export function hasPlaceholder(uri: string): string | undefined {
  const lower = uri.toLowerCase();
  const found = PLACEHOLDERS.find((p) => lower.includes(p));
  if (found) return found;
  if (/[<>{}]|\[(?!\d|[a-f]*:)/.test(uri)) return "angle-or-curly-brackets";
  const parts = rawParts(uri);
  if (parts) {
    const { host } = hostOf(parts.authority);
    if (/(^|\.)example\.(com|org|net)$/.test(host) || host.endsWith(".example")) return "example-domain";
  }
  return undefined;
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Google's registration rules for a Web-application redirect URI. */
export function googleRuleProblems(uri: string): UriProblem[] {
  const problems: UriProblem[] = [];
  const trimmed = uri.trim();
  if (trimmed === OOB_REDIRECT || trimmed.startsWith("urn:ietf:wg:oauth:2.0:oob")) {
    return [{ id: "oob-flow-blocked", reason: "oob" }];
  }
  if (hasControlCharacters(uri) || trimmed !== uri)
    problems.push({ id: "redirect-uri-invalid", reason: "whitespace-or-control-characters" });
  const parts = rawParts(trimmed);
  if (!parts?.authority) return [...problems, { id: "redirect-uri-invalid", reason: "not-an-absolute-url" }];
  if (parts.scheme !== "https" && parts.scheme !== "http")
    return [...problems, { id: "redirect-uri-invalid", reason: "scheme" }];
  const { host, port, userinfo } = hostOf(parts.authority);
  const loopback = isLoopbackHost(host);
  if (userinfo) problems.push({ id: "redirect-uri-invalid", reason: "userinfo" });
  if (!host) problems.push({ id: "redirect-uri-invalid", reason: "no-host" });
  if (port && !/^\d{1,5}$/.test(port)) problems.push({ id: "redirect-uri-invalid", reason: "port" });
  if (parts.scheme === "http" && !loopback) problems.push({ id: "redirect-uri-insecure-http", reason: "http-scheme" });
  if (host && isIpAddress(host) && !loopback) problems.push({ id: "redirect-uri-invalid", reason: "raw-ip" });
  if (host && !isIpAddress(host) && !loopback && !hasPublicSuffix(host) && host.includes(".")) {
    problems.push({ id: "redirect-uri-invalid", reason: "non-public-tld" });
  }
  if (host && !host.includes(".") && !loopback && !isIpAddress(host))
    problems.push({ id: "redirect-uri-invalid", reason: "single-label-host" });
  if (isGoogleUserContent(host)) problems.push({ id: "redirect-uri-invalid", reason: "googleusercontent" });
  if (isUrlShortener(host)) problems.push({ id: "redirect-uri-invalid", reason: "url-shortener" });
  if (trimmed.includes("#")) problems.push({ id: "redirect-uri-invalid", reason: "fragment" });
  if (trimmed.includes("*")) problems.push({ id: "redirect-uri-invalid", reason: "wildcard" });
  if (/(^|[/\\])\.\.([/\\]|$)|%2e%2e|%5c/i.test(parts.path))
    problems.push({ id: "redirect-uri-invalid", reason: "path-traversal" });
  if (/%00|%c0%80/i.test(trimmed)) problems.push({ id: "redirect-uri-invalid", reason: "encoded-null" });
  else if (/%(?![0-9a-f]{2})/i.test(trimmed))
    problems.push({ id: "redirect-uri-invalid", reason: "bad-percent-encoding" });
  return problems;
}

/**
 * Odoo's callback is exactly `/google_gmail/confirm` after the base (16.0–18.0: at the host's root;
 * 19.0: after web.base.url's path, given as `basePath`).
 */
export function odooPathProblems(uri: string, basePath = ""): UriProblem[] {
  const parts = rawParts(uri.trim());
  if (!parts?.authority) return [];
  const expected = `${basePath.replace(/\/+$/, "")}${ODOO_CALLBACK_PATH}`;
  const path = parts.path;
  if (path === expected && !parts.query) return [];
  const wrong = (reason: string): UriProblem[] => [{ id: "redirect-uri-wrong-path", reason }];
  if (parts.query) return wrong("query-string");
  if (path === `${expected}/`) return wrong("trailing-slash");
  if (/\/\//.test(path)) return wrong("double-slash");
  if (path === "" || path === "/") return wrong("missing-path");
  if (path.toLowerCase() === expected.toLowerCase()) return wrong("letter-case");
  if (/\/auth_oauth\/signin\/?$/.test(path)) return wrong("login-route");
  if (path.endsWith(ODOO_CALLBACK_PATH)) return wrong(basePath ? "different-base-path" : "extra-prefix");
  if (/gmail|google/i.test(path)) return wrong("typo");
  return wrong("other-route");
}

export function placeholderProblems(uri: string): UriProblem[] {
  const found = hasPlaceholder(uri);
  return found ? [{ id: "redirect-uri-placeholder", reason: found }] : [];
}

/** Everything wrong with a URI meant as Odoo's redirect URI, most specific first. */
export function checkOdooRedirectUri(uri: string, basePath = ""): UriProblem[] {
  const placeholder = placeholderProblems(uri);
  const google = googleRuleProblems(uri);
  if (google.some((p) => p.id === "oob-flow-blocked")) return google;
  const path = google.some((p) => p.reason === "not-an-absolute-url") ? [] : odooPathProblems(uri, basePath);
  return [...placeholder, ...google, ...path];
}

/** Whether a host looks internal (private IP, single label, non-public TLD, loopback). */
export { isInternalHost };
