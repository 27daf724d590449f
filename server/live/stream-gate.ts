/**
 * Caps on open Server-Sent Event streams: a few per run (a page and a second tab, say) and some
 * more per client, so nobody can hold thousands of connections and file descriptors open.
 */
export interface StreamGate {
  /** A release function when a stream may open, else undefined (too many already). */
  acquire(runId: string, clientKey: string): (() => void) | undefined;
  open(): number;
  readonly limits: StreamLimits;
}

export interface StreamLimits {
  perRun: number;
  perClient: number;
}

export const DEFAULT_STREAM_LIMITS: StreamLimits = { perRun: 4, perClient: 20 };

export function createStreamGate(limits: StreamLimits = DEFAULT_STREAM_LIMITS): StreamGate {
  const byRun = new Map<string, number>();
  const byClient = new Map<string, number>();
  let total = 0;
  const change = (map: Map<string, number>, key: string, delta: number) => {
    const next = (map.get(key) ?? 0) + delta;
    if (next <= 0) map.delete(key);
    else map.set(key, next);
  };
  return {
    acquire(runId, clientKey) {
      if ((byRun.get(runId) ?? 0) >= limits.perRun || (byClient.get(clientKey) ?? 0) >= limits.perClient) {
        return undefined;
      }
      change(byRun, runId, 1);
      change(byClient, clientKey, 1);
      total += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        change(byRun, runId, -1);
        change(byClient, clientKey, -1);
        total -= 1;
      };
    },
    open: () => total,
    limits,
  };
}
