/**
 * The benchmark's server process: the real app plus one bare Hono "hello" route, side by side on the
 * same server, so the API's throughput is compared with Hono's floor on this machine. Prints its URL.
 */
import { tmpdir } from "node:os";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createApp } from "../server/app.ts";

const root = new Hono();
root.get("/bench/hello", (c) => c.text("hello"));
root.route("/", createApp({ distDir: tmpdir() }));

const server = serve({ fetch: root.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  console.log(`listening http://127.0.0.1:${info.port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
