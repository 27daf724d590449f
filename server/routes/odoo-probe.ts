/**
 * `POST /api/odoo/probe`: checks an Odoo instance from the outside (reachability, https, version,
 * the Gmail callback route) and, with an administrator's API key, from the inside with read-only
 * calls (web.base.url, credentials, module state and stored views, Gmail servers, failed mails).
 * The target is resolved once and must be a public address (server/probe/target.ts); each refusal is
 * a localized problem. The API key is used for this request only: never stored, logged or echoed.
 */
import type { z } from "@hono/zod-openapi";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import type { Lang } from "../../src/core/lang.ts";
import { evaluateProbe } from "../../src/core/odoo-probe/evaluate.ts";
import type { ApiDeps } from "../api.ts";
import { requestClientKey } from "../http/client-key.ts";
import { collectFacts } from "../probe/collect.ts";
import { PROBE_PROBLEMS } from "../probe/problem-text.ts";
import { readTarget, resolveTarget } from "../probe/target.ts";
import { type LangEnv, ProblemError } from "../problem.ts";
import { ProblemSchema } from "../schemas/diagnose.ts";
import { ProbeRequestSchema, ProbeResponseSchema } from "../schemas/odoo-probe.ts";
import { throwValidationProblem } from "../validation-problem.ts";

const problemResponse = (description: string) => ({
  content: { "application/problem+json": { schema: ProblemSchema } },
  description,
});

export const probeRoute = createRoute({
  method: "post",
  path: "/odoo/probe",
  summary: "Check an Odoo instance",
  description:
    "Reads what can be known from outside (reachability, certificate, version and edition, whether the Gmail callback route exists, the redirect URI it sends as far as it can be known) and, with an administrator's API key, reads settings and servers with read-only calls: web.base.url and its freeze, whether the Gmail client ID and secret are set (never the secret), the google_gmail module's state and the mail server form stored in the database, every Gmail server, and the last failed emails' reasons, diagnosed. Only public addresses are contacted. The API key is used for this probe only and never stored, logged or echoed.",
  tags: ["Diagnostics"],
  request: { body: { content: { "application/json": { schema: ProbeRequestSchema } }, required: true } },
  responses: {
    200: { content: { "application/json": { schema: ProbeResponseSchema } }, description: "The checks and findings." },
    400: problemResponse("The body is not valid JSON, or the Odoo URL cannot be used."),
    422: problemResponse("The Odoo URL resolves to an address the probe may not contact, or cannot be resolved."),
    429: problemResponse("Too many probes from this client; Retry-After says when to try again."),
  },
});

const problem = (
  status: 400 | 422 | 429,
  type: string,
  key: "bad-url" | "refused" | "dns" | "rate-limited",
  params: Record<string, string | number> = {},
  headers: Record<string, string> = {},
) =>
  new ProblemError(
    status,
    `probe-${type}`,
    (lang: Lang) => ({
      title: PROBE_PROBLEMS.text(lang, `${key}.title`),
      detail: PROBE_PROBLEMS.text(lang, `${key}.detail`, {
        ...params,
        ...(typeof params.kind === "string"
          ? { kind: PROBE_PROBLEMS.text(lang, `kind.${params.kind}` as "kind.loopback") }
          : {}),
      }),
    }),
    headers,
  );

/** Removes the API key from anything that goes back, even where Odoo quoted it. */
function withoutKey(json: string, apiKey: string | undefined): string {
  if (!apiKey || apiKey.length < 4) return json;
  return json.split(apiKey).join("…");
}

type ProbeAnswer = TypedResponse<z.infer<typeof ProbeResponseSchema>, 200, "json">;

/** The report, serialized once (with the API key removed), typed as the route's JSON answer. */
function answer(c: Context<LangEnv>, json: string): ProbeAnswer {
  return c.body(json, 200, { "content-type": "application/json" }) as unknown as ProbeAnswer;
}

export function odooProbeRoutes(deps: ApiDeps): OpenAPIHono<LangEnv> {
  const services = deps.probe;
  const app = new OpenAPIHono<LangEnv>({ defaultHook: throwValidationProblem });

  app.openapi(probeRoute, async (c: Context<LangEnv>) => {
    const body = (
      c.req as unknown as { valid(target: "json"): { odooUrl: string; db?: string; login?: string; apiKey?: string } }
    ).valid("json");
    const lang = c.get("lang");
    const target = readTarget(body.odooUrl);
    if (!target) throw problem(400, "bad-url", "bad-url");

    const gate = await services.limiter.hit(requestClientKey(c, deps.origin.trustProxy));
    if (!gate.allowed) {
      const seconds = Math.ceil(gate.retryAfterMs / 1000);
      throw problem(
        429,
        "rate-limited",
        "rate-limited",
        { max: services.limit.max, minutes: Math.round(services.limit.windowMs / 60_000), seconds },
        { "retry-after": String(seconds) },
      );
    }

    const resolution = await resolveTarget(target, services);
    if (!resolution.ok) {
      if (resolution.refusal.kind === "address") {
        throw problem(422, "address-refused", "refused", {
          host: target.hostname.slice(0, 200),
          address: resolution.refusal.address,
          kind: resolution.refusal.refusal,
        });
      }
      if (resolution.refusal.kind === "dns") throw problem(422, "dns", "dns", { host: target.hostname.slice(0, 200) });
      throw problem(400, "bad-url", "bad-url");
    }
    const facts = await collectFacts(
      target,
      resolution.address,
      { timeoutMs: services.timeoutMs, maxBytes: services.maxBytes },
      { db: body.db || undefined, login: body.login || undefined, apiKey: body.apiKey || undefined },
      resolution.ca,
    );
    const report = evaluateProbe(facts, lang);
    const json = withoutKey(JSON.stringify({ lang, ...report }), body.apiKey);
    return answer(c, json);
  });

  return app;
}
