/**
 * The redirect URI builder: from what an admin types as "Odoo URL" (a URL, a host or an odoo.com
 * database name) and the Odoo version, the exact URI Odoo will send, and every problem with it as a
 * finding id of the catalog. Shared by POST /api/redirect-uri and the guide's builder island.
 */
import type { FindingId } from "../findings/ids.ts";
import { parseOdooVersion } from "../odoo-version.ts";
import { isInternalHost, isLoopbackHost } from "./hosts.ts";
import { odooRedirectUri, readOdooUrl } from "./odoo-uri.ts";
import { checkOdooRedirectUri, hasPlaceholder, hostOf } from "./rules.ts";

export interface BuilderProblem {
  id: FindingId;
  /** Language-neutral reason code (e.g. "http-scheme", "private-ip", "port"). */
  reason: string;
}

export interface BuilderResult {
  /** The exact redirect URI Odoo sends; absent when the input cannot be read as an Odoo URL. */
  uri?: string;
  /** web.base.url as read from the input (scheme://host[:port][/path]). */
  base?: string;
  /** The input was an odoo.com database name. */
  odooOnline: boolean;
  /** A base path was given: dropped by 16.0–18.0, kept by 19.0. */
  basePath?: string;
  problems: BuilderProblem[];
}

const STANDARD_PORTS = new Set(["", "80", "443"]);

export function buildRedirectUri(input: string, versionText: string | undefined): BuilderResult {
  const odoo = readOdooUrl(input);
  if (!odoo) return { odooOnline: false, problems: [{ id: "redirect-uri-invalid", reason: "not-an-odoo-url" }] };
  const version = parseOdooVersion(versionText);
  const uri = odooRedirectUri(odoo, version);
  const { host, port } = hostOf(odoo.authority);
  const problems: BuilderProblem[] = [];
  const add = (id: FindingId, reason: string) => {
    if (!problems.some((p) => p.id === id && p.reason === reason)) problems.push({ id, reason });
  };

  const placeholder = hasPlaceholder(input);
  if (placeholder) add("redirect-uri-placeholder", placeholder);
  for (const problem of checkOdooRedirectUri(uri, version && version.major >= 19 ? odoo.path : ""))
    add(problem.id, problem.reason);
  if (isLoopbackHost(host)) add("web-base-url-mismatch", "localhost");
  else if (isInternalHost(host)) add("web-base-url-mismatch", "internal-host");
  if (!STANDARD_PORTS.has(port) && !isLoopbackHost(host)) add("web-base-url-mismatch", "port");
  if (version && version.major < 16) add("odoo-version-old", "version");

  const result: BuilderResult = { uri, base: odoo.base, odooOnline: odoo.fromDatabaseName, problems };
  if (odoo.path) result.basePath = odoo.path;
  return result;
}
