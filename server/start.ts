/**
 * `npm start`: build the guide if needed, then serve the site, the API and (unless SANDBOX=off) the
 * sandbox emulators from ONE Node process on HOST:PORT (default 127.0.0.1:4321). Stops cleanly on
 * SIGINT/SIGTERM.
 */
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { ensureBuilt } from "./build.ts";
import { readServerConfig, type ServerConfig } from "./config.ts";
import { t } from "./messages.ts";
import type { Sandbox } from "./sandbox/index.ts";

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

let origin = config.publicUrl ?? "";
let sandbox: Sandbox | undefined;
let smtpAddress = "";
if (config.sandbox) {
  // Imported only when enabled: SANDBOX=off loads no emulator code and opens no port.
  const { createSandbox } = await import("./sandbox/index.ts");
  sandbox = createSandbox({ baseUrl: () => origin, smtpPort: config.sandboxSmtpPort });
  try {
    const address = await sandbox.start();
    smtpAddress = `${address.host}:${address.port}`;
  } catch (error) {
    console.error(
      t(lang, "server.sandbox-failed", { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).name }),
    );
    process.exit(1);
  }
}

const live = { origin: () => origin, trustProxy: config.trustProxy, ...(sandbox ? { sandbox } : {}) };
const app = createApp(
  sandbox ? { distDir: join(root, "dist"), sandbox: sandbox.routes, live } : { distDir: join(root, "dist"), live },
);
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info: AddressInfo) => {
  const shown = ["0.0.0.0", "::"].includes(info.address) ? "127.0.0.1" : info.address;
  const host = info.family === "IPv6" && shown !== "127.0.0.1" ? `[${shown}]` : shown;
  const url = `http://${host}:${info.port}`;
  origin ||= url;
  console.log(t(lang, "server.listening", { url }));
  if (sandbox) console.log(t(lang, "server.sandbox", { google: `${origin}/sandbox/google`, smtp: smtpAddress }));
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
  const done = () => void (sandbox?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
  server.close(done);
  if ("closeAllConnections" in server) server.closeAllConnections();
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
