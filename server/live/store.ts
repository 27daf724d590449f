/**
 * Where runs live between requests. The engine reads a record, changes it and saves it; `save` also
 * publishes the public run to the run's subscribers (the SSE streams), on this instance at once and,
 * with a shared store, on every other instance. Two stores: in memory (memory-store.ts, the default
 * for one process) and Redis (redis-store.ts, REDIS_URL, for several instances), which seals each
 * record with the key ring because records hold secrets.
 */
import type { LiveRecord, LiveRun } from "./model.ts";

export interface LiveStore {
  /** The record, or undefined when it is unknown or has expired. Throws StoreUnavailableError. */
  get(id: string): Promise<LiveRecord | undefined>;
  /**
   * Stores the record until `record.expiresAtMs` and sends a snapshot of its run to subscribers.
   * Throws StoreFullError for a new record when no room can be made without dropping an unfinished
   * run, StoreUnavailableError when the shared store cannot be reached (this instance's subscribers
   * still get the snapshot, and the record is written once the store is back).
   */
  save(record: LiveRecord): Promise<void>;
  /** Calls `listener` with each saved snapshot of the run; returns the unsubscribe function. */
  subscribe(id: string, listener: (run: LiveRun) => void): () => void;
  /**
   * Takes a one-time right for `what` on the run (answering consent, sending a mail) for `ttlMs`,
   * across every instance sharing the store: true for the first caller only.
   */
  claim(id: string, what: string, ttlMs: number): Promise<boolean>;
  /** Stops background work and connections. */
  close(): void | Promise<void>;
}

/** The store holds as many unfinished runs as it may: a new one must wait. */
export class StoreFullError extends Error {
  override readonly name = "StoreFullError";
}

/** The shared store (Redis) cannot be reached. */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}
