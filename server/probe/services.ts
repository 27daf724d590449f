/**
 * What the Odoo probe keeps between requests, built once per server (server/start.ts): its rate
 * limiter, the resolver, whether private addresses are allowed (ODOO_PROBE_PRIVATE=1), the sandbox's
 * emulated instances (the one exception to the address guard) and its limits.
 */
import { createRateLimiter, type RateLimiter } from "../live/rate-limit.ts";
import type { RateLimit } from "../live/services.ts";
import { type Resolver, type SandboxProbeTargets, systemResolver } from "./target.ts";

/** Each probe makes a dozen requests to someone's server: few per client. */
export const PROBE_LIMIT: RateLimit = { max: 20, windowMs: 10 * 60 * 1000 };

export interface ProbeServices {
  limiter: RateLimiter;
  limit: RateLimit;
  resolver: Resolver;
  allowPrivate: boolean;
  sandbox: SandboxProbeTargets | undefined;
  /** Per request to Odoo. */
  timeoutMs: number;
  /** Largest answer read from Odoo. */
  maxBytes: number;
}

export interface ProbeServiceOptions {
  resolver?: Resolver;
  allowPrivate?: boolean;
  sandbox?: SandboxProbeTargets | undefined;
  rateLimit?: RateLimit;
  timeoutMs?: number;
  maxBytes?: number;
  now?: () => number;
}

export function createProbeServices(options: ProbeServiceOptions = {}): ProbeServices {
  const limit = options.rateLimit ?? PROBE_LIMIT;
  return {
    limiter: createRateLimiter({ ...limit, ...(options.now ? { now: options.now } : {}) }),
    limit,
    resolver: options.resolver ?? systemResolver,
    allowPrivate: options.allowPrivate ?? false,
    sandbox: options.sandbox,
    timeoutMs: options.timeoutMs ?? 5_000,
    maxBytes: options.maxBytes ?? 512 * 1024,
  };
}
