/**
 * API budgets: POST /api/diagnose throughput ≥ 0.5× a bare Hono "hello" route (autocannon, side by
 * side on the same server), and p99 ≤ 10 ms at 500 requests/s.
 *
 * Besides the two budget figures it measures a floor route (a bare Hono POST returning a diagnosis held
 * in memory, see api-server.ts) and the server's CPU time per request, so a reader can tell the cost of
 * our code from the cost of answering ~3 KB over HTTP on this machine.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import autocannon from "autocannon";
import { ROOT } from "../test/support/site-pages.ts";
import { BENCH_EVIDENCE } from "./api-evidence.ts";
import { steadyLoad } from "./steady-load.ts";

export interface Throughput {
  rps: number;
  /** Server CPU time (user + system) per request, in microseconds. */
  cpuMicros: number;
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

export interface ApiBench {
  hello: Throughput;
  /** A bare Hono POST route answering the same bytes as /api/diagnose without doing anything. */
  floor: Throughput;
  /** Repeated evidence: answers come from the diagnosis memo. */
  memo: Throughput;
  /** Every request's evidence unique: the engine runs every time. */
  unique: Throughput;
  fixedRate: {
    rate: number;
    /** autocannon --overallRate as it reports it (its coordinated-omission back-fill at 1 ms). */
    autocannon: Latency;
    /** The same run shape with autocannon's back-fill off: each request's own latency. */
    autocannonRaw: Latency;
    /** Evenly spaced requests, latency from each one's due time (steady-load.ts). */
    steady: Latency;
    errors: number;
    non2xx: number;
  };
}

const JSON_HEADERS = { "content-type": "application/json" };

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "bench", "api-server.ts")], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /listening (http:\/\/\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.on("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function serverCpu(url: string): Promise<number> {
  const response = await fetch(`${url}/bench/cpu`);
  return ((await response.json()) as { micros: number }).micros;
}

/** Throughput of one autocannon run, with the server's CPU time per completed request. */
async function measure(url: string, options: autocannon.Options): Promise<Throughput & { result: autocannon.Result }> {
  const before = await serverCpu(url);
  const result = await run(options);
  const after = await serverCpu(url);
  return { rps: result.requests.average, cpuMicros: (after - before) / Math.max(1, result.requests.total), result };
}

const repeated = BENCH_EVIDENCE.map((body) => ({
  method: "POST" as const,
  path: "/api/diagnose",
  headers: JSON_HEADERS,
  body: JSON.stringify(body),
}));

let ticket = 0;
/** The same four tickets, each time with a new ticket number in the error text: never a memo hit. */
function uniqueBody(index: number): string {
  ticket += 1;
  const evidence = BENCH_EVIDENCE[index % BENCH_EVIDENCE.length] ?? {};
  return JSON.stringify({ ...evidence, errorText: `${evidence.errorText ?? ""}\nticket ${ticket}` });
}

const unique = BENCH_EVIDENCE.map((_, index) => ({
  method: "POST" as const,
  path: "/api/diagnose",
  headers: JSON_HEADERS,
  setupRequest: (request: autocannon.Request) => ({ ...request, body: uniqueBody(index) }),
}));

const latency = (result: autocannon.Result): Latency => ({
  p50: result.latency.p50,
  p99: result.latency.p99,
  max: result.latency.max,
});

const strip = ({ rps, cpuMicros }: Throughput): Throughput => ({ rps, cpuMicros });

export async function benchApi(seconds = 10): Promise<ApiBench> {
  const { child, url } = await startServer();
  const base = { url, duration: seconds, connections: 10 };
  try {
    // Warm-up: JIT and caches for every route measured.
    await run({ ...base, url: `${url}/bench/hello`, duration: 2 });
    await run({ ...base, duration: 2, requests: [{ method: "POST", path: "/bench/floor", headers: JSON_HEADERS }] });
    await run({ ...base, duration: 2, requests: repeated });
    await run({ ...base, duration: 2, requests: unique });

    const hello = await measure(url, { ...base, url: `${url}/bench/hello` });
    const floor = await measure(url, {
      ...base,
      requests: [{ method: "POST", path: "/bench/floor", headers: JSON_HEADERS, body: repeated[0]?.body ?? "{}" }],
    });
    const memo = await measure(url, { ...base, requests: repeated });
    const fresh = await measure(url, { ...base, requests: unique });

    const rate = 500;
    const fixed = await run({ ...base, overallRate: rate, requests: unique });
    const fixedRaw = await run({ ...base, overallRate: rate, requests: unique, ignoreCoordinatedOmission: true });
    const steady = await steadyLoad({ url, path: "/api/diagnose", rate, seconds, connections: 10, body: uniqueBody });

    const runs = [floor.result, memo.result, fresh.result, fixed, fixedRaw];
    return {
      hello: strip(hello),
      floor: strip(floor),
      memo: strip(memo),
      unique: strip(fresh),
      fixedRate: {
        rate,
        autocannon: latency(fixed),
        autocannonRaw: latency(fixedRaw),
        steady: { p50: steady.p50, p99: steady.p99, max: steady.max },
        errors: runs.reduce((sum, r) => sum + r.errors, 0) + steady.errors,
        non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0) + steady.non2xx,
      },
    };
  } finally {
    child.kill("SIGTERM");
  }
}
