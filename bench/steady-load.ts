/**
 * An open-loop load at an even rate: request i is due at start + i / rate, whatever happened to the
 * others, and its latency is measured from that due time (so a stall is counted for every request it
 * delays, not only the one it hit: no coordinated omission). autocannon's fixed rate instead sends each
 * connection's share in a burst at the start of every second and back-fills its histogram as if requests
 * were due every millisecond; this complements it with what "500 requests per second" means to a client.
 */
import { Agent, request } from "node:http";

export interface SteadyLoadOptions {
  url: string;
  path: string;
  rate: number;
  seconds: number;
  connections: number;
  body: (index: number) => string;
}

export interface SteadyLoadResult {
  sent: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function steadyLoad(options: SteadyLoadOptions): Promise<SteadyLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const { hostname, port } = new URL(options.url);
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let sent = 0;
  let done = 0;

  return new Promise((resolve) => {
    const finish = () => {
      agent.destroy();
      const sorted = latencies.sort((a, b) => a - b);
      resolve({
        sent,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? Number.NaN,
        errors,
        non2xx,
      });
    };
    const settle = () => {
      done += 1;
      if (done === total) finish();
    };
    const fire = (index: number, due: number) => {
      const body = options.body(index);
      const req = request(
        {
          agent,
          hostname,
          port,
          path: options.path,
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on("end", () => {
            latencies.push(performance.now() - due);
            if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode > 299) non2xx += 1;
            settle();
          });
        },
      );
      req.on("error", () => {
        errors += 1;
        settle();
      });
      req.end(body);
    };
    const start = performance.now();
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        fire(sent, start + sent * interval);
        sent += 1;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
}
