import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./memory-store.ts";
import type { LiveRecord, LiveRun } from "./model.ts";
import { Secret } from "./secret.ts";
import { StoreFullError } from "./store.ts";

function record(id: string, expiresAtMs: number): LiveRecord {
  return {
    run: { id, status: "waiting", steps: [] } as unknown as LiveRun,
    clientId: "c",
    stateNonce: "n",
    createdAtMs: 0,
    expiresAtMs,
    endpoints: { oauth2AuthBaseUrl: "", oauth2TokenUrl: "", oauth2RevokeUrl: "", tokenInfoUrl: "", userinfoUrl: "" },
    smtp: { host: "h", port: 1 },
    sending: false,
    secrets: { clientSecret: new Secret("s") },
  };
}

describe("memory store", () => {
  it("forgets a record at its expiry", async () => {
    let now = 1_000;
    const store = createMemoryStore({ now: () => now });
    await store.save(record("a", 2_000));
    expect((await store.get("a"))?.secrets.clientSecret?.reveal()).toBe("s");
    now = 2_000;
    expect(await store.get("a")).toBeUndefined();
    expect(store.size()).toBe(0);
    await store.save(record("b", 1_500));
    expect(store.size()).toBe(0);
    store.close();
  });

  it("sweeps expired records in the background", async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now, sweepEveryMs: 5 });
    await store.save(record("a", 10));
    now = 20;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(store.size()).toBe(0);
    store.close();
  });

  it("publishes snapshots of the run to subscribers until they unsubscribe", async () => {
    const store = createMemoryStore();
    const seen: string[] = [];
    const unsubscribe = store.subscribe("a", (run) => seen.push(run.status));
    const r = record("a", Date.now() + 60_000);
    await store.save(r);
    r.run.status = "running";
    expect(seen).toEqual(["waiting"]);
    await store.save(r);
    unsubscribe();
    r.run.status = "passed";
    await store.save(r);
    expect(seen).toEqual(["waiting", "running"]);
    store.close();
  });

  it("keeps at most maxRuns: finished runs make room, oldest first", async () => {
    const store = createMemoryStore({ maxRuns: 2 });
    const a = record("a", Date.now() + 60_000);
    a.run.status = "passed";
    await store.save(a);
    await store.save(record("b", Date.now() + 60_000));
    await store.save(record("c", Date.now() + 60_000));
    expect(await store.get("a")).toBeUndefined();
    expect(await store.get("b")).toBeDefined();
    expect(await store.get("c")).toBeDefined();
    expect(store.size()).toBe(2);
    store.close();
  });

  it("never drops a run that waits for its user: a new run is refused instead", async () => {
    const store = createMemoryStore({ maxRuns: 2 });
    for (const id of ["a", "b"]) await store.save(record(id, Date.now() + 60_000));
    await expect(store.save(record("c", Date.now() + 60_000))).rejects.toBeInstanceOf(StoreFullError);
    expect(await store.get("a")).toBeDefined();
    expect(await store.get("b")).toBeDefined();
    const known = record("a", Date.now() + 60_000);
    await expect(store.save(known)).resolves.toBeUndefined();
    store.close();
  });
});

describe("memory store claims", () => {
  it("give a right to the first caller only, until it lapses", async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now });
    expect(await store.claim("a", "answer", 1_000)).toBe(true);
    expect(await store.claim("a", "answer", 1_000)).toBe(false);
    expect(await store.claim("a", "send", 1_000)).toBe(true);
    expect(await store.claim("b", "answer", 1_000)).toBe(true);
    now = 1_001;
    expect(await store.claim("a", "answer", 1_000)).toBe(true);
    store.close();
  });
});
