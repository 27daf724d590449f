/**
 * The redirect URI Odoo sends, computed in the browser with no dependency: the same reading of the
 * "Odoo URL" as odoo-uri.ts (a full URL, a host or an odoo.com database name; web-client routes and a
 * pasted callback path removed) and the same version rule (16.0–18.0 drop a base path, 19.0 keeps it).
 * The builder island shows this at once; the problems come from GET /api/redirect-uri.
 */

const CALLBACK_PATH = "/google_gmail/confirm";
const DATABASE_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/i;
const CLIENT_ROUTES = /\/(?:web|odoo)(?:[/?#].*)?$|\/web\/login.*$/;
const URI_PARTS = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?[^#]*)?(?:#.*)?$/s;

export interface LiteOdooUri {
  /** web.base.url as read from the input: scheme://authority[/path], no trailing slash. */
  base: string;
  /** The base path ("" or "/erp"): dropped by 16.0–18.0, kept by 19.0. */
  basePath: string;
  /** The input was an odoo.com database name. */
  odooOnline: boolean;
  /** The exact URI for the given version; for an unknown version, the 16.0–18.0 form. */
  uri: string;
}

/** The major version in "16.0", "saas~17.2", "19": undefined when there is none. */
export function majorOf(version: string | undefined): number | undefined {
  const match = /(\d{1,2})/.exec(version ?? "");
  return match?.[1] ? Number(match[1]) : undefined;
}

export function liteOdooUri(input: string, version?: string): LiteOdooUri | undefined {
  const text = input.trim();
  if (!text || text.length > 2048) return undefined;
  const keepPath = (majorOf(version) ?? 0) >= 19;
  if (DATABASE_NAME.test(text)) {
    const base = `https://${text.toLowerCase()}.odoo.com`;
    return { base, basePath: "", odooOnline: true, uri: base + CALLBACK_PATH };
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  const parts = URI_PARTS.exec(withScheme);
  const scheme = parts?.[1]?.toLowerCase();
  const authority = parts?.[2];
  if (!authority || (scheme !== "http" && scheme !== "https")) return undefined;
  let path = parts?.[3] ?? "";
  if (CLIENT_ROUTES.test(path)) path = path.replace(CLIENT_ROUTES, "");
  else if (path.endsWith(CALLBACK_PATH)) path = path.slice(0, -CALLBACK_PATH.length);
  const basePath = path.replace(/\/+$/, "");
  const origin = `${scheme}://${authority}`;
  return {
    base: origin + basePath,
    basePath,
    odooOnline: false,
    uri: origin + (keepPath ? basePath : "") + CALLBACK_PATH,
  };
}
