/**
 * Zod schemas of the live test API (the contract in /tmp/brief/live-contract.md): they validate the
 * requests and generate the OpenAPI document. Findings share the /api/diagnose schema.
 */
import { z } from "@hono/zod-openapi";
import { FindingSchema } from "../schemas/diagnose.ts";
import { text } from "../schemas/text.ts";
import { MODES, PROVIDERS, RUN_STATUSES, SCENARIOS, STEP_IDS, STEP_STATUSES } from "./model.ts";
import { REPORT_FORMATS } from "./report.ts";

export const LiveStartRequestSchema = z
  .object({
    provider: z.enum(PROVIDERS).openapi({
      description: 'Google itself, or the local sandbox ("sandbox", only when the server runs it).',
      example: "google",
    }),
    clientId: text(300).trim().optional().openapi({
      description: "The OAuth client ID (or give clientSecretJson).",
      example: "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com",
    }),
    clientSecret: text(300).trim().optional().openapi({
      description: "The client secret; kept in this server's memory for at most 15 minutes, never logged.",
    }),
    clientSecretJson: z
      .union([text(20_000), z.record(z.string(), z.unknown())])
      .optional()
      .openapi({ description: "The downloaded client_secret_*.json, as an object or text, instead of ID and secret." }),
    email: text(320).trim().optional().openapi({
      description: "The Google account Odoo will send from.",
      example: "sales.mycompany@gmail.com",
    }),
    mode: z.enum(MODES).default("direct").openapi({
      description:
        "direct: Google returns to this companion's /api/live/callback. odoo: Google returns to Odoo's redirect URI and you paste the address back.",
      example: "direct",
    }),
    odooRedirectUri: text(2_000).trim().optional().openapi({
      description: "Odoo's redirect URI (mode odoo).",
      example: "https://mycompany.odoo.com/google_gmail/confirm",
    }),
    lang: z
      .string()
      .max(35)
      .optional()
      .openapi({ description: '"en" or "it"; default from Accept-Language, else "en".', example: "en" }),
    practice: z
      .object({ scenario: z.enum(SCENARIOS) })
      .optional()
      .openapi({
        description:
          "Sandbox only: a practice scenario; the server picks the sandbox client, secret and account itself.",
      }),
  })
  .openapi("LiveStartRequest");

export type LiveStartRequest = z.infer<typeof LiveStartRequestSchema>;

export const LiveStepSchema = z
  .object({
    id: z.enum(STEP_IDS),
    status: z.enum(STEP_STATUSES),
    title: z.string().openapi({ description: "What the step attempts, in the run's language." }),
    result: z.string().openapi({ description: "What happened, in the run's language." }),
    details: z.array(z.string()).optional(),
    elapsedMs: z.number().int().nullable().openapi({ description: "Time the step took; null before it runs." }),
    finding: FindingSchema.optional().openapi({ description: "Why the step failed or warns, with fix steps." }),
  })
  .openapi("LiveStep");

export const LiveRunSchema = z
  .object({
    id: z.string(),
    status: z.enum(RUN_STATUSES),
    provider: z.enum(PROVIDERS),
    mode: z.enum(MODES),
    lang: z.enum(["en", "it"]),
    email: z.string(),
    redirectUri: z.string(),
    authUrl: z.string().openapi({ description: "Where to send the browser for consent." }),
    createdAt: z.string(),
    expiresAt: z.string().openapi({ description: "When the run and everything it holds is erased." }),
    steps: z.array(LiveStepSchema),
    sendsLeft: z.number().int().openapi({ description: "Test emails this run may still send." }),
  })
  .openapi("LiveRun");

export const LiveStartResponseSchema = z
  .object({ id: z.string(), authUrl: z.string(), run: LiveRunSchema })
  .openapi("LiveStart");

export const LivePasteRequestSchema = z
  .object({
    url: text(8_000).optional().openapi({
      description: "The address the browser stopped at (Odoo's Forbidden page, or Google's error page).",
      example: "https://mycompany.odoo.com/google_gmail/confirm?state=…&code=…&scope=…",
    }),
    text: text(20_000)
      .optional()
      .openapi({ description: "The error text Google showed, if there is no address to paste." }),
  })
  .openapi("LivePasteRequest");

export const LiveIdParamSchema = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: "id", in: "path" }, example: "kP3w0J9c2qXbq1tZ5uYvVw" }),
});

export const LiveReportQuerySchema = z.object({
  format: z
    .enum(REPORT_FORMATS)
    .default("json")
    .openapi({ param: { name: "format", in: "query" }, example: "md" }),
});

export const LiveReportSchema = z
  .object({
    title: z.string(),
    run: LiveRunSchema.omit({ authUrl: true }),
    grant: z.object({ revoked: z.literal(false), note: z.string(), howToRevoke: z.string() }),
    secrets: z.string(),
  })
  .openapi("LiveReport");

export const LiveCallbackQuerySchema = z.object({
  state: z
    .string()
    .max(200)
    .optional()
    .openapi({ param: { name: "state", in: "query" } }),
  code: z
    .string()
    .max(2_000)
    .optional()
    .openapi({ param: { name: "code", in: "query" } }),
  error: z
    .string()
    .max(200)
    .optional()
    .openapi({ param: { name: "error", in: "query" } }),
  scope: z
    .string()
    .max(2_000)
    .optional()
    .openapi({ param: { name: "scope", in: "query" } }),
});
