/**
 * Scale-out budgets, against a real redis-server on a free loopback port:
 * - a whole healthy sandbox live run with the Redis store: the companion's overhead beyond the
 *   sandbox's own work stays ≤ 50 ms (p50 over 20 runs, after two warm-ups). The overhead is wall
 *   time (start request, then callback → final status) minus the time inside sandbox handlers and
 *   the SMTP steps (server/live/test-server.ts). Wall time on a shared machine also counts waiting
 *   for a core, so each Redis run alternates with a run on the in-memory store in the same process:
 *   the difference is what Redis adds, and the process's CPU time per run (companion, sandbox and
 *   client together) shows the work apart from the waiting; the load average is reported beside them;
 * - a thousand concurrent runs waiting at consent cost ≤ 20 MB in Redis (used_memory, before/after).
 */
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { Redis } from "ioredis";
import { sharedLiveServices } from "../server/live/shared-services.ts";
import { measureHealthyRun, startLiveTestServer } from "../server/live/test-server.ts";
import { startTestRedis } from "../test/support/redis-server.ts";

export interface RedisBench {
  overheadMsP50: number;
  overheadMsP95: number;
  /** The same runs on the in-memory store, interleaved. */
  memoryOverheadMsP50: number;
  /** CPU time of the whole process per run (companion, sandbox, client), Redis and in-memory store. */
  cpuMsPerRun: number;
  memoryCpuMsPerRun: number;
  /** 1-minute load average before and after the runs. */
  load: [number, number];
  runs: number;
  waitingRuns: number;
  memoryMb: number;
  bytesPerRun: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

async function usedMemory(client: Redis): Promise<number> {
  const info = await client.info("memory");
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

export async function benchRedis(runs = 20, waiting = 1_000): Promise<RedisBench> {
  const redis = await startTestRedis();
  const probe = new Redis(redis.url);
  const shared = await sharedLiveServices({ redisUrl: redis.url, cookieKey: randomBytes(32) });
  const unlimited = { max: 1_000_000, windowMs: 60_000 };
  const limiters = shared.redis
    ? { real: shared.redis.limiter("real", unlimited), practice: shared.redis.limiter("practice", unlimited) }
    : undefined;
  const server = await startLiveTestServer({ ...shared.services, ...(limiters ? { limiters } : {}) });
  const inMemory = await startLiveTestServer({ rateLimit: { practice: unlimited } });
  try {
    const measured = {
      redis: { overheads: [] as number[], cpuMs: 0 },
      memory: { overheads: [] as number[], cpuMs: 0 },
    };
    const load0 = loadavg()[0] ?? 0;
    for (let i = 0; i < runs + 2; i++) {
      for (const [name, target] of [
        ["redis", server],
        ["memory", inMemory],
      ] as const) {
        const cpu = process.cpuUsage();
        const timing = await measureHealthyRun(target);
        const used = process.cpuUsage(cpu);
        if (timing.run.status !== "passed") throw new Error(`A healthy run ended ${timing.run.status}.`);
        if (i < 2) continue;
        measured[name].overheads.push(timing.overheadMs);
        measured[name].cpuMs += (used.user + used.system) / 1000;
      }
    }
    const load1 = loadavg()[0] ?? 0;
    const overheads = measured.redis.overheads.sort((a, b) => a - b);
    const memoryOverheads = measured.memory.overheads.sort((a, b) => a - b);

    await probe.flushdb();
    const before = await usedMemory(probe);
    const browser = server.browser();
    for (let i = 0; i < waiting; i++) {
      const started = await browser.start({
        provider: "google",
        clientId: "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com",
        clientSecret: "GOCSPX-abcdefghijklmnopqrstuvwxyz12",
        email: `sales${i}@acme.com`,
      });
      if (started.status !== 200) throw new Error(`start answered ${started.status}`);
    }
    const after = await usedMemory(probe);
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      overheadMsP50: round(percentile(overheads, 50)),
      overheadMsP95: round(percentile(overheads, 95)),
      memoryOverheadMsP50: round(percentile(memoryOverheads, 50)),
      cpuMsPerRun: round(measured.redis.cpuMs / runs),
      memoryCpuMsPerRun: round(measured.memory.cpuMs / runs),
      load: [round(load0), round(load1)],
      runs,
      waitingRuns: waiting,
      memoryMb: round((after - before) / 1024 / 1024),
      bytesPerRun: Math.round((after - before) / waiting),
    };
  } finally {
    await server.close();
    await inMemory.close();
    await shared.redis?.close();
    probe.disconnect();
    await redis.stop();
  }
}
