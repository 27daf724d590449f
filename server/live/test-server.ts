/**
 * The live test on a real server, for integration tests and the benchmark: the app on 127.0.0.1 and a
 * free port with the sandbox created and mounted the way server/start.ts does (Gmail emulator on a
 * free port), every sandbox HTTP request timed (practice runs drive the controls in process), and browsers with their own cookie jar that drive the API
 * over HTTP. `measureHealthyRun` times a whole healthy practice run and subtracts the sandbox's work.
 */
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createApiDeps } from "../api.ts";
import { createApp } from "../app.ts";
import { authorizeOverHttp } from "../sandbox/google/browserless.ts";
import { createSandbox, type Sandbox } from "../sandbox/index.ts";
import { createMemoryStore } from "./memory-store.ts";
import { isFinal, type LiveRun, stepOf } from "./model.ts";
import type { LiveServiceOptions } from "./services.ts";
import type { LiveStore } from "./store.ts";

export interface LiveBrowser {
  /** The `companion_live` cookie this browser holds ("" before the first start). */
  cookie(): string;
  /** A request with this browser's cookie; POSTs carry the page's Origin unless `origin` is given. */
  request(path: string, init?: RequestInit & { origin?: string | null }): Promise<Response>;
  start(body: Record<string, unknown>): Promise<{ status: number; id: string; authUrl: string; run: LiveRun }>;
  run(id: string): Promise<LiveRun>;
}

export interface LiveTestServer {
  baseUrl: string;
  sandbox: Sandbox;
  store: LiveStore;
  /** Milliseconds spent inside sandbox request handlers so far (HTTP and in-process). */
  sandboxMs(): number;
  browser(): LiveBrowser;
  /** Resolves with the run once its status is final. */
  finalRun(id: string): Promise<LiveRun>;
  close(): Promise<void>;
}

export async function startLiveTestServer(options: Omit<LiveServiceOptions, "sandbox"> = {}): Promise<LiveTestServer> {
  let origin = "";
  let sandboxMs = 0;
  const sandbox = createSandbox({ baseUrl: () => origin, smtpPort: 0 });
  await sandbox.start();
  const timed = new Hono();
  timed.use("*", async (_c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      sandboxMs += performance.now() - started;
    }
  });
  timed.route("/", sandbox.routes);
  const store = options.store ?? createMemoryStore(options.now ? { now: options.now } : {});
  const app = createApp({
    distDir: mkdtempSync(join(tmpdir(), "companion-live-")),
    sandbox: timed,
    api: createApiDeps({ ...options, sandbox, store }),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser = (): LiveBrowser => {
    let cookie = "";
    const request: LiveBrowser["request"] = async (path, init = {}) => {
      const { origin: pageOrigin, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (cookie) headers.set("cookie", cookie);
      if (rest.method === "POST" && pageOrigin !== null) headers.set("origin", pageOrigin ?? origin);
      const res = await fetch(new URL(path, origin), { ...rest, headers, redirect: "manual" });
      const set = res.headers.getSetCookie().find((c) => c.startsWith("companion_live="));
      if (set) cookie = set.split(";")[0] ?? "";
      return res;
    };
    return {
      cookie: () => cookie,
      request,
      async start(body) {
        const res = await request("/api/live/start", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        const json = (await res.json()) as { id: string; authUrl: string; run: LiveRun };
        return { status: res.status, ...json };
      },
      async run(id) {
        const res = await request(`/api/live/${id}`);
        if (res.status !== 200) throw new Error(`GET /api/live/${id} answered ${res.status}.`);
        return (await res.json()) as LiveRun;
      },
    };
  };

  return {
    baseUrl: origin,
    sandbox,
    store,
    sandboxMs: () => sandboxMs,
    browser,
    finalRun: (id) =>
      new Promise<LiveRun>((resolve, reject) => {
        const unsubscribe = store.subscribe(id, (run) => {
          if (!isFinal(run.status)) return;
          unsubscribe();
          resolve(run);
        });
        store.get(id).then((record) => {
          if (!record) {
            unsubscribe();
            reject(new Error(`No run ${id}.`));
          } else if (isFinal(record.run.status)) {
            unsubscribe();
            resolve(structuredClone(record.run));
          }
        }, reject);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        store.close();
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
        void sandbox.stop();
      }),
  };
}

export interface RunTiming {
  run: LiveRun;
  /** Wall time of POST /start plus callback → final status, in ms. */
  totalMs: number;
  /** Of which inside sandbox HTTP handlers. */
  sandboxHttpMs: number;
  /** Of which the SMTP dialogues with the Gmail emulator (the smtp-connect and smtp-auth steps). */
  smtpMs: number;
  /** What remains: the companion's own work. */
  overheadMs: number;
}

/**
 * A healthy practice run in direct mode, timed: the start request, then from the callback to the
 * final status. The consent pages in between are the user's time at Google and are not counted.
 */
export async function measureHealthyRun(server: LiveTestServer): Promise<RunTiming> {
  const browser = server.browser();
  const sandbox0 = server.sandboxMs();
  const t0 = performance.now();
  const started = await browser.start({ provider: "sandbox", practice: { scenario: "healthy" }, lang: "en" });
  const t1 = performance.now();
  const sandbox1 = server.sandboxMs();
  if (started.status !== 200) throw new Error(`POST /api/live/start answered ${started.status}.`);
  const outcome = await authorizeOverHttp(started.authUrl, { account: "odoo.tester@gmail.com" });
  if (outcome.kind !== "redirect") throw new Error(`Google's page showed ${outcome.error}.`);
  const sandbox2 = server.sandboxMs();
  const t2 = performance.now();
  const final = server.finalRun(started.id);
  const callback = await browser.request(outcome.url.pathname + outcome.url.search);
  await callback.body?.cancel();
  const run = await final;
  const t3 = performance.now();
  const sandbox3 = server.sandboxMs();
  const totalMs = t1 - t0 + (t3 - t2);
  const sandboxHttpMs = sandbox1 - sandbox0 + (sandbox3 - sandbox2);
  const smtpMs = (stepOf(run, "smtp-connect").elapsedMs ?? 0) + (stepOf(run, "smtp-auth").elapsedMs ?? 0);
  return { run, totalMs, sandboxHttpMs, smtpMs, overheadMs: totalMs - sandboxHttpMs - smtpMs };
}
