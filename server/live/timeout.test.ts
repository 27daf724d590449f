import { describe, expect, it } from "vitest";
import { StepTimeout, withTimeout } from "./timeout.ts";

describe("withTimeout", () => {
  it("passes a timely result through", async () => {
    await expect(withTimeout(Promise.resolve(7), 50)).resolves.toBe(7);
  });
  it("rejects with StepTimeout when the work is too slow", async () => {
    const never = new Promise<never>(() => {});
    const started = performance.now();
    await expect(withTimeout(never, 30)).rejects.toBeInstanceOf(StepTimeout);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
