/**
 * `POST /api/diagnose` (evidence → ranked findings) and `GET /api/findings` (the catalog), per the
 * diagnostics contract. Validation failures are 400 problem+json with a localized detail.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type Evidence, hasEvidence } from "../../src/core/diagnose/evidence.ts";
import { catalog } from "../../src/core/findings/catalog.ts";
import { pickLang } from "../../src/core/lang.ts";
import { DiagnosisCache } from "../diagnosis-cache.ts";
import { diagnosisJson } from "../diagnosis-json.ts";
import { t } from "../messages.ts";
import { problem, requestLang } from "../problem.ts";
import {
  CatalogResponseSchema,
  type DiagnoseRequest,
  DiagnoseRequestSchema,
  DiagnoseResponseSchema,
  EVIDENCE_FIELDS,
  LangQuerySchema,
  ProblemSchema,
} from "../schemas/diagnose.ts";
import { validationProblem } from "../validation-problem.ts";

const problemResponse = (description: string) => ({
  content: { "application/problem+json": { schema: ProblemSchema } },
  description,
});

const diagnoseRoute = createRoute({
  method: "post",
  path: "/diagnose",
  summary: "Diagnose a Gmail ↔ Odoo OAuth problem",
  description:
    "Send whatever evidence you have (error text in English or Italian, URLs, the client JSON, Odoo's URL and version, consent facts, SMTP settings). Findings come back most likely root cause first, in English or Italian, each with fix steps and a link into the guide. Secrets are redacted from the echoed evidence and never logged.",
  tags: ["Diagnostics"],
  request: {
    body: { content: { "application/json": { schema: DiagnoseRequestSchema } }, required: true },
  },
  responses: {
    200: { content: { "application/json": { schema: DiagnoseResponseSchema } }, description: "Ranked findings." },
    400: problemResponse("The body is not valid JSON, a field cannot be used, or no evidence was sent."),
    413: problemResponse("The body is larger than 256 KB."),
    415: problemResponse("The body is not JSON."),
  },
});

const findingsRoute = createRoute({
  method: "get",
  path: "/findings",
  summary: "The finding catalog",
  description:
    "Every finding the diagnostics can return, with its severity, fix steps and guide link, in one language.",
  tags: ["Diagnostics"],
  request: { query: LangQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: CatalogResponseSchema } }, description: "The catalog." },
  },
});

function toEvidence(body: DiagnoseRequest): Evidence {
  const evidence: Evidence = {};
  for (const field of EVIDENCE_FIELDS) {
    const value = body[field];
    if (value !== undefined) (evidence as Record<string, unknown>)[field] = value;
  }
  return evidence;
}

/** A serialized diagnosis; its language is the "lang" it carries. */
function answer(c: Context, json: string): Response {
  const lang = json.startsWith('{"lang":"it"') ? "it" : "en";
  return c.body(json, 200, { "content-type": "application/json", "content-language": lang });
}

/** Request variables of these routes: the memo key, computed once before validation. */
type DiagnoseEnv = { Variables: { diagnosisKey: string } };

export function diagnoseRoutes(): OpenAPIHono<DiagnoseEnv> {
  const cache = new DiagnosisCache();
  const app = new OpenAPIHono<DiagnoseEnv>({
    defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, result.error)),
  });

  app.use("/diagnose", async (c, next) => {
    if (c.req.method !== "POST") return next();
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/([\w.-]+\+)?json\b/i.test(type.trim())) {
      const lang = requestLang(c);
      return problem(c, 415, "unsupported-media-type", {
        title: t(lang, "problem.unsupported-media-type.title"),
        detail: t(lang, "problem.unsupported-media-type.detail"),
      });
    }
    // The same request again: answer from the memo without parsing, validating or diagnosing.
    const key = DiagnosisCache.key(await c.req.text(), c.req.header("accept-language"), c.req.query("lang"));
    const hit = cache.get(key);
    if (hit !== undefined) return answer(c, hit);
    c.set("diagnosisKey", key);
    return next();
  });

  app.openapi(diagnoseRoute, async (c) => {
    const body = c.req.valid("json");
    const lang = pickLang(c.req.header("accept-language"), body.lang ?? c.req.query("lang"));
    const evidence = toEvidence(body);
    if (!hasEvidence(evidence)) {
      return problem(c, 400, "no-evidence", {
        title: t(lang, "problem.invalid-request.title"),
        detail: t(lang, "problem.no-evidence.detail", { fields: EVIDENCE_FIELDS.join(", ") }),
      }) as never;
    }
    const json = diagnosisJson(evidence, lang);
    cache.set(c.get("diagnosisKey"), json);
    return answer(c, json) as never;
  });

  app.openapi(findingsRoute, (c) => {
    const lang = requestLang(c);
    return c.json({ lang, findings: catalog(lang) }, 200, {
      "content-language": lang,
      "cache-control": "public, max-age=300",
    });
  });

  return app;
}
