/**
 * Browser tests run against the real thing: the built guide served by the same app `npm start` runs,
 * on a free loopback port, driven by Chromium through playwright-core. The site is built here, once,
 * if dist/ is missing or older than its sources; nothing may rebuild it while the tests read it (the
 * teardown fails the run if something did).
 */
import { statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import type { TestProject } from "vitest/node";
import { createApp } from "../../server/app.ts";
import { ensureBuilt } from "../../server/build.ts";
import { chromiumVersion, findOrInstallChromium } from "../support/find-chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const chromiumPath = findOrInstallChromium();
  console.log(`e2e: using ${chromiumPath} (${chromiumVersion(chromiumPath)})`);
  await ensureBuilt(root, () => console.log("e2e: building the site first…"));
  const stamp = join(root, "dist", "index.html");
  const built = statSync(stamp).mtimeMs;

  const app = createApp({ distDir: join(root, "dist") });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  project.provide("baseUrl", `http://127.0.0.1:${port}`);
  project.provide("chromiumPath", chromiumPath);

  return async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ("closeAllConnections" in server) server.closeAllConnections();
    });
    if (statSync(stamp).mtimeMs !== built) {
      throw new Error("dist/ was rebuilt while the browser tests were reading it: a test must build elsewhere");
    }
  };
}
