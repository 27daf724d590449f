/**
 * The reverse-proxy question of the redirect URI builder: what Odoo sends (web.base.url, or the
 * `redirect_uri=` of Google's error details) against the URI to register, which comes from the address
 * users open. When they differ, Google answers redirect_uri_mismatch whatever is registered, so the
 * next action is on Odoo's side: web.base.url set to the public address, frozen, and behind a proxy
 * Odoo's proxy mode with the forwarded headers. Dependency-free, for the builder island; pure.
 */
import { type LiteOdooUri, liteOdooUri } from "./odoo-uri-lite.ts";

export type ProxyFix = "base-url" | "freeze" | "proxy";
export type Difference = "scheme" | "host" | "path";

export interface SentComparison {
  /** The exact URI Odoo sends, read from what was pasted. */
  sends: string;
  /** The first part that differs from the URI to register; undefined when they match. */
  differs?: Difference;
  /** The host (and port) Odoo sends, for the explanation. */
  sentHost: string;
  /** What to change in Odoo, in order; empty when they match. */
  fixes: ProxyFix[];
}

const PARTS = /^(https?):\/\/([^/]+)(.*)$/i;
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;
const IP_LITERAL = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])(?::\d+)?$/i;

/** A host a proxy's backend typically has: loopback, an IP literal, a name without a dot, or a port. */
function looksInternal(authority: string): boolean {
  return LOOPBACK.test(authority) || IP_LITERAL.test(authority) || !authority.includes(".") || /:\d+$/.test(authority);
}

/** Whether Google refuses this URI's scheme: http:// is accepted for loopback hosts only. */
export function refusedHttp(uri: string): boolean {
  const parts = PARTS.exec(uri);
  return parts?.[1]?.toLowerCase() === "http" && !LOOPBACK.test(parts[2] ?? "");
}

/** What was pasted as "what Odoo sends": a web.base.url, a redirect URI, or text holding `redirect_uri=`. */
export function readSent(input: string, version: string): LiteOdooUri | undefined {
  const text = input.trim();
  const param = /redirect_uri=([^\s&"']+)/i.exec(text)?.[1];
  let candidate = text;
  if (param) {
    try {
      candidate = decodeURIComponent(param);
    } catch {
      candidate = param;
    }
  }
  // Only a full address counts here: a bare word would be read as an odoo.com database name.
  return /^https?:\/\//i.test(candidate) ? liteOdooUri(candidate, version) : undefined;
}

export function compareSent(register: string, sent: LiteOdooUri): SentComparison {
  const wanted = PARTS.exec(register);
  const got = PARTS.exec(sent.uri);
  const sentHost = got?.[2] ?? "";
  if (!wanted || !got || sent.uri === register) return { sends: sent.uri, sentHost, fixes: [] };
  const differs: Difference =
    wanted[1]?.toLowerCase() !== got[1]?.toLowerCase()
      ? "scheme"
      : wanted[2]?.toLowerCase() !== sentHost.toLowerCase()
        ? "host"
        : "path";
  const proxy = differs === "scheme" || (differs === "host" && looksInternal(sentHost));
  return {
    sends: sent.uri,
    differs,
    sentHost,
    fixes: proxy ? ["base-url", "freeze", "proxy"] : ["base-url", "freeze"],
  };
}
