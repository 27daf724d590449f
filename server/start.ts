/**
 * `npm start`: build the guide if needed, then serve the site and the API from ONE Node process on
 * HOST:PORT (default 127.0.0.1:4321). Stops cleanly on SIGINT/SIGTERM.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { ensureBuilt } from "./build.ts";
import { readServerConfig, type ServerConfig } from "./config.ts";
import { t } from "./messages.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
let config: ServerConfig;
try {
  config = readServerConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const lang = config.lang;

try {
  await ensureBuilt(root, () => console.log(t(lang, "server.building")));
} catch {
  console.error(t(lang, "server.build-failed"));
  process.exit(1);
}

const app = createApp({ distDir: join(root, "dist") });
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
  console.log(t(lang, "server.listening", { url: `http://${host}:${info.port}` }));
});
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(`${error.code ?? error.name}: ${config.host}:${config.port}`);
  process.exit(1);
});

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  console.log(t(lang, "server.stopping"));
  server.close(() => process.exit(0));
  if ("closeAllConnections" in server) server.closeAllConnections();
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
