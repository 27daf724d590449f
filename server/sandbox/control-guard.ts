/**
 * What every sandbox control checks before it changes anything (issue 13): the request comes from
 * the companion's own pages (its Origin: a cross-site page cannot drive the sandbox), and it names a
 * client minted for the caller's own practice run, with that client's secret (HTTP Basic, or
 * `client_id` and `client_secret` in the JSON body) — so a control acts on one run, never globally.
 * Failures are localized problem+json (403 other site, 401 credentials, 403 shared client, 400 body).
 */
import type { Context, MiddlewareHandler } from "hono";
import { z } from "zod";
import { isAllowedOrigin } from "../live/origin-check.ts";
import { problem, requestLang } from "../problem.ts";
import type { ClientChecker } from "./contracts.ts";
import { controlText } from "./control-text.ts";
import { basicCredentials, readJson } from "./request-body.ts";

const SAFE_METHODS = ["GET", "HEAD", "OPTIONS"];

/** Refuses state-changing requests whose Origin is not the companion's own. */
export function ownOrigin(baseUrl: () => string): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.includes(c.req.method)) return next();
    if (isAllowedOrigin(c.req.header("origin"), c.req.url, baseUrl())) return next();
    const lang = requestLang(c);
    return problem(c, 403, "sandbox-origin", {
      title: controlText.text(lang, "origin.title"),
      detail: controlText.text(lang, "origin.detail", { origin: baseUrl() }),
    });
  };
}

/** Client credentials a control body may carry instead of HTTP Basic. */
export const ClientFields = {
  client_id: z.string().min(1).max(256).optional(),
  client_secret: z.string().min(1).max(256).optional(),
};

/** The parsed JSON body, or a 400 problem naming the fields to check. */
export async function controlBody<T>(c: Context, schema: z.ZodType<T>): Promise<{ data: T } | { response: Response }> {
  const result = schema.safeParse(await readJson(c));
  if (result.success) return { data: result.data };
  const fields = [...new Set(result.error.issues.map((issue) => issue.path.join(".") || "body"))].join(", ");
  const lang = requestLang(c);
  return {
    response: problem(c, 400, "sandbox-bad-body", {
      title: controlText.text(lang, "bad-body.title"),
      detail: controlText.text(lang, "bad-body.detail", { fields: fields.slice(0, 200) }),
    }),
  };
}

/** The caller's own client ID (Basic first, then the body), or the problem to answer. */
export function ownClient(
  c: Context,
  clients: ClientChecker,
  body: { client_id?: string | undefined; client_secret?: string | undefined } = {},
): { clientId: string } | { response: Response } {
  const basic = basicCredentials(c.req.header("authorization"));
  const clientId = basic?.clientId ?? body.client_id;
  const secret = basic?.clientSecret ?? body.client_secret;
  const verdict = clientId && secret ? clients.checkClient(clientId, secret) : "wrong";
  if (clientId && verdict === "own") return { clientId };
  const lang = requestLang(c);
  const key = verdict === "shared" ? "not-own-client" : "client-auth";
  return {
    response: problem(c, verdict === "shared" ? 403 : 401, `sandbox-${key}`, {
      title: controlText.text(lang, `${key}.title`),
      detail: controlText.text(lang, `${key}.detail`),
    }),
  };
}
