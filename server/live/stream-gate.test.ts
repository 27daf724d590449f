import { describe, expect, it } from "vitest";
import { createStreamGate } from "./stream-gate.ts";

describe("stream gate", () => {
  it("caps streams per run and per client, and frees them on release (once)", () => {
    const gate = createStreamGate({ perRun: 2, perClient: 3 });
    const a1 = gate.acquire("run-a", "client");
    const a2 = gate.acquire("run-a", "client");
    expect(a1 && a2).toBeTruthy();
    expect(gate.acquire("run-a", "client")).toBeUndefined();
    const b1 = gate.acquire("run-b", "client");
    expect(b1).toBeTruthy();
    expect(gate.acquire("run-c", "client")).toBeUndefined();
    expect(gate.acquire("run-c", "other")).toBeTruthy();
    expect(gate.open()).toBe(4);
    a1?.();
    a1?.();
    expect(gate.open()).toBe(3);
    expect(gate.acquire("run-a", "client")).toBeTruthy();
  });
});
