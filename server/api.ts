/**
 * The HTTP API under /api. Each area is a small sub-app mounted with `route()`; unknown paths and
 * unexpected failures become localized problem+json responses, never an HTML page or a bare 500.
 */
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { t } from "./messages.ts";
import { problem, requestLang } from "./problem.ts";
import { healthRoutes } from "./routes/health.ts";

export const API_BODY_LIMIT_BYTES = 256 * 1024;

export function createApi(): Hono {
  const api = new Hono();

  api.use(
    "*",
    bodyLimit({
      maxSize: API_BODY_LIMIT_BYTES,
      onError: (c) => {
        const lang = requestLang(c);
        return problem(c, 413, "payload-too-large", {
          title: t(lang, "problem.payload-too-large.title"),
          detail: t(lang, "problem.payload-too-large.detail", { limit: "256 KB" }),
        });
      },
    }),
  );
  api.use("*", async (c, next) => {
    await next();
    c.header("cache-control", c.res.headers.get("cache-control") ?? "no-store");
  });

  api.route("/", healthRoutes());

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

/** Any unexpected failure: a localized 500 problem; only the error's kind is logged, never its text. */
export function apiError(error: Error, c: Context): Response {
  // A message or stack could carry request contents (secrets), so neither is logged.
  console.error(`[api] ${c.req.method} ${c.req.routePath}: ${error.name}`);
  const lang = requestLang(c);
  return problem(c, 500, "internal", {
    title: t(lang, "problem.internal.title"),
    detail: t(lang, "problem.internal.detail"),
  });
}
