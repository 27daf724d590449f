/**
 * The one HTTP application: the API under /api, the sandbox under /sandbox when it runs, and the
 * built guide everywhere else. Pure composition, no listening: server/start.ts builds the services
 * once and listens; tests call `app.request()`.
 */
import { Hono } from "hono";
import { type ApiDeps, apiError, apiNotFoundHandler, createApi, createApiDeps } from "./api.ts";
import { pageHeaders } from "./http/page-headers.ts";
import { createStaticSite } from "./static-site.ts";

export interface AppOptions {
  /** Folder of the built site (Astro's dist/). */
  distDir: string;
  /**
   * The sandbox's HTTP routes (Google OAuth emulator, Gmail emulator controls), mounted under
   * /sandbox. Absent when the sandbox is off: then no sandbox route exists at all.
   */
  sandbox?: Hono;
  /** The API's services and deployment view; by default fresh in-memory services, no proxy. */
  api?: ApiDeps;
}

export function createApp(options: AppOptions): Hono {
  const deps = options.api ?? createApiDeps();
  const app = new Hono();
  // The API sets its own few headers (see api.ts); pages and sandbox pages get the full set.
  const pages = pageHeaders(deps.origin);
  app.use("*", (c, next) => (isApiPath(c.req.path) ? next() : pages(c, next)));
  const site = createStaticSite(options.distDir);
  const api = createApi(deps);
  const apiNotFound = apiNotFoundHandler(api);
  app.route("/api", api);
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
