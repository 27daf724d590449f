/**
 * What every sandbox control checks before it changes anything (issue 13): the request comes from
 * the companion's own pages (its Origin: a cross-site page cannot drive the sandbox), and it names a
 * client minted for the caller's own practice run, with that client's secret (HTTP Basic, or
 * `client_id` and `client_secret` in the JSON body) — so a control acts on one run, never globally.
 * Failures are localized problem+json (403 other site, 401 credentials, 403 shared client, 400 body).
 */
import type { Context, MiddlewareHandler } from "hono";
import { z } from "zod";
import { hasOwnOrigin, type OriginPolicy } from "../http/origin-policy.ts";
import { problem, requestLang } from "../problem.ts";
import type { ClientChecker } from "./contracts.ts";
import { controlText } from "./control-text.ts";
import { basicCredentials, readJson } from "./request-body.ts";

const SAFE_METHODS = ["GET", "HEAD", "OPTIONS"];

/** Without a policy from the server: the origin a request was addressed to counts only on loopback. */
export const SANDBOX_ORIGIN_POLICY: OriginPolicy = { trustProxy: false, loopbackOnly: true };

/**
 * Refuses state-changing requests whose Origin is not the companion's own: the companion's public
 * origin (`baseUrl()`), or what the server's origin policy counts as its own (PUBLIC_URL, a trusted
 * proxy's forwarded origin, a loopback address the request was sent to).
 */
export function ownOrigin(baseUrl: () => string, policy: OriginPolicy = SANDBOX_ORIGIN_POLICY): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.includes(c.req.method)) return next();
    const origin = c.req.header("origin")?.trim().replace(/\/$/, "").toLowerCase();
    if (origin && origin === baseUrl().toLowerCase()) return next();
    if (hasOwnOrigin(c, policy)) return next();
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
