/**
 * The app as `npm start` runs it with the sandbox on (server/start.ts): the built site, the API and the
 * sandbox emulators, created with createSandbox + createApp and served on 127.0.0.1 at a free port, the
 * sandbox's origin being the listening URL. For browser tests of flows that need the sandbox (the
 * global e2e server runs without it); dist/ is ensured by the e2e global setup.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { createApiDeps } from "../../server/api.ts";
import { createApp } from "../../server/app.ts";
import type { LiveServiceOptions } from "../../server/live/services.ts";
import { createSandbox, type Sandbox } from "../../server/sandbox/index.ts";
import { launchBrowser } from "./browser.ts";
import { DIST } from "./site-pages.ts";

export interface SandboxSite {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/**
 * Live test settings a test may change (time-outs, rate limits); the sandbox is set here. Each site
 * has its own services (store, rate limiters with the production limits), so the runs of one test
 * group do not count against another's.
 */
export type LiveSettings = Omit<LiveServiceOptions, "sandbox">;

export async function startSandboxSite(live: LiveSettings = {}): Promise<SandboxSite> {
  let origin = "";
  const sandbox = createSandbox({ baseUrl: () => origin, smtpPort: 0 });
  await sandbox.start();
  const app = createApp({
    distDir: DIST,
    sandbox: sandbox.routes,
    api: createApiDeps({ ...live, sandbox }, undefined, { sandbox: sandbox.odoo.probeTargets }),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: origin,
    sandbox,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await sandbox.stop();
    },
  };
}

/**
 * A Chromium and a sandbox site for the browser tests of one file: started before its tests, closed
 * after them. The getters throw if used before the start.
 */
export function useBrowserAndSite(live: LiveSettings = {}): { browser(): Browser; site(): SandboxSite } {
  let browser: Browser | undefined;
  let site: SandboxSite | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await startSandboxSite(live);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error("the browser or the sandbox site did not start");
    return value;
  };
  return { browser: () => started(browser), site: () => started(site) };
}
