/**
 * The HTTP API under /api, one request pipeline for every route:
 * 1. the API's few headers; 2. the body, read once within its size and time limits; 3. the
 * language, decided once (`?lang`, the JSON body's `lang`, Accept-Language); 4. the route, whose
 * zod schemas validate the request and generate the OpenAPI 3.1 document; 5. one error handler that
 * renders every failure — a thrown ProblemError, a library's HTTP exception, anything else — as
 * localized problem+json. Unknown paths are 404, known paths with another method 405.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { BODY_TIMEOUT_MS, readBody } from "./http/body.ts";
import { OPEN_ORIGIN_POLICY, type OriginPolicy } from "./http/origin-policy.ts";
import { decideLang } from "./http/request-lang.ts";
import { allowedMethods, type RouteEntry } from "./http/route-methods.ts";
import { createLiveServices, type LiveServiceOptions, type LiveServices } from "./live/services.ts";
import { StoreUnavailableError } from "./live/store.ts";
import { createProbeServices, type ProbeServiceOptions, type ProbeServices } from "./probe/services.ts";
import { type LangEnv, ProblemError, renderProblem } from "./problem.ts";
import {
  httpProblem,
  internalError,
  malformedJson,
  methodNotAllowed,
  notFound,
  payloadTooLarge,
  requestTimeout,
  unsupportedMediaType,
} from "./problems.ts";
import { diagnoseRoutes } from "./routes/diagnose.ts";
import { healthRoutes } from "./routes/health.ts";
import { LIVE_BODY_LIMIT_BYTES, liveProblem, liveRoutes } from "./routes/live.ts";
import { odooProbeRoutes } from "./routes/odoo-probe.ts";
import { redirectUriRoutes } from "./routes/redirect-uri.ts";
import { VERSION } from "./version.ts";

export const API_BODY_LIMIT_BYTES = 256 * 1024;

export const OPENAPI_OBJECT = {
  openapi: "3.1.0",
  info: {
    title: "Gmail ↔ Odoo OAuth companion API",
    version: VERSION,
    description:
      "Diagnostics for connecting Gmail / Google Workspace to Odoo with Google OAuth. Errors are RFC 9457 problem details (application/problem+json), localized in English or Italian (?lang=, a JSON body's lang, or Accept-Language).",
  },
  servers: [{ url: "/api" }],
};

/** What the API keeps between requests and how it sees its deployment; built once by server/start.ts. */
export interface ApiDeps {
  live: LiveServices;
  origin: OriginPolicy;
  /** The Odoo probe's rate limit, resolver, address policy and the sandbox's emulated instances. */
  probe: ProbeServices;
}

export type ApiEnv = LangEnv;

/** Fresh in-memory services and a deployment view (by default: no proxy, any host). */
export function createApiDeps(
  live: LiveServiceOptions = {},
  origin: OriginPolicy = OPEN_ORIGIN_POLICY,
  probe: ProbeServiceOptions = {},
): ApiDeps {
  return { live: createLiveServices(live), origin, probe: createProbeServices(probe) };
}

/** The OpenAPI 3.1 document, generated from the routes' zod schemas (the site's API reference uses it). */
export function openApiDocument(): ReturnType<OpenAPIHono["getOpenAPI31Document"]> {
  const deps = createApiDeps();
  const document = createApi(deps).getOpenAPI31Document(OPENAPI_OBJECT);
  deps.live.store.close();
  return document;
}

export function createApi(deps: ApiDeps): OpenAPIHono<ApiEnv> {
  const api = new OpenAPIHono<ApiEnv>();

  api.use("*", async (c, next) => {
    // Headers are set before the handler runs (a handler's own headers override them): touching the
    // response after next() would make the Node adapter build a full Response for every request.
    c.header("cache-control", "no-store");
    c.header("x-content-type-options", "nosniff");
    c.header("referrer-policy", "no-referrer");
    await next();
  });
  // The live test's smaller limit is registered first: the body is read once, by the first reader.
  api.use("/live/*", readBody({ maxBytes: LIVE_BODY_LIMIT_BYTES, timeoutMs: BODY_TIMEOUT_MS }));
  api.use("*", readBody({ maxBytes: API_BODY_LIMIT_BYTES, timeoutMs: BODY_TIMEOUT_MS }));
  api.use("*", decideLang);

  api.route("/", healthRoutes());
  api.route("/", diagnoseRoutes());
  api.route("/", redirectUriRoutes());
  api.route("/", liveRoutes(deps));
  api.route("/", odooProbeRoutes(deps));

  api.doc31("/openapi.json", OPENAPI_OBJECT);

  api.notFound(apiNotFoundHandler(api));
  api.onError(apiError);
  return api;
}

/**
 * The not-found handler of an API: 404, or 405 for a known path. The top-level app uses it too (Hono
 * runs the top-level app's handler for mounted routes); its paths start with /api.
 */
export function apiNotFoundHandler(api: { routes: readonly RouteEntry[] }): (c: Context) => Response {
  let routes: RouteEntry[] | undefined;
  return (c) => {
    routes ??= api.routes.filter((route) => route.method !== "ALL");
    return apiNotFound(c, routes);
  };
}

/** Unknown API path: 404, or 405 with Allow when the path exists for other methods. */
function apiNotFound(c: Context, routes: readonly RouteEntry[]): Response {
  const path = c.req.path.replace(/^\/api(?=\/|$)/, "") || "/";
  const allowed = allowedMethods(routes, path);
  const problem =
    allowed.length > 0 && !allowed.includes(c.req.method)
      ? methodNotAllowed(c.req.method, c.req.path, allowed)
      : notFound(c.req.path);
  return renderProblem(c, problem);
}

/** A library's HTTP exception as the matching localized problem. */
function problemOf(error: HTTPException, c: Context): ProblemError {
  switch (error.status) {
    case 400:
      return malformedJson();
    case 404:
      return notFound(c.req.path);
    case 408:
      return requestTimeout(BODY_TIMEOUT_MS / 1000);
    case 413:
      return payloadTooLarge(API_BODY_LIMIT_BYTES);
    case 415:
      return unsupportedMediaType();
    default:
      return httpProblem(error.status);
  }
}

/** Any failure: a localized problem; only an unexpected error's kind is logged, never its text. */
export function apiError(error: Error, c: Context): Response {
  if (error instanceof ProblemError) return renderProblem(c, error);
  if (error instanceof StoreUnavailableError)
    return renderProblem(c, liveProblem(503, "store-unavailable", {}, { "retry-after": "30" }));
  if (error instanceof HTTPException) return renderProblem(c, problemOf(error, c));
  // A client that went away mid-request is not a server fault, and nobody reads the answer.
  if (!c.req.raw.signal.aborted) {
    // A message or stack could carry request contents (secrets), so neither is logged.
    console.error(`[api] ${c.req.method} ${c.req.routePath}: ${error.name}`);
  }
  return renderProblem(c, internalError());
}
