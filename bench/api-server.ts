/**
 * The benchmark's server process: the real app plus, side by side on the same server,
 * - `GET /bench/hello`: a bare Hono "hello" route (the budget's reference);
 * - `POST /bench/floor`: a bare Hono route that reads the body and returns a diagnosis answer held in
 *   memory, the same bytes and headers as /api/diagnose, doing no other work. It is the ceiling any
 *   implementation of the endpoint can reach on this stack and machine;
 * - `GET /bench/cpu`: this process's CPU time, so the bench can report CPU per request.
 * Prints its URL.
 */
import { tmpdir } from "node:os";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createApp } from "../server/app.ts";
import { diagnose } from "../src/core/diagnose/diagnose.ts";
import { FLOOR_EVIDENCE } from "./api-evidence.ts";

const floorAnswer = JSON.stringify(diagnose(FLOOR_EVIDENCE, "en"));

const root = new Hono();
root.get("/bench/hello", (c) => c.text("hello"));
root.post("/bench/floor", async (c) => {
  await c.req.text();
  return c.body(floorAnswer, 200, { "content-type": "application/json", "content-language": "en" });
});
root.get("/bench/cpu", (c) => {
  const { user, system } = process.cpuUsage();
  return c.json({ micros: user + system });
});
root.route("/", createApp({ distDir: tmpdir() }));

const server = serve({ fetch: root.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  console.log(`listening http://127.0.0.1:${info.port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
