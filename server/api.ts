/**
 * The HTTP API under /api. Each area is a small sub-app mounted with `route()`; the OpenAPI 3.1
 * document is generated from their zod schemas. Unknown paths and failures become localized
 * problem+json responses, never an HTML page or a bare 500.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { t } from "./messages.ts";
import { problem, requestLang } from "./problem.ts";
import { diagnoseRoutes } from "./routes/diagnose.ts";
import { healthRoutes } from "./routes/health.ts";
import { type LiveRouteOptions, liveRoutes } from "./routes/live.ts";
import { redirectUriRoutes } from "./routes/redirect-uri.ts";
import { VERSION } from "./version.ts";

export const API_BODY_LIMIT_BYTES = 256 * 1024;

export const OPENAPI_OBJECT = {
  openapi: "3.1.0",
  info: {
    title: "Gmail ↔ Odoo OAuth companion API",
    version: VERSION,
    description:
      "Diagnostics for connecting Gmail / Google Workspace to Odoo with Google OAuth. Errors are RFC 9457 problem details (application/problem+json), localized in English or Italian (?lang= or Accept-Language).",
  },
  servers: [{ url: "/api" }],
};

/** The OpenAPI 3.1 document, generated from the routes' zod schemas (the site's API reference uses it). */
export function openApiDocument(): ReturnType<OpenAPIHono["getOpenAPI31Document"]> {
  return createApi().getOpenAPI31Document(OPENAPI_OBJECT);
}

export interface ApiOptions {
  /** What the live test needs from the server: its public origin and the sandbox, when it runs. */
  live?: LiveRouteOptions;
}

export function createApi(options: ApiOptions = {}): OpenAPIHono {
  const api = new OpenAPIHono();

  const tooLarge = (c: Context) => {
    const lang = requestLang(c);
    return problem(c, 413, "payload-too-large", {
      title: t(lang, "problem.payload-too-large.title"),
      detail: t(lang, "problem.payload-too-large.detail", { limit: "256 KB" }),
    });
  };
  const streamingLimit = bodyLimit({ maxSize: API_BODY_LIMIT_BYTES, onError: tooLarge });
  api.use("*", async (c, next) => {
    // Headers are set before the handler runs (a handler's own headers override them): touching the
    // response after next() would make the Node adapter build a full Response for every request.
    c.header("cache-control", "no-store");
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "no-referrer");
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    // A declared length is checked directly (cheap); only bodies without one are counted as they stream.
    const declared = c.req.header("content-length");
    if (declared !== undefined && /^\d+$/.test(declared)) {
      return Number(declared) > API_BODY_LIMIT_BYTES ? tooLarge(c) : next();
    }
    return streamingLimit(c, next);
  });

  api.route("/", healthRoutes());
  api.route("/", diagnoseRoutes());
  api.route("/", redirectUriRoutes());
  api.route("/", liveRoutes(options.live));

  api.doc31("/openapi.json", OPENAPI_OBJECT);

  api.notFound(apiNotFound);
  api.onError(apiError);
  return api;
}

/** Unknown API path (also used by the top-level app, whose not-found handler is the one Hono runs). */
export function apiNotFound(c: Context): Response {
  const lang = requestLang(c);
  return problem(c, 404, "not-found", {
    title: t(lang, "problem.not-found.title"),
    detail: t(lang, "problem.not-found.detail", { path: c.req.path.slice(0, 200) }),
  });
}

/** Any failure: a localized problem; only the error's kind is logged, never its text. */
export function apiError(error: Error, c: Context): Response {
  const lang = requestLang(c);
  if (error instanceof HTTPException && error.status === 400) {
    return problem(c, 400, "malformed-json", {
      title: t(lang, "problem.invalid-request.title"),
      detail: t(lang, "problem.malformed-json.detail"),
    });
  }
  // A message or stack could carry request contents (secrets), so neither is logged.
  console.error(`[api] ${c.req.method} ${c.req.routePath}: ${error.name}`);
  return problem(c, 500, "internal", {
    title: t(lang, "problem.internal.title"),
    detail: t(lang, "problem.internal.detail"),
  });
}
