/**
 * The redirect URI Odoo sends, derived from `web.base.url` the way each version does it
 * (reference §1): 16.0–18.0 use werkzeug `url_join`, which DROPS a path in web.base.url;
 * 19.0 keeps it.
 */
import { keepsBasePath, type OdooVersion } from "../odoo-version.ts";
import { ODOO_CALLBACK_PATH, rawParts } from "./rules.ts";

const DATABASE_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/i;
/** Paths of Odoo's web client that people paste from the address bar; never part of web.base.url. */
const CLIENT_ROUTES = /\/(?:web|odoo)(?:[/?#].*)?$|\/web\/login.*$/;

export interface OdooBase {
  /** scheme://authority[/path] as Odoo's web.base.url would hold it (no trailing slash). */
  base: string;
  scheme: string;
  authority: string;
  /** Base path ("" or "/erp"). */
  path: string;
  /** The input was an odoo.com database name ("mycompany"). */
  fromDatabaseName: boolean;
  /** The input had no scheme; https was assumed. */
  assumedHttps: boolean;
  /** A web-client route (/odoo/…, /web#…) was removed from the input. */
  droppedClientRoute: boolean;
}

/** Reads what an admin types as "Odoo URL": a full URL, a host, or an odoo.com database name. */
export function readOdooUrl(input: string): OdooBase | undefined {
  const text = input.trim();
  if (!text || text.length > 2048) return undefined;
  if (DATABASE_NAME.test(text) && !text.includes(".")) {
    const authority = `${text.toLowerCase()}.odoo.com`;
    return base("https", authority, "", { fromDatabaseName: true, assumedHttps: false, droppedClientRoute: false });
  }
  const assumedHttps = !/^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  const parts = rawParts(assumedHttps ? `https://${text}` : text);
  if (!parts?.authority || (parts.scheme !== "http" && parts.scheme !== "https")) return undefined;
  let path = parts.path;
  let droppedClientRoute = false;
  if (CLIENT_ROUTES.test(path)) {
    path = path.replace(CLIENT_ROUTES, "");
    droppedClientRoute = true;
  } else if (path.endsWith(ODOO_CALLBACK_PATH)) {
    path = path.slice(0, -ODOO_CALLBACK_PATH.length);
  }
  if (parts.query || parts.fragment)
    droppedClientRoute = droppedClientRoute || /action|menu_id|model/.test(parts.query + parts.fragment);
  return base(parts.scheme, parts.authority, path.replace(/\/+$/, ""), {
    fromDatabaseName: false,
    assumedHttps,
    droppedClientRoute,
  });
}

function base(
  scheme: string,
  authority: string,
  path: string,
  flags: Pick<OdooBase, "fromDatabaseName" | "assumedHttps" | "droppedClientRoute">,
): OdooBase {
  return { base: `${scheme}://${authority}${path}`, scheme, authority, path, ...flags };
}

/** The exact redirect URI the given Odoo version sends for this web.base.url. */
export function odooRedirectUri(odoo: OdooBase, version: OdooVersion | undefined): string {
  const path = keepsBasePath(version) ? odoo.path : "";
  return `${odoo.scheme}://${odoo.authority}${path}${ODOO_CALLBACK_PATH}`;
}
