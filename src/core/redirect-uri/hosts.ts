/** Host classification for redirect URIs: loopback, private, raw IP, public suffix. */
import ipaddr from "ipaddr.js";
import { parse as parseDomain } from "tldts";

export function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** Only strings made of digits, dots, hex markers or colons can be IP addresses; skip the parser otherwise. */
const MAYBE_IP = /^(?:[0-9a-fx.]+|[0-9a-f:.]*:[0-9a-f:.%a-z]*)$/i;

export function isIpAddress(host: string): boolean {
  const bare = stripBrackets(host);
  if (!MAYBE_IP.test(bare) || !/^[\d.]+$|:|^0x/i.test(bare)) return false;
  return ipaddr.isValid(bare);
}

/** localhost and loopback addresses: Google exempts them from the https and IP rules. */
export function isLoopbackHost(host: string): boolean {
  const bare = stripBrackets(host).toLowerCase();
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  if (!isIpAddress(bare)) return false;
  return ipaddr.parse(bare).range() === "loopback";
}

/** Addresses and names that only work inside a network (what a reverse proxy hides). */
export function isInternalHost(host: string): boolean {
  const bare = stripBrackets(host).toLowerCase();
  if (isLoopbackHost(bare)) return true;
  if (isIpAddress(bare)) {
    const range = ipaddr.parse(bare).range();
    return ["private", "linkLocal", "uniqueLocal", "carrierGradeNat", "unspecified"].includes(range);
  }
  if (!bare.includes(".")) return true;
  return !hasPublicSuffix(bare);
}

/** The host ends in a suffix of the Public Suffix List (ICANN or private section). */
export function hasPublicSuffix(host: string): boolean {
  const info = parseDomain(host, { allowPrivateDomains: true });
  return Boolean(info.domain) && (info.isIcann === true || info.isPrivate === true);
}

const SHORTENERS = new Set(["goo.gl", "bit.ly", "tinyurl.com", "t.co", "ow.ly", "is.gd", "buff.ly", "rebrand.ly"]);

export function isUrlShortener(host: string): boolean {
  return SHORTENERS.has(host.toLowerCase());
}

export function isGoogleUserContent(host: string): boolean {
  const lower = host.toLowerCase();
  return lower === "googleusercontent.com" || lower.endsWith(".googleusercontent.com");
}
