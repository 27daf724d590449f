import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit.ts";

describe("rate limiter", () => {
  it("allows max hits per window and key, then says when to retry", async () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 2, windowMs: 1_000, now: () => now });
    expect((await limiter.hit("a")).allowed).toBe(true);
    now = 400;
    expect((await limiter.hit("a")).allowed).toBe(true);
    expect((await limiter.hit("b")).allowed).toBe(true);
    now = 500;
    expect(await limiter.hit("a")).toEqual({ allowed: false, retryAfterMs: 500 });
    now = 1_000;
    expect((await limiter.hit("a")).allowed).toBe(true);
    expect((await limiter.hit("a")).allowed).toBe(false);
    now = 1_400;
    expect((await limiter.hit("a")).allowed).toBe(true);
  });
});
