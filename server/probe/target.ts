/**
 * The one place the Odoo probe decides where it may connect: the URL given is read (http or https,
 * no user name or password, no query), its host is resolved ONCE and every address it resolves to
 * must pass the address guard; the connection is then pinned to that address, so a second DNS
 * answer (rebinding) cannot move it. The sandbox's own emulated Odoo instances are the one exception
 * to the guard (they listen on loopback); they are recognised by their exact origin.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { type AddressRefusal, addressRefusal } from "./address-guard.ts";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (stubbed in tests: never real DNS there). */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (host) => {
  const answers = await dnsLookup(host, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** The sandbox's emulated Odoo instances: their origins, and the CA their certificates chain to. */
export interface SandboxProbeTargets {
  /** The CA to trust when `origin` is one of the sandbox's instances; undefined otherwise. */
  caFor(origin: string): string | undefined;
}

export interface ProbeTarget {
  /** scheme://host[:port] */
  origin: string;
  /** The base path without a trailing slash ("" or "/erp"). */
  basePath: string;
  /** What reports show: origin + base path. */
  url: string;
  hostname: string;
  port: number;
  https: boolean;
}

export type TargetRefusal =
  | { kind: "bad-url" }
  | { kind: "address"; refusal: AddressRefusal; address: string }
  | { kind: "dns" };

export const MAX_URL_LENGTH = 2_000;

/** Reads the Odoo URL a user typed ("https://erp.example.com", "erp.example.com/odoo", …). */
export function readTarget(input: string): ProbeTarget | undefined {
  const text = input.trim();
  if (!text || text.length > MAX_URL_LENGTH || /[\s\\]/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username || url.password || !url.hostname) return undefined;
  // Paths people paste from the address bar are not part of the instance's address.
  const basePath = url.pathname
    .replace(/\/(?:web|odoo)(?:\/.*)?$/, "")
    .replace(/\/google_gmail\/confirm$/, "")
    .replace(/\/+$/, "");
  if (/(^|\/)\.\.?(\/|$)/.test(basePath) || /%2f|%5c/i.test(basePath)) return undefined;
  const https = url.protocol === "https:";
  const port = url.port ? Number(url.port) : https ? 443 : 80;
  return {
    origin: url.origin,
    basePath,
    url: `${url.origin}${basePath}`,
    hostname: url.hostname.replace(/^\[|\]$/g, ""),
    port,
    https,
  };
}

export interface ResolveOptions {
  resolver: Resolver;
  allowPrivate: boolean;
  sandbox?: SandboxProbeTargets | undefined;
}

export type Resolution = { ok: true; address: ResolvedAddress; ca?: string } | { ok: false; refusal: TargetRefusal };

/** Resolves the target once and applies the guard to every address (the sandbox's instances pass). */
export async function resolveTarget(target: ProbeTarget, options: ResolveOptions): Promise<Resolution> {
  const ca = options.sandbox?.caFor(target.origin);
  let addresses: ResolvedAddress[];
  const literal = isIP(target.hostname);
  if (literal) addresses = [{ address: target.hostname, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await options.resolver(target.hostname);
    } catch {
      return { ok: false, refusal: { kind: "dns" } };
    }
  }
  const first = addresses[0];
  if (!first) return { ok: false, refusal: { kind: "dns" } };
  if (ca === undefined) {
    for (const { address } of addresses) {
      const refusal = addressRefusal(address, options.allowPrivate);
      if (refusal) return { ok: false, refusal: { kind: "address", refusal, address } };
    }
  }
  return ca === undefined ? { ok: true, address: first } : { ok: true, address: first, ca };
}
