/**
 * Which addresses the Odoo probe may connect to. Only public unicast addresses, unless the companion
 * is installed inside a company network (ODOO_PROBE_PRIVATE=1), which also allows private, loopback,
 * link-local and CGNAT ranges. Cloud metadata endpoints and addresses no host can have (unspecified,
 * multicast, broadcast, reserved) are refused always. IPv4-mapped IPv6 is judged as its IPv4
 * address; IPv6 forms that embed or translate an IPv4 address (NAT64, 6to4, Teredo, SIIT) are refused,
 * since what they reach cannot be told from the address.
 */
import ipaddr from "ipaddr.js";

export type AddressRefusal =
  | "loopback"
  | "private"
  | "link-local"
  | "cgnat"
  | "metadata"
  | "unspecified"
  | "multicast"
  | "reserved"
  | "embedded-ipv4"
  | "invalid";

/** Cloud metadata services (AWS, GCP, Azure, OpenStack; AWS's IPv6 one; Alibaba's). */
const METADATA = new Set(["169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200"]);

/** Ranges allowed only with ODOO_PROBE_PRIVATE=1. */
const PRIVATE_KINDS: ReadonlySet<AddressRefusal> = new Set(["loopback", "private", "link-local", "cgnat"]);

function v4Refusal(address: ipaddr.IPv4): AddressRefusal | undefined {
  if (METADATA.has(address.toString())) return "metadata";
  switch (address.range()) {
    case "unicast":
      return undefined;
    case "loopback":
      return "loopback";
    case "private":
      return "private";
    case "linkLocal":
      return "link-local";
    case "carrierGradeNat":
      return "cgnat";
    case "unspecified":
      return "unspecified";
    case "multicast":
    case "broadcast":
      return "multicast";
    default:
      return "reserved";
  }
}

function v6Refusal(address: ipaddr.IPv6): AddressRefusal | undefined {
  if (address.isIPv4MappedAddress()) return v4Refusal(address.toIPv4Address());
  if (METADATA.has(address.toString())) return "metadata";
  switch (address.range()) {
    case "unicast":
      return undefined;
    case "loopback":
      return "loopback";
    case "uniqueLocal":
      return "private";
    case "linkLocal":
      return "link-local";
    case "unspecified":
      return "unspecified";
    case "multicast":
      return "multicast";
    case "rfc6145":
    case "rfc6052":
    case "6to4":
    case "teredo":
      return "embedded-ipv4";
    default:
      return "reserved";
  }
}

/** Why an address is refused (undefined: it may be probed). */
export function addressRefusal(text: string, allowPrivate: boolean): AddressRefusal | undefined {
  const bare = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return "invalid";
  const parsed = ipaddr.parse(bare);
  const refusal = parsed.kind() === "ipv4" ? v4Refusal(parsed as ipaddr.IPv4) : v6Refusal(parsed as ipaddr.IPv6);
  if (refusal && allowPrivate && PRIVATE_KINDS.has(refusal)) return undefined;
  return refusal;
}
