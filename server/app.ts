/**
 * The one HTTP application: the API under /api and the built guide everywhere else.
 * Pure composition, no listening: server/start.ts listens, tests call `app.request()`.
 */
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { apiError, apiNotFound, createApi } from "./api.ts";
import type { LiveRouteOptions } from "./routes/live.ts";
import { createStaticSite } from "./static-site.ts";

export interface AppOptions {
  /** Folder of the built site (Astro's dist/). */
  distDir: string;
  /**
   * The sandbox's HTTP routes (Google OAuth emulator, Gmail emulator controls), mounted under
   * /sandbox. Absent when SANDBOX=off: then no sandbox route exists at all.
   */
  sandbox?: Hono;
  /** The live test's settings: the public origin and, when the sandbox runs, its handle. */
  live?: LiveRouteOptions;
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  // The API sets its own few headers (see api.ts); pages and sandbox pages get the full set.
  const pageHeaders = secureHeaders({ crossOriginEmbedderPolicy: false, crossOriginResourcePolicy: "same-origin" });
  app.use("*", (c, next) => (isApiPath(c.req.path) ? next() : pageHeaders(c, next)));
  const site = createStaticSite(options.distDir);
  app.route("/api", createApi(options.live ? { live: options.live } : {}));
  if (options.sandbox) app.route("/sandbox", options.sandbox);
  app.route("/", site.routes);
  // Hono runs the top-level handlers for every mounted route, so they dispatch on the path here.
  app.notFound((c) => (isApiPath(c.req.path) ? apiNotFound(c) : site.notFound(c)));
  app.onError((error, c) => {
    if (isApiPath(c.req.path)) return apiError(error, c);
    console.error(`[site] ${c.req.method}: ${error.name}`);
    return c.text("500", 500);
  });
  return app;
}

function isApiPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/");
}
