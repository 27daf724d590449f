/**
 * A sliding-window limit per key (the client): at most `max` hits per `windowMs`. The in-memory
 * limiter counts for one process; redis-rate-limit.ts counts for every instance sharing Redis.
 */
export interface RateLimiter {
  /** Counts a hit; `retryAfterMs` > 0 when the hit is refused (and not counted). */
  hit(key: string): Promise<{ allowed: boolean; retryAfterMs: number }>;
}

export function createRateLimiter(options: { max: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = options.now ?? Date.now;
  const hits = new Map<string, number[]>();
  let sweptAt = now();

  const recent = (key: string, at: number) => (hits.get(key) ?? []).filter((t) => at - t < options.windowMs);

  return {
    async hit(key) {
      const at = now();
      if (at - sweptAt >= options.windowMs) {
        for (const [k, times] of hits) if (times.every((t) => at - t >= options.windowMs)) hits.delete(k);
        sweptAt = at;
      }
      const times = recent(key, at);
      if (times.length >= options.max) {
        hits.set(key, times);
        return { allowed: false, retryAfterMs: Math.max(1, (times[0] ?? at) + options.windowMs - at) };
      }
      times.push(at);
      hits.set(key, times);
      return { allowed: true, retryAfterMs: 0 };
    },
  };
}
