/**
 * Everything the live test keeps between requests, built once per server (server/start.ts) and
 * passed to the app: the run store, the cookie key, the rate limits (real runs and practice runs
 * apart), the SSE stream caps, the sandbox handle and the timeouts. No module keeps any of these.
 * With REDIS_URL, start.ts passes the Redis store, its limiters and a cookie seal on the shared key.
 */
import { type CookieSeal, createCookieSeal } from "./cookie-seal.ts";
import { createMemoryStore } from "./memory-store.ts";
import { RUN_TTL_MS } from "./model.ts";
import type { LiveSandbox } from "./practice.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limit.ts";
import type { LiveStore } from "./store.ts";
import { createStreamGate, DEFAULT_STREAM_LIMITS, type StreamGate, type StreamLimits } from "./stream-gate.ts";

export interface RateLimit {
  max: number;
  windowMs: number;
}

/** Real runs contact Google and Gmail: few per client. */
export const REAL_RUN_LIMIT: RateLimit = { max: 10, windowMs: 10 * 60 * 1000 };
/** Practice runs stay on this computer: enough to try every scenario several times. */
export const PRACTICE_RUN_LIMIT: RateLimit = { max: 40, windowMs: 10 * 60 * 1000 };

export interface LiveServices {
  store: LiveStore;
  seal: CookieSeal;
  limits: { real: RateLimit; practice: RateLimit };
  limiters: { real: RateLimiter; practice: RateLimiter };
  streams: StreamGate;
  sandbox: LiveSandbox | undefined;
  now: () => number;
  ttlMs: number;
  googleTimeoutMs: number;
  smtpTimeoutMs: number;
  stepTimeoutMs: number;
}

export interface LiveServiceOptions {
  sandbox?: LiveSandbox | undefined;
  store?: LiveStore;
  seal?: CookieSeal;
  /** Limiters shared by several instances (Redis); by default counted in this process. */
  limiters?: { real: RateLimiter; practice: RateLimiter };
  now?: () => number;
  ttlMs?: number;
  googleTimeoutMs?: number;
  smtpTimeoutMs?: number;
  stepTimeoutMs?: number;
  rateLimit?: Partial<{ real: RateLimit; practice: RateLimit }>;
  streamLimits?: StreamLimits;
}

export function createLiveServices(options: LiveServiceOptions = {}): LiveServices {
  const now = options.now ?? Date.now;
  const googleTimeoutMs = options.googleTimeoutMs ?? 10_000;
  const smtpTimeoutMs = options.smtpTimeoutMs ?? 10_000;
  const limits = {
    real: options.rateLimit?.real ?? REAL_RUN_LIMIT,
    practice: options.rateLimit?.practice ?? PRACTICE_RUN_LIMIT,
  };
  return {
    store: options.store ?? createMemoryStore({ now }),
    seal: options.seal ?? createCookieSeal(),
    limits,
    limiters: options.limiters ?? {
      real: createRateLimiter({ ...limits.real, now }),
      practice: createRateLimiter({ ...limits.practice, now }),
    },
    streams: createStreamGate(options.streamLimits ?? DEFAULT_STREAM_LIMITS),
    sandbox: options.sandbox,
    now,
    ttlMs: options.ttlMs ?? RUN_TTL_MS,
    googleTimeoutMs,
    smtpTimeoutMs,
    stepTimeoutMs: options.stepTimeoutMs ?? Math.max(googleTimeoutMs, smtpTimeoutMs) + 5_000,
  };
}
