/**
 * `POST /api/diagnose` (evidence → ranked findings) and `GET /api/findings` (the catalog), per the
 * diagnostics contract. Validation failures are 400 problem+json with a localized detail.
 */

import type { z } from "@hono/zod-openapi";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import { type Evidence, hasEvidence } from "../../src/core/diagnose/evidence.ts";
import { catalog } from "../../src/core/findings/catalog.ts";
import { DiagnosisCache } from "../diagnosis-cache.ts";
import { diagnosisJson } from "../diagnosis-json.ts";
import { isJsonType } from "../http/content-type.ts";
import type { LangEnv } from "../problem.ts";
import { noEvidence, unsupportedMediaType } from "../problems.ts";
import {
  CatalogResponseSchema,
  type DiagnoseRequest,
  DiagnoseRequestSchema,
  DiagnoseResponseSchema,
  EVIDENCE_FIELDS,
  LangQuerySchema,
  ProblemSchema,
} from "../schemas/diagnose.ts";
import { throwValidationProblem } from "../validation-problem.ts";

const problemResponse = (description: string) => ({
  content: { "application/problem+json": { schema: ProblemSchema } },
  description,
});

const diagnoseRoute = createRoute({
  method: "post",
  path: "/diagnose",
  summary: "Diagnose a Gmail ↔ Odoo OAuth problem",
  description:
    "Send whatever evidence you have (error text as pasted, in any language Google's pages come in, URLs, the client JSON, Odoo's URL and version, consent facts, SMTP settings). Findings come back most likely root cause first, in English or Italian, each with fix steps and a link into the guide; primary names the root cause with a confidence, and when two causes fit equally, question names the fact that decides. Secrets are redacted from the echoed evidence and never logged.",
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

type DiagnoseAnswer = TypedResponse<z.infer<typeof DiagnoseResponseSchema>, 200, "json">;

/**
 * A serialized diagnosis in the request's language, typed as the route's JSON answer: the bytes are
 * those of JSON.stringify(diagnose(...)) (server/diagnosis-json.ts, property-tested), written once.
 */
function answer(c: Context<DiagnoseEnv>, json: string): DiagnoseAnswer {
  return c.body(json, 200, { "content-type": "application/json" }) as unknown as DiagnoseAnswer;
}

/** Request variables of these routes: the language and the memo key, computed once before validation. */
type DiagnoseEnv = { Variables: LangEnv["Variables"] & { diagnosisKey: string } };

export function diagnoseRoutes(): OpenAPIHono<DiagnoseEnv> {
  const cache = new DiagnosisCache();
  const app = new OpenAPIHono<DiagnoseEnv>({ defaultHook: throwValidationProblem });

  app.use("/diagnose", async (c, next) => {
    if (c.req.method !== "POST") return next();
    if (!isJsonType(c.req.header("content-type"))) throw unsupportedMediaType();
    // The same request again: answer from the memo without validating or diagnosing.
    const key = DiagnosisCache.key(await c.req.text(), c.get("lang"));
    const hit = cache.get(key);
    if (hit !== undefined) return answer(c, hit);
    c.set("diagnosisKey", key);
    return next();
  });

  app.openapi(diagnoseRoute, async (c) => {
    const evidence = toEvidence(c.req.valid("json"));
    if (!hasEvidence(evidence)) throw noEvidence(EVIDENCE_FIELDS);
    const json = diagnosisJson(evidence, c.get("lang"));
    cache.set(c.get("diagnosisKey"), json);
    return answer(c, json);
  });

  app.openapi(findingsRoute, (c) => {
    const lang = c.get("lang");
    return c.json({ lang, findings: catalog(lang) }, 200, { "cache-control": "public, max-age=300" });
  });

  return app;
}
