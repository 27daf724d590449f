/**
 * Who a request comes from, for limits: the peer address, or behind a trusted reverse proxy
 * (TRUST_PROXY) the last X-Forwarded-For entry, the one the proxy itself added. IPv6 clients are
 * counted per /64, the block one home or server usually gets, so changing the last 64 bits buys
 * no new budget; IPv4-mapped IPv6 addresses count as their IPv4 address.
 */
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import ipaddr from "ipaddr.js";

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const last = c.req
      .header("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** The key limits count by: an IPv4 address, an IPv6 /64 prefix, or the text as given. */
export function clientKey(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return address.slice(0, 100);
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  const prefix = v6.parts
    .slice(0, 4)
    .map((part) => part.toString(16))
    .join(":");
  return `${prefix}::/64`;
}

export function requestClientKey(c: Context, trustProxy: boolean): string {
  return clientKey(clientAddress(c, trustProxy));
}
