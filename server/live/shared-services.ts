/**
 * The parts of the live services that several instances must share, from the configuration: with
 * REDIS_URL the Redis store, its rate limiters and a cookie seal on LIVE_COOKIE_KEY; without it,
 * nothing shared (in-memory store and limiters), the cookie sealed with LIVE_COOKIE_KEY if given so
 * cookies survive a restart, else with a random key.
 */
import type { ServerConfig } from "../config.ts";
import { createCookieSeal } from "./cookie-seal.ts";
import { createKeyRing } from "./key-ring.ts";
import { RUN_TTL_MS } from "./model.ts";
import { connectRedisStore, type RedisStore } from "./redis-store.ts";
import { type LiveServiceOptions, PRACTICE_RUN_LIMIT, REAL_RUN_LIMIT } from "./services.ts";

/** host:port of a Redis URL, never its credentials (for messages). */
export function redisAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "6379"}`;
  } catch {
    return "?";
  }
}

export async function sharedLiveServices(
  config: Pick<ServerConfig, "redisUrl" | "cookieKey" | "previousCookieKey">,
  options: { prefix?: string; now?: () => number } = {},
): Promise<{ services: Omit<LiveServiceOptions, "sandbox">; redis?: RedisStore }> {
  const now = options.now ?? Date.now;
  const ring = createKeyRing({
    ...(config.cookieKey ? { key: config.cookieKey } : {}),
    ...(config.previousCookieKey ? { previous: config.previousCookieKey, previousUntilMs: now() + RUN_TTL_MS } : {}),
    now,
  });
  const seal = createCookieSeal(ring);
  if (!config.redisUrl) return { services: { seal } };
  const redis = await connectRedisStore({
    url: config.redisUrl,
    ring,
    now,
    ...(options.prefix ? { prefix: options.prefix } : {}),
  });
  return {
    redis,
    services: {
      seal,
      store: redis,
      limiters: {
        real: redis.limiter("real", REAL_RUN_LIMIT),
        practice: redis.limiter("practice", PRACTICE_RUN_LIMIT),
      },
    },
  };
}
