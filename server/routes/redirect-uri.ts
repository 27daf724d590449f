/**
 * `GET /api/redirect-uri`: the exact redirect URI Odoo will send for an Odoo URL and version, with
 * every problem as a localized catalog finding (the guide's redirect-URI builder uses it).
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { catalogEntry } from "../../src/core/findings/catalog.ts";
import type { FindingId } from "../../src/core/findings/ids.ts";
import { buildRedirectUri } from "../../src/core/redirect-uri/builder.ts";
import type { LangEnv } from "../problem.ts";
import { FindingSchema, ProblemSchema } from "../schemas/diagnose.ts";
import { throwValidationProblem } from "../validation-problem.ts";

const QuerySchema = z.object({
  odooUrl: z
    .string()
    .min(1)
    .max(2_000)
    .openapi({
      param: { name: "odooUrl", in: "query" },
      description:
        "Odoo's address: a full URL (https://erp.example.com, with or without a path) or an odoo.com database name.",
      example: "https://erp.acme-industries.com",
    }),
  odooVersion: z
    .string()
    .max(60)
    .optional()
    .openapi({
      param: { name: "odooVersion", in: "query" },
      description: "Odoo version, e.g. 17.0, saas~17.2, 18.0+e.",
      example: "17.0",
    }),
  lang: z
    .string()
    .max(35)
    .optional()
    .openapi({ param: { name: "lang", in: "query" }, example: "en" }),
});

const ResultSchema = z
  .object({
    lang: z.enum(["en", "it"]),
    uri: z.string().optional().openapi({
      description: "The exact redirect URI Odoo sends.",
      example: "https://erp.acme-industries.com/google_gmail/confirm",
    }),
    base: z.string().optional().openapi({ description: "web.base.url as read from the input." }),
    odooOnline: z.boolean().openapi({ description: "The input was an odoo.com database name." }),
    basePath: z
      .string()
      .optional()
      .openapi({ description: "A path in web.base.url: dropped by Odoo 16.0–18.0, kept by 19.0." }),
    findings: z.array(FindingSchema).openapi({ description: "Problems with this URI, most likely root cause first." }),
  })
  .openapi("RedirectUri");

const route = createRoute({
  method: "get",
  path: "/redirect-uri",
  summary: "Compute and check the redirect URI",
  description:
    "From Odoo's address and version, the exact redirect URI Odoo will send to Google, and every problem with it (http on a public host, localhost or private host, raw IP, documentation placeholder, port).",
  tags: ["Setup checks"],
  request: { query: QuerySchema },
  responses: {
    200: { content: { "application/json": { schema: ResultSchema } }, description: "The URI and its problems." },
    400: {
      content: { "application/problem+json": { schema: ProblemSchema } },
      description: "odooUrl is missing or too long.",
    },
  },
});

export function redirectUriRoutes(): OpenAPIHono<LangEnv> {
  const app = new OpenAPIHono<LangEnv>({ defaultHook: throwValidationProblem });
  app.openapi(route, (c) => {
    const query = c.req.valid("query");
    const lang = c.get("lang");
    const built = buildRedirectUri(query.odooUrl, query.odooVersion);
    const reasons = new Map<FindingId, string[]>();
    for (const problem of built.problems) reasons.set(problem.id, [...(reasons.get(problem.id) ?? []), problem.reason]);
    const findings = [...reasons.entries()].map(([id, evidence]) => ({ ...catalogEntry(id, lang), evidence }));
    const severityRank = { error: 0, warning: 1, info: 2 } as const;
    findings.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
    const { problems: _problems, ...rest } = built;
    return c.json({ lang, ...rest, findings }, 200);
  });
  return app;
}
