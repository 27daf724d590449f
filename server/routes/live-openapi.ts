/**
 * The OpenAPI description of the live connection test routes (server/routes/live.ts): paths,
 * parameters, bodies and every answer, generated into /api/openapi.json and the API reference.
 */
import { createRoute } from "@hono/zod-openapi";
import {
  LiveCallbackQuerySchema,
  LiveIdParamSchema,
  LivePasteRequestSchema,
  LiveReportQuerySchema,
  LiveReportSchema,
  LiveRunSchema,
  LiveStartRequestSchema,
  LiveStartResponseSchema,
} from "../live/schemas.ts";
import { ProblemSchema } from "../schemas/diagnose.ts";

const problemResponse = (description: string) => ({
  content: { "application/problem+json": { schema: ProblemSchema } },
  description,
});
const runResponse = (description: string) => ({
  content: { "application/json": { schema: LiveRunSchema } },
  description,
});
const notFound = problemResponse("No run with this id belongs to this browser.");
const gone = problemResponse("The run expired (runs are erased after 15 minutes).");
const badOrigin = problemResponse("The request did not come from the companion's own pages.");
const TAGS = ["Live test"];

export const startRoute = createRoute({
  method: "post",
  path: "/live/start",
  summary: "Start a live connection test",
  description:
    "Checks the client, then returns the Google authorization URL (PKCE S256, state, offline access, consent, scope https://mail.google.com/ openid email). The run is bound to this browser by an encrypted HttpOnly cookie; the secret stays in memory for at most 15 minutes and is never logged. At most 10 real runs and 40 practice runs per client address (IPv6: per /64) per 10 minutes.",
  tags: TAGS,
  request: { body: { content: { "application/json": { schema: LiveStartRequestSchema } }, required: true } },
  responses: {
    200: {
      content: { "application/json": { schema: LiveStartResponseSchema } },
      description: "The run, waiting for consent (or already failed at preflight).",
    },
    400: problemResponse("A field is missing or cannot be used."),
    403: badOrigin,
    409: problemResponse('Provider "sandbox" while the sandbox is off.'),
    408: problemResponse("The body did not arrive within 30 seconds."),
    413: problemResponse("The body is larger than 64 KB."),
    415: problemResponse("The body is not JSON."),
    422: problemResponse('A practice scenario with a provider other than "sandbox".'),
    429: problemResponse("Too many runs from this address; see Retry-After."),
    503: problemResponse(
      "The sandbox's Gmail emulator is not running, or the server holds as many unfinished runs as it can.",
    ),
  },
});

export const callbackRoute = createRoute({
  method: "get",
  path: "/live/callback",
  summary: "Google's redirect back (direct mode)",
  description:
    "Add this address to the client's authorized redirect URIs for direct mode (you may remove it afterwards). Finishes consent and runs the remaining steps, then redirects to the test page showing the run.",
  tags: TAGS,
  request: { query: LiveCallbackQuerySchema },
  responses: {
    303: { description: "To /live-test/?run=<id>#run (Italian runs: /it/live-test/?run=<id>#run)." },
    404: notFound,
    410: gone,
  },
});

export const runRoute = createRoute({
  method: "get",
  path: "/live/{id}",
  summary: "A live test run",
  description: "The run with every step: status, title, result, details, timing and, on failure, the finding.",
  tags: TAGS,
  request: { params: LiveIdParamSchema },
  responses: { 200: runResponse("The run."), 404: notFound, 410: gone },
});

export const eventsRoute = createRoute({
  method: "get",
  path: "/live/{id}/events",
  summary: "Follow a run as Server-Sent Events",
  description:
    "Each event's data is the whole run as JSON (the same object as GET /live/{id}), sent at once and after every change; the stream ends when the run is final or expires.",
  tags: TAGS,
  request: { params: LiveIdParamSchema },
  responses: {
    200: { content: { "text/event-stream": { schema: LiveRunSchema } }, description: "The event stream." },
    404: notFound,
    410: gone,
    429: problemResponse("Too many streams open for this run (4) or this address (20)."),
  },
});

export const pasteRoute = createRoute({
  method: "post",
  path: "/live/{id}/paste",
  summary: "Paste Google's answer back",
  description:
    "Odoo mode: the address Odoo's Forbidden page shows (also inside /web/login?redirect=…). Any mode: Google's error page, as its address or its text; the consent step then fails with the matching finding.",
  tags: TAGS,
  request: {
    params: LiveIdParamSchema,
    body: { content: { "application/json": { schema: LivePasteRequestSchema } }, required: true },
  },
  responses: {
    200: runResponse("The run, updated; the remaining steps run in the background."),
    400: problemResponse("Neither url nor text was sent."),
    403: badOrigin,
    404: notFound,
    409: problemResponse("The run is no longer waiting for Google's answer."),
    410: gone,
    422: problemResponse("Nothing readable, or the address of another run."),
  },
});

export const sendRoute = createRoute({
  method: "post",
  path: "/live/{id}/send-test",
  summary: "Send a test email to the account itself",
  description:
    "Sends one message from the tested account to the same account (never to any other address) through the same SMTP login; at most 3 per run.",
  tags: TAGS,
  request: { params: LiveIdParamSchema },
  responses: {
    200: runResponse("The run with the send step's outcome."),
    403: badOrigin,
    404: notFound,
    409: problemResponse("The XOAUTH2 login has not passed, a send is in progress, or 3 were sent."),
    410: gone,
  },
});

export const reportRoute = createRoute({
  method: "get",
  path: "/live/{id}/report",
  summary: "The run's report",
  description:
    "JSON or Markdown, in the run's language, with no secret, code or token. It says that the grant was not revoked (revoking would also disconnect Odoo if it shares the client and account) and how to revoke it by hand.",
  tags: TAGS,
  request: { params: LiveIdParamSchema, query: LiveReportQuerySchema },
  responses: {
    200: {
      content: {
        "application/json": { schema: LiveReportSchema },
        "text/markdown": { schema: { type: "string" } },
      },
      description: "The report.",
    },
    404: notFound,
    410: gone,
  },
});
