/**
 * The sandbox clock: real time plus offsets that only move forward, one shared by every client and
 * one per OAuth client. Tests advance it (through POST /sandbox/google/clock) to reach expiries such as
 * the 7-day Testing limit without waiting; a practice run advances only its own client's time.
 */
import type { SandboxClock } from "./contracts.ts";

export function createSandboxClock(realNow: () => number = Date.now): SandboxClock {
  let offset = 0;
  const clientOffsets = new Map<string, number>();
  return {
    now: (clientId) => realNow() + offset + (clientId === undefined ? 0 : (clientOffsets.get(clientId) ?? 0)),
    advance(ms, clientId) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError("The sandbox clock only moves forward.");
      if (clientId === undefined) offset += ms;
      else clientOffsets.set(clientId, (clientOffsets.get(clientId) ?? 0) + ms);
    },
  };
}

export const DAY_MS = 24 * 60 * 60 * 1000;
