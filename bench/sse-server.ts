/**
 * The SSE bench's server process: the real app with stream caps raised (the bench measures what a
 * stream costs, not the caps), plus `GET /bench/mem` (this process's memory after a full GC; run with
 * --expose-gc). Prints its URL.
 */
import { tmpdir } from "node:os";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createApiDeps } from "../server/api.ts";
import { createApp } from "../server/app.ts";

const root = new Hono();
root.get("/bench/mem", (c) => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return c.json({ rss, heapUsed, external, arrayBuffers });
});
root.route(
  "/",
  createApp({ distDir: tmpdir(), api: createApiDeps({ streamLimits: { perRun: 100_000, perClient: 100_000 } }) }),
);
const server = serve({ fetch: root.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  console.log(`listening http://127.0.0.1:${info.port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
