/** Zod schemas of POST /api/odoo/probe: they validate the request and generate the OpenAPI document. */
import { z } from "@hono/zod-openapi";
import { CHECK_IDS } from "../../src/core/odoo-probe/evaluate.ts";
import { FindingSchema } from "./diagnose.ts";

export const ProbeRequestSchema = z
  .object({
    odooUrl: z.string().trim().min(1).max(2_000).openapi({
      description: "The address of the Odoo instance, as its users open it.",
      example: "https://erp.example.com",
    }),
    db: z.string().trim().max(100).optional().openapi({
      description: "Database name; needed when the instance hosts several and does not pick one by host name.",
      example: "production",
    }),
    login: z.string().trim().max(320).optional().openapi({
      description: "Login of the user the API key belongs to (needed by Odoo 16.0–18.0).",
      example: "admin@example.com",
    }),
    apiKey: z.string().trim().max(200).optional().openapi({
      description:
        "An administrator's API key (Preferences → Account Security → New API Key). Used for this probe only, for read-only calls; never stored, logged or echoed.",
    }),
    lang: z
      .string()
      .max(35)
      .optional()
      .openapi({ description: '"en" or "it"; default from Accept-Language, else "en".', example: "en" }),
  })
  .openapi("ProbeRequest");

export const ProbeCheckSchema = z
  .object({
    id: z.enum(CHECK_IDS).openapi({ description: "Stable id of the check.", example: "web-base-url" }),
    status: z.enum(["passed", "warning", "failed", "skipped"]),
    title: z.string(),
    details: z.array(z.string()).openapi({ description: "What was found (secrets never included)." }),
  })
  .openapi("ProbeCheck");

export const ProbeResponseSchema = z
  .object({
    lang: z.enum(["en", "it"]),
    odoo: z
      .object({
        url: z.string().openapi({ example: "https://erp.example.com" }),
        version: z.string().openapi({ description: "server_version as Odoo gives it.", example: "17.0+e-20240115" }),
        serie: z.string().openapi({ example: "17.0" }),
        edition: z.enum(["community", "enterprise", "unknown"]),
        redirectUri: z.string().optional().openapi({
          description: "The redirect URI this Odoo sends to Google (from web.base.url when it could be read).",
          example: "https://erp.example.com/google_gmail/confirm",
        }),
      })
      .openapi("ProbeOdoo"),
    checks: z.array(ProbeCheckSchema),
    findings: z.array(FindingSchema).openapi({ description: "Most likely root cause first, as POST /diagnose." }),
  })
  .openapi("ProbeResponse");

export type ProbeRequest = z.infer<typeof ProbeRequestSchema>;
