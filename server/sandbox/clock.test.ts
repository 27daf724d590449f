/** The sandbox clock: real time plus a forward-only offset. */
import { describe, expect, it } from "vitest";
import { createSandboxClock, DAY_MS } from "./clock.ts";

describe("createSandboxClock", () => {
  it("follows real time and adds what was advanced", () => {
    let real = 1_000;
    const clock = createSandboxClock(() => real);
    expect(clock.now()).toBe(1_000);
    clock.advance(7 * DAY_MS);
    expect(clock.now()).toBe(1_000 + 7 * DAY_MS);
    real += 5;
    expect(clock.now()).toBe(1_005 + 7 * DAY_MS);
  });

  it("refuses to go backwards or by a non-number", () => {
    const clock = createSandboxClock();
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    expect(() => clock.advance(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("can move one client's time only, on top of everyone's", () => {
    const clock = createSandboxClock(() => 1_000);
    clock.advance(8 * DAY_MS, "testing-client");
    expect(clock.now("testing-client")).toBe(1_000 + 8 * DAY_MS);
    expect(clock.now("other-client")).toBe(1_000);
    expect(clock.now()).toBe(1_000);
    clock.advance(DAY_MS);
    expect(clock.now("testing-client")).toBe(1_000 + 9 * DAY_MS);
    expect(clock.now("other-client")).toBe(1_000 + DAY_MS);
    expect(() => clock.advance(-1, "testing-client")).toThrow(RangeError);
  });

  it("uses Date.now by default", () => {
    const before = Date.now();
    const now = createSandboxClock().now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
