/**
 * `npm start`: build the guide if needed, then serve the site, the API and (on a loopback HOST, or
 * with SANDBOX=on) the sandbox emulators from ONE Node process on HOST:PORT (default
 * 127.0.0.1:4321). The API's services (run store, cookie key, rate limits, stream caps) are built
 * here, once. Stops cleanly on SIGINT/SIGTERM.
 */
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { isLoopbackHost } from "../src/core/redirect-uri/hosts.ts";
import { createApiDeps } from "./api.ts";
import { createApp } from "./app.ts";
import { ensureBuilt } from "./build.ts";
import { readServerConfig, type ServerConfig } from "./config.ts";
import { BODY_TIMEOUT_MS } from "./http/body.ts";
import type { LiveSandbox } from "./live/practice.ts";
import { createRemoteSandbox, RemoteSandboxError } from "./live/remote-sandbox.ts";
import { redisAddress, sharedLiveServices } from "./live/shared-services.ts";
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
const loopbackOnly = isLoopbackHost(config.host);
const originPolicy = {
  ...(config.publicUrl ? { publicOrigin: config.publicUrl } : {}),
  trustProxy: config.trustProxy,
  loopbackOnly,
};
let sandbox: Sandbox | undefined;
let smtpAddress = "";
if (config.sandbox) {
  // Imported only when enabled: SANDBOX=off loads no emulator code and opens no port.
  const { createSandbox } = await import("./sandbox/index.ts");
  sandbox = createSandbox({ baseUrl: () => origin, smtpPort: config.sandboxSmtpPort, origin: originPolicy });
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

let shared: Awaited<ReturnType<typeof sharedLiveServices>>;
try {
  shared = await sharedLiveServices(config);
  if (config.redisUrl) console.log(t(lang, "server.redis", { address: redisAddress(config.redisUrl) }));
} catch (error) {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
  console.error(t(lang, "server.redis-failed", { address: redisAddress(config.redisUrl ?? ""), reason }));
  await sandbox?.stop();
  process.exit(1);
}

if (!loopbackOnly && !config.publicUrl) console.warn(t(lang, "server.no-public-url", { host: config.host }));
if (config.sandboxReason === "not-loopback") console.log(t(lang, "server.sandbox-off-public", { host: config.host }));
if (config.sandboxReason === "asked-off") console.log(t(lang, "server.sandbox-off-asked"));

// SANDBOX_URL: practice runs use the one sandbox process every instance points at.
let practiceSandbox: LiveSandbox | undefined = sandbox;
if (config.sandboxUrl && config.sandboxControlKey) {
  const url = config.sandboxUrl;
  practiceSandbox = createRemoteSandbox({ url, key: config.sandboxControlKey });
  console.log(t(lang, "server.sandbox-remote", { url }));
  try {
    await practiceSandbox.controls.target();
  } catch (error) {
    const reason = error instanceof RemoteSandboxError ? error.kind : (error as Error).name;
    console.warn(t(lang, "server.sandbox-remote-unreachable", { url, reason }));
  }
}

const api = createApiDeps({ ...shared.services, sandbox: practiceSandbox }, originPolicy, {
  allowPrivate: config.probePrivate,
  sandbox: sandbox?.odoo.probeTargets,
});
const app = createApp(
  sandbox ? { distDir: join(root, "dist"), sandbox: sandbox.routes, api } : { distDir: join(root, "dist"), api },
);
const server = serve(
  {
    fetch: app.fetch,
    hostname: config.host,
    port: config.port,
    // A body that has not arrived in time is refused by the API (408 problem); this is the backstop
    // for anything else that trickles, so a slow client cannot hold a connection for minutes.
    serverOptions: { requestTimeout: BODY_TIMEOUT_MS + 5_000, headersTimeout: 20_000 },
  },
  (info: AddressInfo) => {
    const shown = ["0.0.0.0", "::"].includes(info.address) ? "127.0.0.1" : info.address;
    const host = info.family === "IPv6" && shown !== "127.0.0.1" ? `[${shown}]` : shown;
    const url = `http://${host}:${info.port}`;
    origin ||= url;
    console.log(t(lang, "server.listening", { url }));
    if (sandbox) {
      console.log(t(lang, "server.sandbox", { google: `${origin}/sandbox/google`, smtp: smtpAddress }));
      const instances = sandbox.odooInstances();
      console.log(t(lang, "server.sandbox-odoo", { world: `${origin}/sandbox/odoo/world`, count: instances.length }));
      for (const instance of instances) console.log(`  ${instance.name} (${instance.version}): ${instance.url}`);
    }
  },
);
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(`${error.code ?? error.name}: ${config.host}:${config.port}`);
  process.exit(1);
});

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  console.log(t(lang, "server.stopping"));
  const done = () => void Promise.allSettled([sandbox?.stop(), shared.redis?.close()]).finally(() => process.exit(0));
  server.close(done);
  if ("closeAllConnections" in server) server.closeAllConnections();
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
