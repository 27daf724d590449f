import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./memory-store.ts";
import type { LiveRecord, LiveRun } from "./model.ts";

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
    secrets: { clientSecret: "s" },
  };
}

describe("memory store", () => {
  it("forgets a record at its expiry", async () => {
    let now = 1_000;
    const store = createMemoryStore({ now: () => now });
    await store.save(record("a", 2_000));
    expect((await store.get("a"))?.secrets.clientSecret).toBe("s");
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

  it("keeps at most maxRuns, dropping the oldest", async () => {
    const store = createMemoryStore({ maxRuns: 2 });
    for (const id of ["a", "b", "c"]) await store.save(record(id, Date.now() + 60_000));
    expect(await store.get("a")).toBeUndefined();
    expect(await store.get("c")).toBeDefined();
    expect(store.size()).toBe(2);
    store.close();
  });
});
