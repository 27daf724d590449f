/**
 * The sandbox's control API for companion instances (not for browsers), mounted at /sandbox/control
 * by the sandbox-only process (server/sandbox/start.ts): the same typed controls practice runs use in
 * one process, over HTTP. Every request needs `Authorization: Bearer <SANDBOX_CONTROL_KEY>`, compared
 * in constant time; without it nothing here answers but a 401. It is a path of its own: the browser's
 * controls under /sandbox/google and /sandbox/gmail keep their Origin and client-credential checks,
 * and this key opens none of them. Controls that act on a client accept only a minted practice client.
 *
 *   POST   /clients      {scenario}                           → 201 the run's own client (with its secret)
 *   GET    /smtp                                              → {host, port, ca} of the Gmail emulator
 *   POST   /faults       {client_id, endpoint, mode, …}       → 204 (Google endpoint fault)
 *   GET    /faults?client_id=                                 → {faults}
 *   POST   /age          {client_id, ms}                      → 204
 *   POST   /smtp-faults  {client_id, mode, delayMs?}          → 201 {host, port} (the run's faulty server)
 *   DELETE /messages?client_id=                               → {cleared}
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { t } from "../messages.ts";
import { problem, requestLang } from "../problem.ts";
import { DAY_MS } from "./clock.ts";
import { controlBody } from "./control-guard.ts";
import { controlText } from "./control-text.ts";
import { FaultServersFull } from "./gmail/fault-servers.ts";
import { MAX_GREETING_DELAY_MS, SMTP_FAULT_MODES } from "./gmail/smtp-faults.ts";
import { FaultFields } from "./google/control-routes.ts";
import type { Sandbox } from "./index.ts";
import { SCENARIO_NAMES } from "./world.ts";

const CONTROL_BODY_LIMIT_BYTES = 16 * 1024;
const ClientId = z.string().min(1).max(256);
const NewClientBody = z.strictObject({ scenario: z.enum(SCENARIO_NAMES) });
const FaultBody = z.strictObject({ client_id: ClientId, ...FaultFields });
const AgeBody = z.strictObject({
  client_id: ClientId,
  ms: z
    .number()
    .int()
    .min(0)
    .max(400 * DAY_MS),
});
const SmtpFaultBody = z.strictObject({
  client_id: ClientId,
  mode: z.enum(SMTP_FAULT_MODES),
  delayMs: z.number().int().min(0).max(MAX_GREETING_DELAY_MS).optional(),
});

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Refuses every request without the control key (Bearer), comparing digests in constant time. */
export function controlKeyGuard(key: string): MiddlewareHandler {
  const expected = digest(key);
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const given = /^Bearer (\S+)$/i.exec(header.trim())?.[1] ?? "";
    if (given && timingSafeEqual(digest(given), expected)) return next();
    const lang = requestLang(c);
    c.header("www-authenticate", 'Bearer realm="sandbox-control"');
    return problem(c, 401, "sandbox-control-key", {
      title: controlText.text(lang, "control-key.title"),
      detail: controlText.text(lang, "control-key.detail"),
    });
  };
}

export function controlApi(sandbox: Sandbox, key: string): Hono {
  const { controls } = sandbox;
  const routes = new Hono();
  routes.use("*", async (c, next) => {
    await next();
    c.header("cache-control", "no-store");
  });
  routes.use("*", controlKeyGuard(key));
  routes.use(
    "*",
    bodyLimit({
      maxSize: CONTROL_BODY_LIMIT_BYTES,
      onError: (c) => {
        const lang = requestLang(c);
        return problem(c, 413, "payload-too-large", {
          title: t(lang, "problem.payload-too-large.title"),
          detail: t(lang, "problem.payload-too-large.detail", { limit: "16 KB" }),
        });
      },
    }),
  );

  /** A minted practice client's ID, or the 404 to answer (the world's shared clients are not controlled). */
  const practiceClient = (c: Context, clientId: string | undefined): { clientId: string } | { response: Response } => {
    if (clientId && sandbox.google.world.clientById(clientId)?.minted) return { clientId };
    const lang = requestLang(c);
    return {
      response: problem(c, 404, "sandbox-control-client", {
        title: controlText.text(lang, "control-client.title"),
        detail: controlText.text(lang, "control-client.detail"),
      }),
    };
  };
  const gmailNotStarted = (c: Context) => {
    const lang = requestLang(c);
    return problem(c, 503, "sandbox-control-smtp", {
      title: controlText.text(lang, "control-smtp.title"),
      detail: controlText.text(lang, "control-smtp.detail"),
    });
  };

  routes.post("/clients", async (c) => {
    const parsed = await controlBody(c, NewClientBody);
    if ("response" in parsed) return parsed.response;
    return c.json(controls.newClient(parsed.data.scenario), 201);
  });

  routes.get("/smtp", (c) => {
    const target = controls.target();
    return target ? c.json(target) : gmailNotStarted(c);
  });

  routes.post("/faults", async (c) => {
    const parsed = await controlBody(c, FaultBody);
    if ("response" in parsed) return parsed.response;
    const { client_id, endpoint, ...spec } = parsed.data;
    const own = practiceClient(c, client_id);
    if ("response" in own) return own.response;
    controls.setFault(own.clientId, endpoint, spec);
    return c.body(null, 204);
  });

  routes.get("/faults", (c) => {
    const own = practiceClient(c, c.req.query("client_id"));
    if ("response" in own) return own.response;
    return c.json({ faults: controls.faults(own.clientId) });
  });

  routes.post("/age", async (c) => {
    const parsed = await controlBody(c, AgeBody);
    if ("response" in parsed) return parsed.response;
    const own = practiceClient(c, parsed.data.client_id);
    if ("response" in own) return own.response;
    controls.ageGrants(own.clientId, parsed.data.ms);
    return c.body(null, 204);
  });

  routes.post("/smtp-faults", async (c) => {
    const parsed = await controlBody(c, SmtpFaultBody);
    if ("response" in parsed) return parsed.response;
    const { client_id, ...fault } = parsed.data;
    const own = practiceClient(c, client_id);
    if ("response" in own) return own.response;
    if (!controls.target()) return gmailNotStarted(c);
    try {
      return c.json(await controls.faultServer(own.clientId, fault), 201);
    } catch (error) {
      if (!(error instanceof FaultServersFull)) throw error;
      return gmailNotStarted(c);
    }
  });

  routes.delete("/messages", (c) => {
    const own = practiceClient(c, c.req.query("client_id"));
    if ("response" in own) return own.response;
    return c.json({ cleared: controls.clearMessages(own.clientId) });
  });

  return routes;
}
