/**
 * Zod schemas of the diagnostics contract (../shared/reference/diagnose-api.md). They validate requests
 * and generate the OpenAPI document. Inputs are normalised leniently where support tools differ in
 * spelling ("In production", "TLS (STARTTLS)", "465"), and refused clearly where they cannot be read.
 */
import { z } from "@hono/zod-openapi";
import { EVIDENCE_FIELDS } from "../../src/core/diagnose/evidence.ts";
import { FINDING_IDS } from "../../src/core/findings/ids.ts";

export const MAX_ERROR_TEXT = 20_000;

const lowered = (map: Record<string, string>) => (value: unknown) => {
  if (typeof value !== "string") return value;
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
  return map[key] ?? key;
};

const email = z.string().trim().max(320);

export const ConsentSchema = z
  .object({
    publishingStatus: z
      .preprocess(
        lowered({ "in production": "production", published: "production", test: "testing" }),
        z.enum(["testing", "production"]),
      )
      .optional()
      .openapi({ description: "Publishing status of the consent screen (Audience).", example: "testing" }),
    userType: z
      .preprocess(lowered({}), z.enum(["internal", "external"]))
      .optional()
      .openapi({ description: "User type of the consent screen.", example: "external" }),
    testUsers: z
      .array(email)
      .max(200)
      .optional()
      .openapi({ description: "Test users listed on the consent screen.", example: ["sales.mycompany@gmail.com"] }),
    verified: z.boolean().optional().openapi({ description: "Extension: the app passed Google's verification." }),
  })
  .openapi("Consent");

export const AccountSchema = z
  .object({
    email: email
      .optional()
      .openapi({ description: "The Google account that will send.", example: "sales.mycompany@gmail.com" }),
    kind: z
      .preprocess(
        lowered({ personal: "gmail", "google workspace": "workspace", "g suite": "workspace" }),
        z.enum(["gmail", "workspace"]),
      )
      .optional()
      .openapi({ description: "Personal Gmail account or Google Workspace account.", example: "gmail" }),
  })
  .openapi("Account");

export const SmtpSchema = z
  .object({
    host: z
      .string()
      .trim()
      .max(255)
      .optional()
      .openapi({ description: "Outgoing server host.", example: "smtp.gmail.com" }),
    port: z.coerce
      .number()
      .int()
      .min(0)
      .max(65535)
      .optional()
      .openapi({ description: "Outgoing server port.", example: 587 }),
    encryption: z
      .preprocess(
        lowered({
          "tls (starttls)": "starttls",
          tls: "starttls",
          "ssl/tls": "ssl",
          "ssl tls": "ssl",
          none: "none",
          "": "none",
        }),
        z.enum(["none", "starttls", "ssl"]),
      )
      .optional()
      .openapi({ description: "Connection security: none, TLS (STARTTLS) or SSL/TLS.", example: "starttls" }),
    user: z
      .string()
      .trim()
      .max(320)
      .optional()
      .openapi({ description: "The server's Username (the Gmail address).", example: "sales.mycompany@gmail.com" }),
    authentication: z
      .preprocess(
        lowered({
          "gmail oauth authentication": "gmail",
          oauth: "gmail",
          xoauth2: "gmail",
          password: "login",
          username: "login",
        }),
        z.enum(["gmail", "login"]),
      )
      .optional()
      .openapi({
        description: "Authenticate with: Gmail OAuth Authentication (gmail) or username and password (login).",
        example: "gmail",
      }),
  })
  .openapi("Smtp");

export const ProbeEvidenceSchema = z
  .object({
    odoo: z
      .object({
        url: z.string().max(2_000).optional(),
        version: z.string().max(60).optional(),
        serie: z.string().max(30).optional(),
        redirectUri: z.string().max(2_000).optional(),
      })
      .optional(),
    findings: z
      .array(z.object({ id: z.string().max(60), evidence: z.array(z.string().max(1_000)).max(10).optional() }))
      .max(30)
      .optional(),
  })
  .openapi("ProbeEvidence", {
    description:
      "Extension: a result of POST /odoo/probe (its odoo and findings parts; other members are ignored). Its findings count as evidence; its Odoo URL and version fill odooUrl and odooVersion when those are not given.",
  });

export const DiagnoseRequestSchema = z
  .object({
    lang: z
      .string()
      .max(35)
      .optional()
      .openapi({ description: '"en" or "it"; default from Accept-Language, else "en".', example: "en" }),
    errorText: z.string().max(MAX_ERROR_TEXT).optional().openapi({
      description:
        "What the user saw or pasted: a Google error page, an Odoo message or log line, an SMTP reply, a JSON error body.",
      example: "Error 400: redirect_uri_mismatch",
    }),
    url: z.string().max(8_000).optional().openapi({
      description: "Where the browser landed (Google error page, Odoo callback, /web/login?redirect=…).",
      example: "https://mycompany.odoo.com/google_gmail/confirm?state=%7B%7D&error=access_denied",
    }),
    redirectUri: z.string().max(2_000).optional().openapi({
      description: "The redirect URI registered in Google (or the one Odoo sends).",
      example: "https://mycompany.odoo.com/google_gmail/confirm",
    }),
    odooUrl: z.string().max(2_000).optional().openapi({
      description: "Odoo's web.base.url (or the address used to reach Odoo).",
      example: "https://mycompany.odoo.com",
    }),
    odooVersion: z
      .string()
      .max(60)
      .optional()
      .openapi({ description: "Odoo version, e.g. 17.0, saas~17.2, 18.0+e.", example: "17.0" }),
    clientSecretJson: z
      .union([z.string().max(100_000), z.record(z.string(), z.unknown())])
      .optional()
      .openapi({
        description: "The downloaded client_secret_*.json, as an object or text (the secret may be redacted).",
      }),
    clientId: z.string().max(300).optional().openapi({
      description: "The OAuth client ID, if the JSON is not at hand.",
      example: "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com",
    }),
    consent: ConsentSchema.optional(),
    account: AccountSchema.optional(),
    smtp: SmtpSchema.optional(),
    probe: ProbeEvidenceSchema.optional(),
  })
  .openapi("DiagnoseRequest");

export type DiagnoseRequest = z.infer<typeof DiagnoseRequestSchema>;

export const FindingSchema = z
  .object({
    id: z
      .enum(FINDING_IDS)
      .openapi({ description: "Stable id from the catalog.", example: "redirect-uri-insecure-http" }),
    severity: z.enum(["error", "warning", "info"]),
    title: z.string(),
    explanation: z.string(),
    fix: z.array(z.string()).openapi({ description: "Ordered fix steps." }),
    docs: z.string().openapi({
      description: "Link into the guide, same language.",
      example: "/troubleshooting/#redirect-uri-insecure-http",
    }),
    evidence: z.array(z.string()).openapi({ description: "What in the input led here (secrets redacted)." }),
    explains: z
      .array(z.enum(FINDING_IDS))
      .optional()
      .openapi({
        description: "Findings listed below that this one accounts for (symptoms of this cause).",
        example: ["redirect-uri-mismatch"],
      }),
  })
  .openapi("Finding");

export const QuestionSchema = z
  .object({
    fact: z.string().openapi({
      description: "The single fact that decides between the causes, as a question.",
      example: "How does the outgoing server log in to Gmail? (the Authenticate with field of the mail server in Odoo)",
    }),
    choices: z
      .array(
        z.object({
          answer: z.string().openapi({ example: "Gmail OAuth Authentication" }),
          leadsTo: z
            .enum(FINDING_IDS)
            .openapi({ description: "The finding this answer makes the cause.", example: "smtp-auth-rejected" }),
        }),
      )
      .openapi({ description: "The possible answers, each with the cause it leads to." }),
  })
  .openapi("Question");

export const DiagnoseResponseSchema = z
  .object({
    lang: z.enum(["en", "it"]),
    findings: z.array(FindingSchema).openapi({ description: "Most likely root cause first." }),
    hint: z.string().optional().openapi({
      description:
        "Present when no error was found: which evidence would help, or that what was sent shows a working setup.",
    }),
    primary: z.enum(FINDING_IDS).optional().openapi({
      description:
        "The one root cause, when the evidence points to one: the first finding, with the findings it explains right after it.",
      example: "redirect-uri-insecure-http",
    }),
    confidence: z.enum(["high", "medium", "low"]).optional().openapi({
      description:
        "How directly the evidence shows the primary cause: high when it is stated outright (an error code, a message, the client file), low when another cause fits as well.",
      example: "high",
    }),
    question: QuestionSchema.optional().openapi({
      description:
        "Present when two causes fit the evidence equally: the fact that decides, and where each answer leads.",
    }),
  })
  .openapi("DiagnoseResponse");

export const CatalogEntrySchema = FindingSchema.omit({ evidence: true, explains: true }).openapi("CatalogEntry");

export const CatalogResponseSchema = z
  .object({ lang: z.enum(["en", "it"]), findings: z.array(CatalogEntrySchema) })
  .openapi("Catalog");

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "/api/problems/invalid-request" }),
    title: z.string().openapi({ example: "Invalid request" }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: "errorText: longer than 20000 characters." }),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ pointer: z.string(), detail: z.string() }))
      .optional()
      .openapi({ description: "One entry per invalid field (JSON Pointer into the body)." }),
  })
  .openapi("Problem");

export const LangQuerySchema = z.object({
  lang: z
    .string()
    .max(35)
    .optional()
    .openapi({ param: { name: "lang", in: "query" }, example: "it" }),
});

export { EVIDENCE_FIELDS };
