/**
 * The live connection test API under /api/live (contract: /tmp/brief/live-contract.md): start a run,
 * receive Google's answer (callback or pasted address), follow it (JSON or Server-Sent Events), send
 * a test mail to the account itself, fetch the redacted report. Runs are bound to the browser by the
 * encrypted `companion_live` cookie; POSTs need the companion's own Origin; starts are rate limited
 * per client address. The flow itself lives in server/live/engine.ts.
 */

import { getConnInfo } from "@hono/node-server/conninfo";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie, setCookie } from "hono/cookie";
import { streamSSE } from "hono/streaming";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type Lang, pickLang } from "../../src/core/lang.ts";
import { type CookieSeal, createCookieSeal, LIVE_COOKIE } from "../live/cookie-seal.ts";
import { readCredentials } from "../live/credentials.ts";
import { createEngine, type StartInput } from "../live/engine.ts";
import { createMemoryStore } from "../live/memory-store.ts";
import { isFinal, type LiveRecord, type LiveRun, MAX_SENDS, RUN_TTL_MS, stepOf } from "../live/model.ts";
import { CALLBACK_PATH } from "../live/oauth-client.ts";
import { isAllowedOrigin } from "../live/origin-check.ts";
import { readPaste } from "../live/paste.ts";
import { type LiveSandbox, type PracticeClient, resolvePractice, sandboxSmtpTarget } from "../live/practice.ts";
import { type ProblemTextKey, problemText } from "../live/problem-text.ts";
import { createRateLimiter, type RateLimiter } from "../live/rate-limit.ts";
import { reportJson, reportMarkdown } from "../live/report.ts";
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
import { GMAIL_SMTP } from "../live/smtp-checks.ts";
import type { LiveStore } from "../live/store.ts";
import { problem, requestLang } from "../problem.ts";
import { ProblemSchema } from "../schemas/diagnose.ts";
import { validationProblem } from "../validation-problem.ts";

export const LIVE_BODY_LIMIT_BYTES = 64 * 1024;
const SSE_HEARTBEAT_MS = 15_000;

export interface LiveRouteOptions {
  /** The companion's public origin (PUBLIC_URL, else the listening address); default: each request's. */
  origin?: () => string;
  /** The sandbox, when it runs: provider "sandbox" and practice scenarios need it. */
  sandbox?: LiveSandbox | undefined;
  /** Where runs live (default: in memory). */
  store?: LiveStore;
  now?: () => number;
  ttlMs?: number;
  googleTimeoutMs?: number;
  smtpTimeoutMs?: number;
  stepTimeoutMs?: number;
  rateLimit?: { max: number; windowMs: number };
  /** Behind a trusted reverse proxy: the client address is the last X-Forwarded-For entry. */
  trustProxy?: boolean;
}

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

const startRoute = createRoute({
  method: "post",
  path: "/live/start",
  summary: "Start a live connection test",
  description:
    "Checks the client, then returns the Google authorization URL (PKCE S256, state, offline access, consent, scope https://mail.google.com/ openid email). The run is bound to this browser by an encrypted HttpOnly cookie; the secret stays in memory for at most 15 minutes and is never logged. At most 10 runs per client address per 10 minutes.",
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
    413: problemResponse("The body is larger than 64 KB."),
    422: problemResponse('A practice scenario with a provider other than "sandbox".'),
    429: problemResponse("Too many runs from this address; see Retry-After."),
    503: problemResponse("The sandbox's Gmail emulator is not running."),
  },
});

const callbackRoute = createRoute({
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

const runRoute = createRoute({
  method: "get",
  path: "/live/{id}",
  summary: "A live test run",
  description: "The run with every step: status, title, result, details, timing and, on failure, the finding.",
  tags: TAGS,
  request: { params: LiveIdParamSchema },
  responses: { 200: runResponse("The run."), 404: notFound, 410: gone },
});

const eventsRoute = createRoute({
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
  },
});

const pasteRoute = createRoute({
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

const sendRoute = createRoute({
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

const reportRoute = createRoute({
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

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const DEFAULT_RATE_LIMIT = { max: 10, windowMs: 10 * 60 * 1000 };

/**
 * One per process: the cookie key (so a cookie opens only in the process that sealed it) and, unless
 * a caller passes its own, the store and the rate limiter — `npm run dev` builds the API afresh for
 * each request and must still find its runs.
 */
let shared: { seal: CookieSeal; store: LiveStore; limiter: RateLimiter } | undefined;

export function liveRoutes(options: LiveRouteOptions = {}): OpenAPIHono {
  shared ??= {
    seal: createCookieSeal(),
    store: createMemoryStore(),
    limiter: createRateLimiter(DEFAULT_RATE_LIMIT),
  };
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? RUN_TTL_MS;
  const store = options.store ?? (options.now ? createMemoryStore({ now }) : shared.store);
  const sandbox = options.sandbox;
  const googleTimeoutMs = options.googleTimeoutMs ?? 10_000;
  const smtpTimeoutMs = options.smtpTimeoutMs ?? 10_000;
  const engine = createEngine({
    store,
    now,
    ttlMs,
    googleTimeoutMs,
    smtpTimeoutMs,
    stepTimeoutMs: options.stepTimeoutMs ?? Math.max(googleTimeoutMs, smtpTimeoutMs) + 5_000,
    sandbox,
  });
  const seal = shared.seal;
  const limit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = options.rateLimit || options.now ? createRateLimiter({ ...limit, now }) : shared.limiter;

  const app = new OpenAPIHono({
    defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, result.error)),
  });

  const originOf = (c: Context) => options.origin?.() || new URL(c.req.url).origin;

  const fail = (
    c: Context,
    status: ContentfulStatusCode,
    key: string,
    params: Record<string, string | number> = {},
  ) => {
    const lang = requestLang(c);
    return problem(c, status, `live-${key}`, {
      title: problemText(lang, `${key}.title` as ProblemTextKey),
      detail: problemText(lang, `${key}.detail` as ProblemTextKey, params),
    }) as never;
  };

  const tooLarge = (c: Context) => fail(c, 413, "too-large", { limit: "64 KB" });
  const streamingLimit = bodyLimit({ maxSize: LIVE_BODY_LIMIT_BYTES, onError: tooLarge });
  app.use("/live/*", async (c, next) => {
    if (c.req.method !== "POST") return next();
    if (!isAllowedOrigin(c.req.header("origin"), c.req.url, options.origin?.())) {
      return fail(c, 403, "bad-origin", { origin: (c.req.header("origin") ?? "—").slice(0, 100) });
    }
    const declared = c.req.header("content-length");
    if (declared !== undefined && /^\d+$/.test(declared)) {
      return Number(declared) > LIVE_BODY_LIMIT_BYTES ? tooLarge(c) : next();
    }
    return streamingLimit(c, next);
  });

  const browserRuns = (c: Context) => seal.open(getCookie(c, LIVE_COOKIE));

  /** This browser's run, or the problem to answer: 404 when not its own, 410 when expired. */
  const access = async (c: Context, id: string): Promise<LiveRecord | Response> => {
    if (!browserRuns(c).includes(id)) return fail(c, 404, "not-found");
    const record = await store.get(id);
    return record ?? fail(c, 410, "gone");
  };

  const clientAddress = (c: Context): string => {
    if (options.trustProxy) {
      const forwarded = c.req
        .header("x-forwarded-for")
        ?.split(",")
        .map((part) => part.trim())
        .filter(Boolean);
      const last = forwarded?.at(-1);
      if (last) return last;
    }
    try {
      return getConnInfo(c).remote.address ?? "unknown";
    } catch {
      return "unknown";
    }
  };

  const missingFields = (c: Context, lang: Lang, fields: [string, ProblemTextKey][]) => {
    const errors = fields.map(([field, key]) => ({ pointer: `/${field}`, detail: problemText(lang, key) }));
    return problem(c, 400, "invalid-request", {
      title: problemText(lang, "missing.title"),
      detail: problemText(lang, "missing.detail", {
        fields: errors.map((e) => `${e.pointer.slice(1)}: ${e.detail}`).join("; "),
      }),
      errors,
    }) as never;
  };

  app.openapi(startRoute, async (c) => {
    const body = c.req.valid("json");
    const lang = pickLang(c.req.header("accept-language"), body.lang ?? c.req.query("lang"));
    if (body.provider === "sandbox" && !sandbox) return fail(c, 409, "sandbox-off");
    if (body.practice && body.provider !== "sandbox") return fail(c, 422, "practice-needs-sandbox");
    const origin = originOf(c);
    let practice: PracticeClient | undefined;
    let smtp = GMAIL_SMTP;
    if (body.provider === "sandbox" && sandbox) {
      try {
        if (body.practice) practice = await resolvePractice(sandbox, body.practice.scenario);
        smtp = await sandboxSmtpTarget(sandbox);
      } catch {
        return fail(c, 503, "sandbox-unavailable");
      }
    }
    const credentials = practice
      ? {
          clientId: practice.clientId,
          clientSecret: practice.clientSecret,
          clientJson: practice.clientJson,
          jsonUnusable: false,
        }
      : readCredentials(body);
    const email = body.email || practice?.email || "";
    const odooRedirectUri = body.odooRedirectUri || practice?.odooRedirectUri || "";
    const problems: [string, ProblemTextKey][] = [];
    if (credentials.jsonUnusable) problems.push(["clientSecretJson", "field.client-json"]);
    if (!credentials.clientId) problems.push(["clientId", "field.required"]);
    if (!credentials.clientSecret) problems.push(["clientSecret", "field.required"]);
    if (!email) problems.push(["email", "field.required"]);
    else if (!EMAIL.test(email)) problems.push(["email", "field.email"]);
    if (body.mode === "odoo" && !odooRedirectUri) problems.push(["odooRedirectUri", "field.required"]);
    if (problems.length > 0) return missingFields(c, lang, problems);
    const gate = limiter.hit(clientAddress(c));
    if (!gate.allowed) {
      const seconds = Math.ceil(gate.retryAfterMs / 1000);
      c.header("retry-after", String(seconds));
      return fail(c, 429, "rate-limited", { max: limit.max, minutes: Math.round(limit.windowMs / 60_000), seconds });
    }

    const input: StartInput = {
      provider: body.provider,
      mode: body.mode,
      lang,
      clientId: credentials.clientId ?? "",
      clientSecret: credentials.clientSecret ?? "",
      clientJson: credentials.clientJson,
      email,
      redirectUri: body.mode === "odoo" ? odooRedirectUri : `${origin}${CALLBACK_PATH}`,
      origin,
      smtp,
    };
    if (practice && body.practice) input.practice = { scenario: body.practice.scenario, facts: practice.facts };
    const record = await engine.start(input);
    const id = record.run.id;
    setCookie(c, LIVE_COOKIE, seal.seal([...browserRuns(c).filter((known) => known !== id), id]), {
      httpOnly: true,
      sameSite: "Lax",
      secure: new URL(c.req.url).protocol === "https:" || origin.startsWith("https:"),
      path: "/api/live",
      maxAge: Math.ceil(ttlMs / 1000),
    });
    return c.json({ id, authUrl: record.run.authUrl, run: record.run }, 200);
  });

  app.openapi(callbackRoute, async (c) => {
    const id = (c.req.valid("query").state ?? "").split(".")[0] ?? "";
    const record = await access(c, id);
    if (record instanceof Response) return record as never;
    const received = await engine.receive(record, new URL(c.req.url).searchParams);
    if (received === "other-run") return fail(c, 404, "not-found");
    const page = `${record.run.lang === "it" ? "/it" : ""}/live-test/?run=${encodeURIComponent(id)}#run`;
    return c.redirect(page, 303) as never;
  });

  app.openapi(runRoute, async (c) => {
    const record = await access(c, c.req.valid("param").id);
    if (record instanceof Response) return record as never;
    return c.json(record.run, 200);
  });

  app.openapi(eventsRoute, async (c) => {
    const record = await access(c, c.req.valid("param").id);
    if (record instanceof Response) return record as never;
    const id = record.run.id;
    return streamSSE(c, async (stream) => {
      const queue: LiveRun[] = [];
      let wake: (() => void) | undefined;
      let closed = false;
      const unsubscribe = store.subscribe(id, (run) => {
        queue.push(run);
        wake?.();
      });
      queue.push(structuredClone(record.run));
      stream.onAbort(() => {
        closed = true;
        wake?.();
      });
      let sequence = 0;
      try {
        while (!closed && now() < record.expiresAtMs) {
          for (let run = queue.shift(); run && !closed; run = queue.shift()) {
            sequence += 1;
            await stream.writeSSE({ id: String(sequence), data: JSON.stringify(run) });
            if (isFinal(run.status)) closed = true;
          }
          if (closed) break;
          const heartbeat = await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(true), SSE_HEARTBEAT_MS);
            wake = () => {
              clearTimeout(timer);
              resolve(false);
            };
          });
          wake = undefined;
          if (heartbeat && queue.length === 0) await stream.write(": keep-alive\n\n");
        }
      } finally {
        unsubscribe();
      }
    }) as never;
  });

  app.openapi(pasteRoute, async (c) => {
    const record = await access(c, c.req.valid("param").id);
    if (record instanceof Response) return record as never;
    const body = c.req.valid("json");
    const lang = record.run.lang;
    if (!body.url?.trim() && !body.text?.trim()) {
      return missingFields(c, requestLang(c), [
        ["url", "field.required"],
        ["text", "field.required"],
      ]);
    }
    if (stepOf(record.run, "consent").status !== "running") return fail(c, 409, "not-waiting");
    const reading = readPaste(body, lang);
    if (reading.kind === "unreadable") return fail(c, 422, "paste-unreadable");
    const received =
      reading.kind === "callback"
        ? await engine.receive(record, reading.params)
        : await engine.failConsent(record, reading.finding);
    if (received === "other-run") return fail(c, 422, "paste-other-run");
    if (received === "not-waiting") return fail(c, 409, "not-waiting");
    return c.json(record.run, 200);
  });

  app.openapi(sendRoute, async (c) => {
    const record = await access(c, c.req.valid("param").id);
    if (record instanceof Response) return record as never;
    if (stepOf(record.run, "smtp-auth").status !== "passed" || !record.secrets.accessToken) {
      return fail(c, 409, "send-not-ready");
    }
    if (record.sending) return fail(c, 409, "send-busy");
    if (record.run.sendsLeft <= 0) return fail(c, 409, "send-limit", { max: MAX_SENDS });
    await engine.sendTest(record);
    return c.json(record.run, 200);
  });

  app.openapi(reportRoute, async (c) => {
    const record = await access(c, c.req.valid("param").id);
    if (record instanceof Response) return record as never;
    if (c.req.valid("query").format === "md") {
      return c.body(reportMarkdown(record, originOf(c)), 200, {
        "content-type": "text/markdown; charset=utf-8",
        "content-language": record.run.lang,
      }) as never;
    }
    return c.json(reportJson(record), 200, { "content-language": record.run.lang });
  });

  return app;
}
