/**
 * The sandbox clock: real time plus an offset that only moves forward. Tests advance it (through
 * POST /sandbox/google/clock) to reach expiries such as the 7-day Testing limit without waiting.
 */
import type { SandboxClock } from "./contracts.ts";

export function createSandboxClock(realNow: () => number = Date.now): SandboxClock {
  let offset = 0;
  return {
    now: () => realNow() + offset,
    advance(ms: number): void {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError("The sandbox clock only moves forward.");
      offset += ms;
    },
  };
}

export const DAY_MS = 24 * 60 * 60 * 1000;
