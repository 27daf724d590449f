/**
 * Fault injection for the sandbox's endpoints: the next N calls of an endpoint time out (the response
 * is held until the client gives up, at most HOLD_LIMIT_MS), answer 500 or 503, or are slow. A fault
 * is limited to calls carrying given request fields (the controls always add the practice run's own
 * client ID, and may add one authorization code), so a run's fault never hits another run. At most
 * MAX_FAULTS are pending (the oldest go first). Waits use real time, not the sandbox clock, and
 * `close()` releases every held response at once (shutdown).
 */
import type { Context, MiddlewareHandler } from "hono";

export const FAULT_MODES = ["timeout", "500", "503", "slow"] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

/** Longest a "timeout" fault holds a response, and the longest a "slow" one delays it. */
export const HOLD_LIMIT_MS = 60_000;
export const DEFAULT_SLOW_MS = 2_000;
export const MAX_FAULTS = 1_000;

export interface FaultSpec {
  mode: FaultMode;
  /** How many upcoming calls fail; 0 clears the endpoint's fault. */
  count: number;
  /** Delay of a "slow" fault (default DEFAULT_SLOW_MS, at most HOLD_LIMIT_MS). */
  delayMs?: number | undefined;
  /** Only calls whose request fields have these values (e.g. `{ code: "4/…" }`). */
  match?: Record<string, string> | undefined;
}

export interface PendingFault<E extends string> {
  endpoint: E;
  mode: FaultMode;
  remaining: number;
  delayMs: number;
  match?: Record<string, string>;
}

/** The status a failed call answers with: 500/503 as asked, 504 when a held call reaches the limit. */
export type FaultStatus = 500 | 503 | 504;

export interface Faults<E extends string> {
  set(endpoint: E, spec: FaultSpec): void;
  /** Pending faults, those whose match includes every given field when a filter is given. */
  pending(filter?: Record<string, string>): PendingFault<E>[];
  /**
   * Middleware for one endpoint: takes the endpoint's next pending fault that applies to the call and
   * applies it. `fields` reads the call's request fields; it is asked only when a fault has a match.
   */
  inject(
    endpoint: E,
    fail: (c: Context, status: FaultStatus) => Response,
    fields?: (c: Context) => Promise<Record<string, string>>,
  ): MiddlewareHandler;
  /** Releases every held or delayed response now. */
  close(): void;
}

export function createFaults<E extends string>(): Faults<E> {
  /** Pending faults, in the order they were set; one per endpoint and match. */
  let faults: PendingFault<E>[] = [];
  const sameTarget = (fault: PendingFault<E>, endpoint: E, match: Record<string, string> | undefined) =>
    fault.endpoint === endpoint && JSON.stringify(fault.match ?? {}) === JSON.stringify(match ?? {});
  const releases = new Set<() => void>();

  /** Resolves after `ms`, when the client goes away, or when the sandbox closes. */
  function wait(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", release);
        releases.delete(release);
        resolve();
      };
      const timer = setTimeout(release, ms);
      timer.unref();
      releases.add(release);
      if (signal.aborted) release();
      else signal.addEventListener("abort", release, { once: true });
    });
  }

  async function take(
    endpoint: E,
    c: Context,
    fields: ((c: Context) => Promise<Record<string, string>>) | undefined,
  ): Promise<PendingFault<E> | undefined> {
    const candidates = faults.filter((f) => f.endpoint === endpoint);
    if (candidates.length === 0) return undefined;
    const values = candidates.some((f) => f.match) && fields ? await fields(c) : {};
    const fault = candidates.find((f) => Object.entries(f.match ?? {}).every(([k, v]) => values[k] === v));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults = faults.filter((f) => f !== fault);
    return fault;
  }

  return {
    set(endpoint, spec) {
      faults = faults.filter((f) => !sameTarget(f, endpoint, spec.match));
      if (spec.count <= 0) return;
      const delayMs = Math.min(spec.delayMs ?? DEFAULT_SLOW_MS, HOLD_LIMIT_MS);
      const fault: PendingFault<E> = { endpoint, mode: spec.mode, remaining: spec.count, delayMs };
      if (spec.match && Object.keys(spec.match).length > 0) fault.match = { ...spec.match };
      faults.push(fault);
      if (faults.length > MAX_FAULTS) faults = faults.slice(-MAX_FAULTS);
    },
    pending: (filter) =>
      faults
        .filter((fault) => Object.entries(filter ?? {}).every(([k, v]) => fault.match?.[k] === v))
        .map((fault) => ({ ...fault, ...(fault.match ? { match: { ...fault.match } } : {}) })),
    inject(endpoint, fail, fields) {
      return async (c, next) => {
        const fault = await take(endpoint, c, fields);
        if (!fault) return next();
        switch (fault.mode) {
          case "500":
            return fail(c, 500);
          case "503":
            return fail(c, 503);
          case "timeout":
            await wait(HOLD_LIMIT_MS, c.req.raw.signal);
            return fail(c, 504);
          case "slow":
            await wait(fault.delayMs, c.req.raw.signal);
            return next();
        }
      };
    },
    close() {
      for (const release of [...releases]) release();
    },
  };
}
