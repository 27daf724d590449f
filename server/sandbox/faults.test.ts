/** Fault injection: failing, holding and delaying the next calls of an endpoint. */
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createFaults, DEFAULT_SLOW_MS, HOLD_LIMIT_MS } from "./faults.ts";

function appWith(faults: ReturnType<typeof createFaults<"token">>) {
  const app = new Hono();
  app.get(
    "/token",
    faults.inject("token", (c, status) => c.text(`fault ${status}`, status)),
    (c) => c.text("ok"),
  );
  return app;
}

describe("createFaults", () => {
  it("fails the next N calls with the asked status, then lets calls through", async () => {
    const faults = createFaults<"token">();
    const app = appWith(faults);
    faults.set("token", { mode: "503", count: 2 });
    expect(faults.pending()).toEqual([{ endpoint: "token", mode: "503", remaining: 2, delayMs: DEFAULT_SLOW_MS }]);
    expect((await app.request("/token")).status).toBe(503);
    expect(faults.pending()[0]?.remaining).toBe(1);
    expect(await (await app.request("/token")).text()).toBe("fault 503");
    expect((await app.request("/token")).status).toBe(200);
    expect(faults.pending()).toEqual([]);
  });

  it("applies a matched fault only to calls with those fields, leaving other faults alone", async () => {
    const faults = createFaults<"token">();
    const app = new Hono();
    app.get(
      "/token",
      faults.inject(
        "token",
        (c, status) => c.text(`fault ${status}`, status),
        async (c) => ({ code: c.req.query("code") ?? "" }),
      ),
      (c) => c.text("ok"),
    );
    faults.set("token", { mode: "503", count: 1, match: { code: "mine" } });
    expect((await app.request("/token?code=yours")).status).toBe(200);
    expect(faults.pending()).toHaveLength(1);
    expect((await app.request("/token?code=mine")).status).toBe(503);
    expect((await app.request("/token?code=mine")).status).toBe(200);
    faults.set("token", { mode: "500", count: 1, match: { code: "a" } });
    faults.set("token", { mode: "503", count: 1, match: { code: "b" } });
    faults.set("token", { mode: "500", count: 0, match: { code: "a" } });
    expect(faults.pending()).toEqual([expect.objectContaining({ mode: "503", match: { code: "b" } })]);
  });

  it("clears an endpoint's fault with count 0 and caps delays at the hold limit", () => {
    const faults = createFaults<"token">();
    faults.set("token", { mode: "slow", count: 1, delayMs: 10 * HOLD_LIMIT_MS });
    expect(faults.pending()[0]?.delayMs).toBe(HOLD_LIMIT_MS);
    faults.set("token", { mode: "500", count: 0 });
    expect(faults.pending()).toEqual([]);
  });

  it("delays a slow call, then answers normally", async () => {
    const faults = createFaults<"token">();
    faults.set("token", { mode: "slow", count: 1, delayMs: 80 });
    const started = Date.now();
    const res = await appWith(faults).request("/token");
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    expect(await res.text()).toBe("ok");
  });

  it("holds a timed-out call until the client aborts, then answers 504", async () => {
    const faults = createFaults<"token">();
    faults.set("token", { mode: "timeout", count: 1 });
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 50);
    const started = Date.now();
    const res = await appWith(faults).request(new Request("http://x/token", { signal: abort.signal }));
    expect(res.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("releases every held call on close()", async () => {
    const faults = createFaults<"token">();
    faults.set("token", { mode: "timeout", count: 2 });
    const app = appWith(faults);
    const held = [app.request("/token"), app.request("/token")];
    setTimeout(() => faults.close(), 30);
    const statuses = await Promise.all(held.map(async (r) => (await r).status));
    expect(statuses).toEqual([504, 504]);
  });
});
