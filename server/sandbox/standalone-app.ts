/**
 * The HTTP side of the sandbox-only process (server/sandbox/start.ts): the emulators' pages and
 * endpoints under /sandbox (Google, Gmail, Odoo) with the pages' security headers, the control API
 * for companion instances under /sandbox/control (control-api.ts, its own key), GET /health for a
 * process manager, and a localized problem for anything else. No guide, no /api: the instances
 * serve those.
 */
import { Hono } from "hono";
import type { OriginPolicy } from "../http/origin-policy.ts";
import { pageHeaders } from "../http/page-headers.ts";
import { t } from "../messages.ts";
import { problem, requestLang } from "../problem.ts";
import { SANDBOX_CONTROL_PATH } from "./contracts.ts";
import { controlApi } from "./control-api.ts";
import type { Sandbox } from "./index.ts";

export function createSandboxApp(sandbox: Sandbox, options: { controlKey: string; origin: OriginPolicy }): Hono {
  const app = new Hono();
  const pages = pageHeaders(options.origin);
  app.use("*", (c, next) => (c.req.path.startsWith(SANDBOX_CONTROL_PATH) ? next() : pages(c, next)));
  app.get("/health", (c) => c.json({ status: "ok" }, 200, { "cache-control": "no-store" }));
  app.route(SANDBOX_CONTROL_PATH, controlApi(sandbox, options.controlKey));
  app.route("/sandbox", sandbox.routes);
  app.notFound((c) => {
    const lang = requestLang(c);
    return problem(c, 404, "sandbox-not-found", {
      title: t(lang, "problem.not-found.title"),
      detail: t(lang, "sandbox.not-found.detail", { path: c.req.path.slice(0, 200) }),
    });
  });
  app.onError((error, c) => {
    // Only the kind is logged: a request could carry a token, a client secret or the control key.
    console.error(`[sandbox] ${c.req.method}: ${error.name}`);
    const lang = requestLang(c);
    return problem(c, 500, "sandbox-internal", {
      title: t(lang, "problem.internal.title"),
      detail: t(lang, "problem.internal.detail"),
    });
  });
  return app;
}
