/**
 * The default LiveStore: a Map in this process. Records expire at `expiresAtMs` (read lazily on each
 * get, and swept every minute so abandoned runs and their secrets do not linger). At most `maxRuns`
 * are kept: when full, finished runs make room, oldest first; a run still waiting for its user or
 * still running is never dropped, so a new run is refused (StoreFullError) rather than evicting one.
 * Subscribers are called synchronously with a snapshot.
 */
import { isFinal, type LiveRecord, type LiveRun } from "./model.ts";
import { type LiveStore, StoreFullError } from "./store.ts";

export interface MemoryStoreOptions {
  now?: () => number;
  sweepEveryMs?: number;
  maxRuns?: number;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): LiveStore & { size(): number } {
  const now = options.now ?? Date.now;
  const maxRuns = options.maxRuns ?? 10_000;
  const records = new Map<string, LiveRecord>();
  const listeners = new Map<string, Set<(run: LiveRun) => void>>();
  /** Claims and when they lapse. */
  const claims = new Map<string, number>();

  const sweep = () => {
    const at = now();
    for (const [id, record] of records) if (record.expiresAtMs <= at) records.delete(id);
    for (const [key, until] of claims) if (until <= at) claims.delete(key);
  };
  const timer = setInterval(sweep, options.sweepEveryMs ?? 60_000);
  timer.unref();

  return {
    async get(id) {
      const record = records.get(id);
      if (!record) return undefined;
      if (record.expiresAtMs <= now()) {
        records.delete(id);
        return undefined;
      }
      return record;
    },
    async save(record) {
      if (record.expiresAtMs <= now()) {
        records.delete(record.run.id);
        return;
      }
      if (!records.has(record.run.id) && records.size >= maxRuns) {
        sweep();
        for (const [id, kept] of records) {
          if (records.size < maxRuns) break;
          if (isFinal(kept.run.status)) records.delete(id);
        }
        if (records.size >= maxRuns) throw new StoreFullError();
      }
      records.set(record.run.id, record);
      const subscribed = listeners.get(record.run.id);
      if (!subscribed?.size) return;
      const snapshot = structuredClone(record.run);
      for (const listener of subscribed) listener(snapshot);
    },
    subscribe(id, listener) {
      const set = listeners.get(id) ?? new Set();
      set.add(listener);
      listeners.set(id, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(id);
      };
    },
    async claim(id, what, ttlMs) {
      const key = `${id}\0${what}`;
      const at = now();
      if ((claims.get(key) ?? 0) > at) return false;
      claims.set(key, at + ttlMs);
      return true;
    },
    close() {
      clearInterval(timer);
    },
    size: () => records.size,
  };
}
