/**
 * `npm run sandbox`: the practice sandbox alone, for several companion instances behind a balancer.
 * One process emulates the one Google and the one Gmail every instance talks to, so a consent given
 * through one instance and a token exchanged by another meet the same state; the instances point at
 * it with SANDBOX_URL and drive it over its control API with SANDBOX_CONTROL_KEY. Settings:
 * server/sandbox/config.ts. Stops cleanly on SIGINT/SIGTERM.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { isLoopbackHost } from "../../src/core/redirect-uri/hosts.ts";
import { t } from "../messages.ts";
import { readSandboxConfig, type SandboxProcessConfig } from "./config.ts";
import { SANDBOX_CONTROL_PATH } from "./contracts.ts";
import { createSandbox } from "./index.ts";
import { createSandboxApp } from "./standalone-app.ts";

let config: SandboxProcessConfig;
try {
  config = readSandboxConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const lang = config.lang;
const companionUrl = config.companionUrl;
let origin = config.publicUrl ?? "";
const originPolicy = {
  ...(config.publicUrl ? { publicOrigin: config.publicUrl } : {}),
  trustProxy: config.trustProxy,
  loopbackOnly: isLoopbackHost(config.host),
};
const sandbox = createSandbox({
  baseUrl: () => origin,
  companionUrl: () => companionUrl,
  smtpHost: config.smtpHost,
  smtpPort: config.smtpPort,
  origin: originPolicy,
});
let smtp = "";
try {
  const address = await sandbox.start();
  smtp = `${address.host}:${address.port}`;
} catch (error) {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
  console.error(t(lang, "server.sandbox-failed", { reason }));
  process.exit(1);
}

const app = createSandboxApp(sandbox, { controlKey: config.controlKey, origin: originPolicy });
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info: AddressInfo) => {
  const shown = ["0.0.0.0", "::"].includes(info.address) ? "127.0.0.1" : info.address;
  const host = info.family === "IPv6" && shown !== "127.0.0.1" ? `[${shown}]` : shown;
  origin ||= `http://${host}:${info.port}`;
  console.log(
    t(lang, "sandbox.listening", {
      companion: companionUrl,
      url: origin,
      google: `${origin}/sandbox/google`,
      smtp,
      control: `${origin}${SANDBOX_CONTROL_PATH}`,
    }),
  );
});
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(`${error.code ?? error.name}: ${config.host}:${config.port}`);
  void sandbox.stop().finally(() => process.exit(1));
});

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  console.log(t(lang, "server.stopping"));
  server.close(() => void sandbox.stop().finally(() => process.exit(0)));
  if ("closeAllConnections" in server) server.closeAllConnections();
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
