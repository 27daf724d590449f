/**
 * Budget: 1,000 idle Server-Sent Event streams cost ≤ 40 MB of server memory. One live run (provider
 * "google", waiting at consent, so its stream stays open and idle), then 1,000 streams of it, each on
 * its own connection; the server's RSS and heap are read after a full GC before and after.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { join } from "node:path";
import { ROOT } from "../test/support/site-pages.ts";

export interface SseBench {
  streams: number;
  rssMb: number;
  heapMb: number;
}

interface Memory {
  rss: number;
  heapUsed: number;
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", join(ROOT, "bench", "sse-server.ts")], {
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

const memory = async (url: string): Promise<Memory> => (await (await fetch(`${url}/bench/mem`)).json()) as Memory;

/** Opens one stream on its own connection; resolves once its first event arrived. */
function openStream(url: string, cookie: string, close: (() => void)[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`stream answered ${res.statusCode}`));
      res.once("data", () => resolve());
      close.push(() => res.destroy());
    });
    req.on("error", reject);
    req.end();
  });
}

export async function benchSse(streams = 1_000): Promise<SseBench> {
  const { child, url } = await startServer();
  const close: (() => void)[] = [];
  try {
    const started = await fetch(`${url}/api/live/start`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url },
      body: JSON.stringify({
        provider: "google",
        clientId: "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com",
        clientSecret: "GOCSPX-abcdefghijklmnopqrstuvwxyz12",
        email: "sales@acme.com",
      }),
    });
    const { id } = (await started.json()) as { id: string };
    const cookie = (started.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
    // Warm-up: the route and SSE code paths compiled before the first reading.
    await Promise.all(Array.from({ length: 20 }, () => openStream(`${url}/api/live/${id}/events`, cookie, close)));
    for (const stop of close.splice(0)) stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = await memory(url);
    for (let opened = 0; opened < streams; opened += 100) {
      const batch = Math.min(100, streams - opened);
      await Promise.all(Array.from({ length: batch }, () => openStream(`${url}/api/live/${id}/events`, cookie, close)));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await memory(url);
    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
    return { streams, rssMb: mb(after.rss - before.rss), heapMb: mb(after.heapUsed - before.heapUsed) };
  } finally {
    for (const stop of close) stop();
    child.kill("SIGTERM");
  }
}
