/**
 * The shared store for several instances (REDIS_URL). Each run is one key holding the sealed record
 * (record-codec.ts) with the run's own expiry as TTL; an index of unfinished runs caps how many the
 * cluster holds; each save is published on the run's channel so an SSE stream on instance A follows
 * steps run on instance B; claims are SET NX keys; rate limits are a sliding window per client,
 * updated atomically by a script. Commands fail fast while Redis is unreachable (StoreUnavailableError)
 * and the client keeps reconnecting; a record that could not be written is kept here and written
 * when Redis is back, and this instance's subscribers get every snapshot at once regardless.
 */
import { randomBytes } from "node:crypto";
import { type ChainableCommander, Redis } from "ioredis";
import type { KeyRing } from "./key-ring.ts";
import { isFinal, type LiveRecord, type LiveRun } from "./model.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { decodeRecord, encodeRecord } from "./record-codec.ts";
import { type LiveStore, StoreFullError, StoreUnavailableError } from "./store.ts";

export interface RedisStoreOptions {
  url: string;
  ring: KeyRing;
  now?: () => number;
  /** Unfinished runs the whole cluster may hold (default 10,000). */
  maxRuns?: number;
  /** Key prefix (tests use one per test). */
  prefix?: string;
  /** How long to wait for Redis at start before giving up (ms). */
  connectTimeoutMs?: number;
}

export interface RedisStore extends LiveStore {
  /** A rate limiter counting in Redis, shared by every instance. */
  limiter(name: string, options: { max: number; windowMs: number }): RateLimiter;
  /** Redis answers commands now. */
  ready(): boolean;
}

/** A run not yet in Redis counts against the cap; a known one is just rewritten. Returns 0 when full. */
const SAVE_RUN = `
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[5])
  if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[6]) then return 0 end
  redis.call('ZADD', KEYS[2], ARGV[4], ARGV[3])
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/** Sliding window: drop old hits, refuse at the limit (with the wait), else record this one. */
const HIT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + tonumber(ARGV[2]) - tonumber(ARGV[1])
end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 0`;

type Commands = Redis & {
  saveRun(
    runKey: string,
    indexKey: string,
    bytes: Buffer,
    ttlMs: number,
    id: string,
    expiresAtMs: number,
    now: number,
    maxRuns: number,
  ): Promise<number>;
  hitWindow(key: string, now: number, windowMs: number, max: number, member: string): Promise<number>;
};

/** Runs a Redis call; a connection problem becomes StoreUnavailableError. */
async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StoreFullError) throw error;
    throw new StoreUnavailableError((error as Error)?.name ?? "redis");
  }
}

export async function connectRedisStore(options: RedisStoreOptions): Promise<RedisStore> {
  const now = options.now ?? Date.now;
  const prefix = options.prefix ?? "companion:";
  const maxRuns = options.maxRuns ?? 10_000;
  const instance = randomBytes(8).toString("hex");
  const clientOptions = {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 5_000,
    retryStrategy: (times: number) => Math.min(100 * times, 2_000),
  };
  const command = new Redis(options.url, clientOptions) as Commands;
  const subscriber = new Redis(options.url, { ...clientOptions, enableOfflineQueue: true });
  // Errors are reported through failed commands; the clients keep reconnecting on their own.
  command.on("error", () => undefined);
  subscriber.on("error", () => undefined);
  command.defineCommand("saveRun", { numberOfKeys: 2, lua: SAVE_RUN });
  command.defineCommand("hitWindow", { numberOfKeys: 1, lua: HIT });
  try {
    await Promise.all([command.connect(), subscriber.connect()]);
  } catch (error) {
    command.disconnect();
    subscriber.disconnect();
    throw error;
  }

  const runKey = (id: string) => `${prefix}run:${id}`;
  const indexKey = `${prefix}runs`;
  const channel = (id: string) => `${prefix}events:${id}`;
  const listeners = new Map<string, Set<(run: LiveRun) => void>>();

  const deliver = (id: string, run: LiveRun) => {
    const subscribed = listeners.get(id);
    if (!subscribed?.size) return;
    for (const listener of subscribed) listener(structuredClone(run));
  };

  /** Writes the record and publishes its run in one round trip. */
  const write = async (record: LiveRecord): Promise<void> => {
    const ttlMs = record.expiresAtMs - now();
    if (ttlMs <= 0) {
      await command.del(runKey(record.run.id));
      return;
    }
    const bytes = encodeRecord(record, options.ring);
    const event = JSON.stringify({ from: instance, run: record.run });
    // A pipeline carries the script defined with defineCommand, which its type does not list.
    const pipeline = command.pipeline() as ChainableCommander & {
      saveRun(...args: [string, string, Buffer, number, string, number, number, number]): ChainableCommander;
    };
    const results = await pipeline
      .saveRun(runKey(record.run.id), indexKey, bytes, ttlMs, record.run.id, record.expiresAtMs, now(), maxRuns)
      .publish(channel(record.run.id), event)
      .exec();
    const [saveResult, publishResult] = results ?? [];
    const failure = saveResult?.[0] ?? publishResult?.[0];
    if (failure) throw failure;
    if (saveResult?.[1] === 0) throw new StoreFullError();
  };

  /**
   * Write-behind for runs already in Redis: the engine goes on at once, one write per run is in
   * flight and only the newest snapshot is written next (order is kept: one connection, one queue).
   * A failed write keeps the record here, flags the run so its next save throws, and is retried
   * when Redis is back.
   */
  const known = new Set<string>();
  const inFlight = new Map<string, Promise<void>>();
  const newest = new Map<string, LiveRecord>();
  const failed = new Set<string>();
  const pending = new Map<string, LiveRecord>();

  const flush = (id: string): Promise<void> => {
    const current = inFlight.get(id);
    if (current) return current;
    const record = newest.get(id);
    if (!record) return Promise.resolve();
    newest.delete(id);
    const done = write(record)
      .then(() => {
        pending.delete(id);
        failed.delete(id);
      })
      .catch(() => {
        if (record.expiresAtMs > now()) pending.set(id, record);
        failed.add(id);
      })
      .finally(() => {
        inFlight.delete(id);
        if (newest.has(id)) void flush(id);
      });
    inFlight.set(id, done);
    return done;
  };

  /**
   * The write starts once the engine yields (setImmediate), not inside its save: sealing a snapshot
   * costs CPU the step would wait for, and a step that ends in the same turn (running, then passed)
   * is written once, as its newest snapshot. The engine changes a record and saves it in one turn,
   * so whatever snapshot is written then is one it saved (redacted).
   */
  const scheduled = new Set<string>();
  const flushSoon = (id: string) => {
    if (scheduled.has(id)) return;
    scheduled.add(id);
    setImmediate(() => {
      scheduled.delete(id);
      void flush(id);
    });
  };

  command.on("ready", () => {
    for (const [id, record] of pending) {
      if (!newest.has(id)) newest.set(id, record);
      void flush(id);
    }
  });

  subscriber.on("message", (from: string, message: string) => {
    const id = from.slice(`${prefix}events:`.length);
    try {
      const parsed = JSON.parse(message) as { from: string; run: LiveRun };
      if (parsed.from !== instance) deliver(id, parsed.run);
    } catch {
      // Not ours: ignore.
    }
  });

  const get = (id: string) =>
    guarded(async () => {
      const kept = newest.get(id) ?? pending.get(id);
      if (kept) return kept.expiresAtMs > now() ? kept : undefined;
      const bytes = await command.getBuffer(runKey(id));
      if (!bytes) return undefined;
      const record = decodeRecord(bytes, options.ring);
      return record && record.expiresAtMs > now() ? record : undefined;
    });

  return {
    get,
    async save(record) {
      const id = record.run.id;
      if (failed.has(id) && command.status !== "ready") {
        deliver(id, record.run);
        throw new StoreUnavailableError("redis");
      }
      if (known.has(id)) {
        newest.set(id, record);
        if (!isFinal(record.run.status)) {
          deliver(id, record.run);
          flushSoon(id);
          return;
        }
        // A final state is in Redis before anyone is told, so every instance then reads it.
        while (newest.has(id) || inFlight.has(id)) await (inFlight.get(id) ?? flush(id));
        deliver(id, record.run);
        if (failed.has(id)) throw new StoreUnavailableError("redis");
        return;
      }
      deliver(id, record.run);
      // A new run is written before the answer: the cluster's cap and Redis itself must agree.
      await guarded(() => write(record));
      known.add(id);
    },
    subscribe(id, listener) {
      let set = listeners.get(id);
      if (!set) {
        set = new Set();
        listeners.set(id, set);
        // Once subscribed, catch up with a step saved elsewhere before the subscription was ready.
        subscriber
          .subscribe(channel(id))
          .then(() => get(id))
          .then((record) => {
            if (record && listeners.get(id)?.has(listener)) listener(structuredClone(record.run));
          })
          .catch(() => undefined);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(id) === set) {
          listeners.delete(id);
          subscriber.unsubscribe(channel(id)).catch(() => undefined);
        }
      };
    },
    claim: (id, what, ttlMs) =>
      guarded(async () => (await command.set(`${prefix}claim:${id}:${what}`, "1", "PX", ttlMs, "NX")) === "OK"),
    limiter(name, limit) {
      return {
        hit: (key) =>
          guarded(async () => {
            const at = now();
            const wait = await command.hitWindow(
              `${prefix}rate:${name}:${key}`,
              at,
              limit.windowMs,
              limit.max,
              `${at}:${randomBytes(6).toString("base64url")}`,
            );
            return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true, retryAfterMs: 0 };
          }),
      };
    },
    ready: () => command.status === "ready",
    async close() {
      // Writes still in flight (the newest snapshots) land before the connections close.
      for (const id of newest.keys()) void flush(id);
      await Promise.race([
        Promise.allSettled([...inFlight.values()]),
        new Promise((resolve) => setTimeout(resolve, 2_000)),
      ]);
      await Promise.allSettled([command.quit(), subscriber.quit()]);
    },
  };
}
