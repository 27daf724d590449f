/**
 * The live test's budget: the companion's overhead in a whole healthy sandbox run (start request,
 * then callback → final status, minus the sandbox's handlers and SMTP dialogues), over ~20 runs on a
 * real server with the sandbox, after two warm-up runs. `npm run bench` reports p50 and p95.
 */
import { measureHealthyRun, startLiveTestServer } from "../server/live/test-server.ts";

export interface LiveBench {
  overheadMsP50: number;
  overheadMsP95: number;
  runs: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

export async function benchLive(runs = 20): Promise<LiveBench> {
  const server = await startLiveTestServer({ rateLimit: { practice: { max: runs + 10, windowMs: 60_000 } } });
  try {
    for (let i = 0; i < 2; i++) await measureHealthyRun(server);
    const overheads: number[] = [];
    for (let i = 0; i < runs; i++) {
      const timing = await measureHealthyRun(server);
      if (timing.run.status !== "passed") throw new Error(`A healthy run ended ${timing.run.status}.`);
      overheads.push(timing.overheadMs);
    }
    overheads.sort((a, b) => a - b);
    const round = (value: number) => Math.round(value * 10) / 10;
    return { overheadMsP50: round(percentile(overheads, 50)), overheadMsP95: round(percentile(overheads, 95)), runs };
  } finally {
    await server.close();
  }
}
