/**
 * The live connection test API under /api/live: start a run, receive Google's answer (callback or
 * pasted address), follow it (JSON or Server-Sent Events), send a test mail to the account itself,
 * fetch the redacted report. Runs are bound to the browser by the encrypted `companion_live` cookie;
 * POSTs need the companion's own Origin (server/http/origin-policy.ts); starts are rate limited per
 * client (real and practice runs apart); SSE streams are capped per run and per client. Every
 * refusal is a thrown ProblemError. The flow itself lives in server/live/engine.ts.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isEmailAddress } from "../../src/core/email.ts";
import type { Lang } from "../../src/core/lang.ts";
import type { ApiDeps } from "../api.ts";
import { requestClientKey } from "../http/client-key.ts";
import { eventStream } from "../http/event-stream.ts";
import { hasOwnOrigin, ownOrigin, reachedOverHttps } from "../http/origin-policy.ts";
import { LIVE_COOKIE } from "../live/cookie-seal.ts";
import { readCredentials } from "../live/credentials.ts";
import { createEngine, type StartInput } from "../live/engine.ts";
import { isFinal, type LiveRecord, type LiveRun, MAX_SENDS, stepOf } from "../live/model.ts";
import { CALLBACK_PATH } from "../live/oauth-client.ts";
import { readPaste } from "../live/paste.ts";
import { type PracticeClient, resolvePractice, sandboxSmtpTarget } from "../live/practice.ts";
import { type ProblemTextKey, problemText } from "../live/problem-text.ts";
import { reportJson, reportMarkdown } from "../live/report.ts";
import { GMAIL_SMTP } from "../live/smtp-checks.ts";
import { StoreFullError } from "../live/store.ts";
import { type LangEnv, ProblemError } from "../problem.ts";
import { throwValidationProblem } from "../validation-problem.ts";
import {
  callbackRoute,
  eventsRoute,
  pasteRoute,
  reportRoute,
  runRoute,
  sendRoute,
  startRoute,
} from "./live-openapi.ts";

export const LIVE_BODY_LIMIT_BYTES = 64 * 1024;
const SSE_HEARTBEAT_MS = 15_000;
/** The shape of run ids (engine.ts makes them): only such path segments are looked up as runs. */
const RUN_ID = /^[A-Za-z0-9_-]{16,64}$/;

type LiveEnv = { Variables: LangEnv["Variables"] & { record?: LiveRecord } };

/** A live-test problem (`/api/problems/live-<key>`), written in the request's language. */
export function liveProblem(
  status: ContentfulStatusCode,
  key: string,
  params: Record<string, string | number> = {},
  headers: Record<string, string> = {},
): ProblemError {
  return new ProblemError(
    status,
    `live-${key}`,
    (lang) => ({
      title: problemText(lang, `${key}.title` as ProblemTextKey),
      detail: problemText(lang, `${key}.detail` as ProblemTextKey, params),
    }),
    headers,
  );
}

/** A 400 naming the fields that are missing or unusable, with JSON Pointers. */
function missingFields(fields: [string, ProblemTextKey][]): ProblemError {
  return new ProblemError(400, "invalid-request", (lang: Lang) => {
    const errors = fields.map(([field, key]) => ({ pointer: `/${field}`, detail: problemText(lang, key) }));
    return {
      title: problemText(lang, "missing.title"),
      detail: problemText(lang, "missing.detail", {
        fields: errors.map((e) => `${e.pointer.slice(1)}: ${e.detail}`).join("; "),
      }),
      errors,
    };
  });
}

export function liveRoutes(deps: ApiDeps): OpenAPIHono<LiveEnv> {
  const services = deps.live;
  const { store, seal, streams, sandbox, now } = services;
  const engine = createEngine({
    store,
    now,
    ttlMs: services.ttlMs,
    googleTimeoutMs: services.googleTimeoutMs,
    smtpTimeoutMs: services.smtpTimeoutMs,
    stepTimeoutMs: services.stepTimeoutMs,
    sandbox,
  });

  const app = new OpenAPIHono<LiveEnv>({ defaultHook: throwValidationProblem });

  /** The origin the browser uses (PUBLIC_URL, the proxy's forwarded origin, or the request's own). */
  const originOf = (c: Context) => ownOrigin(c, deps.origin) ?? new URL(c.req.url).origin;
  const clientOf = (c: Context) => requestClientKey(c, deps.origin.trustProxy);
  const browserRuns = (c: Context) => seal.open(getCookie(c, LIVE_COOKIE));

  /** This browser's run, or the problem: 404 when it is not its own, 410 when it expired. */
  const loadRecord = async (c: Context, id: string): Promise<LiveRecord> => {
    if (!browserRuns(c).includes(id)) throw liveProblem(404, "not-found");
    const record = await store.get(id);
    if (!record) throw liveProblem(410, "gone");
    return record;
  };

  /** The record loaded by the middleware below (only routes with a run id in their path use it). */
  const recordOf = (c: Context<LiveEnv>): LiveRecord => {
    const record = c.get("record");
    if (!record) throw liveProblem(404, "not-found");
    return record;
  };

  app.use("/live/*", async (c, next) => {
    if (c.req.method === "POST" && !hasOwnOrigin(c, deps.origin)) {
      throw liveProblem(403, "bad-origin", { origin: (c.req.header("origin") ?? "—").slice(0, 100) });
    }
    await next();
  });

  const loadRun: MiddlewareHandler<LiveEnv> = async (c, next) => {
    const id = c.req.param("id") ?? "";
    if (RUN_ID.test(id)) c.set("record", await loadRecord(c, id));
    await next();
  };
  // Only for the routes that name a run, so an unknown method on their path is still a 405.
  for (const route of [runRoute, eventsRoute, pasteRoute, sendRoute, reportRoute]) {
    app.on(route.method.toUpperCase(), route.path.replace(/\{(\w+)\}/g, ":$1"), loadRun);
  }

  app.openapi(startRoute, async (c) => {
    const body = c.req.valid("json");
    const lang = c.get("lang");
    if (body.provider === "sandbox" && !sandbox) throw liveProblem(409, "sandbox-off");
    if (body.practice && body.provider !== "sandbox") throw liveProblem(422, "practice-needs-sandbox");
    const origin = originOf(c);
    let practice: PracticeClient | undefined;
    let smtp = GMAIL_SMTP;
    if (body.provider === "sandbox" && sandbox) {
      try {
        // The emulated Odoo is served with the sandbox: on this origin, or on a sandbox process's own.
        const sandboxOrigin = sandbox.origin ?? origin;
        if (body.practice) practice = await resolvePractice(sandbox, body.practice.scenario, sandboxOrigin);
        smtp = practice?.smtp ?? (await sandboxSmtpTarget(sandbox));
      } catch {
        throw liveProblem(503, "sandbox-unavailable");
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
    else if (!isEmailAddress(email)) problems.push(["email", "field.email"]);
    if (body.mode === "odoo" && !odooRedirectUri) problems.push(["odooRedirectUri", "field.required"]);
    if (problems.length > 0) throw missingFields(problems);

    const kind = practice ? "practice" : "real";
    const gate = await services.limiters[kind].hit(clientOf(c));
    if (!gate.allowed) {
      const seconds = Math.ceil(gate.retryAfterMs / 1000);
      const limit = services.limits[kind];
      throw liveProblem(
        429,
        practice ? "practice-rate-limited" : "rate-limited",
        { max: limit.max, minutes: Math.round(limit.windowMs / 60_000), seconds },
        { "retry-after": String(seconds) },
      );
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
    if (practice && body.practice) {
      input.practice = { scenario: body.practice.scenario, facts: practice.facts };
      // The sandbox's own Odoo callback is served under a path, like an Odoo 19.0 with one in web.base.url.
      if (odooRedirectUri === practice.odooRedirectUri) input.practice.odooBasePath = practice.odooBasePath;
    }
    let record: LiveRecord;
    try {
      record = await engine.start(input);
    } catch (error) {
      if (error instanceof StoreFullError) throw liveProblem(503, "busy", {}, { "retry-after": "120" });
      throw error;
    }
    const id = record.run.id;
    setCookie(c, LIVE_COOKIE, seal.seal([...browserRuns(c).filter((known) => known !== id), id]), {
      httpOnly: true,
      sameSite: "Lax",
      secure: reachedOverHttps(c, deps.origin) || origin.startsWith("https:"),
      path: "/api/live",
      maxAge: Math.ceil(services.ttlMs / 1000),
    });
    return c.json({ id, authUrl: record.run.authUrl, run: record.run }, 200);
  });

  app.openapi(callbackRoute, async (c) => {
    const id = (c.req.valid("query").state ?? "").split(".")[0] ?? "";
    const record = await loadRecord(c, id);
    const received = await engine.receive(record, new URL(c.req.url).searchParams);
    if (received === "other-run") throw liveProblem(404, "not-found");
    const page = `${record.run.lang === "it" ? "/it" : ""}/live-test/?run=${encodeURIComponent(id)}#run`;
    return c.redirect(page, 303);
  });

  app.openapi(runRoute, (c) => c.json(recordOf(c).run, 200));

  app.openapi(eventsRoute, (c) => {
    const record = recordOf(c);
    const id = record.run.id;
    const release = streams.acquire(id, clientOf(c));
    if (!release) {
      const { perRun, perClient } = streams.limits;
      throw liveProblem(429, "too-many-streams", { perRun, perClient }, { "retry-after": "30" });
    }
    return eventStream(c, { "content-language": c.get("lang") }, async (sink) => {
      const queue: LiveRun[] = [];
      let wake: (() => void) | undefined;
      let closed = false;
      const unsubscribe = store.subscribe(id, (run) => {
        queue.push(run);
        wake?.();
      });
      queue.push(structuredClone(record.run));
      sink.onClose(() => {
        closed = true;
        wake?.();
      });
      let sequence = 0;
      try {
        while (!closed && now() < record.expiresAtMs) {
          for (let run = queue.shift(); run && !closed; run = queue.shift()) {
            sequence += 1;
            await sink.event(String(sequence), JSON.stringify(run));
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
          if (heartbeat && queue.length === 0) await sink.comment("keep-alive");
        }
      } finally {
        unsubscribe();
        release();
      }
    });
  });

  app.openapi(pasteRoute, async (c) => {
    const record = recordOf(c);
    const body = c.req.valid("json");
    if (!body.url?.trim() && !body.text?.trim()) {
      throw missingFields([
        ["url", "field.required"],
        ["text", "field.required"],
      ]);
    }
    if (stepOf(record.run, "consent").status !== "running") throw liveProblem(409, "not-waiting");
    const reading = readPaste(body, record.run.lang);
    if (reading.kind === "unreadable") throw liveProblem(422, "paste-unreadable");
    const received =
      reading.kind === "callback"
        ? await engine.receive(record, reading.params)
        : await engine.failConsent(record, reading.finding);
    if (received === "other-run") throw liveProblem(422, "paste-other-run");
    if (received === "not-waiting") throw liveProblem(409, "not-waiting");
    return c.json(record.run, 200);
  });

  app.openapi(sendRoute, async (c) => {
    const record = recordOf(c);
    if (stepOf(record.run, "smtp-auth").status !== "passed" || !record.secrets.accessToken) {
      throw liveProblem(409, "send-not-ready");
    }
    if (record.run.sendsLeft <= 0) throw liveProblem(409, "send-limit", { max: MAX_SENDS });
    // One send per slot across every instance: a second click (or instance) finds it taken.
    const slot = `send-${MAX_SENDS - record.run.sendsLeft}`;
    if (record.sending || !(await store.claim(record.run.id, slot, services.ttlMs)))
      throw liveProblem(409, "send-busy");
    await engine.sendTest(record);
    return c.json(record.run, 200);
  });

  app.openapi(reportRoute, (c) => {
    const record = recordOf(c);
    const headers = { "content-language": record.run.lang };
    if (c.req.valid("query").format === "md") {
      return c.body(reportMarkdown(record, originOf(c)), 200, {
        ...headers,
        "content-type": "text/markdown; charset=utf-8",
      });
    }
    return c.json(reportJson(record), 200, headers);
  });

  return app;
}
