/**
 * Where runs live between requests. The engine reads a record, changes it and saves it; `save` also
 * publishes the public run to the run's subscribers (the SSE streams). The default is the in-memory
 * store (memory-store.ts); docs/architecture.md explains how several instances would share one
 * (Redis with a TTL, sticky SSE or pub/sub). Records hold secrets: a shared store must encrypt them.
 */
import type { LiveRecord, LiveRun } from "./model.ts";

export interface LiveStore {
  /** The record, or undefined when it is unknown or has expired. */
  get(id: string): Promise<LiveRecord | undefined>;
  /**
   * Stores the record until `record.expiresAtMs` and sends a snapshot of its run to subscribers.
   * Throws StoreFullError for a new record when no room can be made without dropping an unfinished run.
   */
  save(record: LiveRecord): Promise<void>;
  /** Calls `listener` with each saved snapshot of the run; returns the unsubscribe function. */
  subscribe(id: string, listener: (run: LiveRun) => void): () => void;
  /** Stops background work (sweeping). */
  close(): void;
}

/** The store holds as many unfinished runs as it may: a new one must wait. */
export class StoreFullError extends Error {
  override readonly name = "StoreFullError";
}
