/**
 * The Gmail sandbox's HTTP controls, mounted at /sandbox/gmail: GET /config tells a client where the
 * SMTP server listens and which CA to trust; GET /messages lists what it accepted; DELETE /messages
 * forgets the messages of the caller's own practice client; POST /faults opens a faulty server for
 * that client only. State-changing requests need the companion's own Origin and the client's ID and
 * secret (control-guard.ts). Nothing here is cached.
 */
import { type Context, Hono } from "hono";
import { z } from "zod";
import type { OriginPolicy } from "../../http/origin-policy.ts";
import { problem, requestLang } from "../../problem.ts";
import type { ClientChecker } from "../contracts.ts";
import { ClientFields, controlBody, ownClient, ownOrigin } from "../control-guard.ts";
import { readJson } from "../request-body.ts";
import { FaultServersFull, MAX_FAULT_SERVERS } from "./fault-servers.ts";
import type { GmailControls } from "./index.ts";
import type { Mailbox } from "./mailbox.ts";
import { gmailSandboxMessages } from "./messages.ts";
import { MAX_GREETING_DELAY_MS, SMTP_FAULT_MODES } from "./smtp-faults.ts";

export interface GmailSandboxConfig {
  host: string;
  port: number;
  /** The CA that signed the server certificate, PEM. */
  ca: string;
}

const FaultBody = z.strictObject({
  mode: z.enum(SMTP_FAULT_MODES),
  delayMs: z.number().int().min(0).max(MAX_GREETING_DELAY_MS).optional(),
  ...ClientFields,
});

const DeleteBody = z.union([z.undefined(), z.strictObject(ClientFields)]);

export function gmailSandboxRoutes(deps: {
  controls: GmailControls;
  mailbox: Mailbox;
  clients: ClientChecker;
  baseUrl: () => string;
  origin?: OriginPolicy | undefined;
}): Hono {
  const routes = new Hono();
  routes.use("*", async (c, next) => {
    await next();
    c.header("cache-control", "no-store");
  });
  routes.use("*", ownOrigin(deps.baseUrl, deps.origin));

  const notStarted = (c: Context) => {
    const lang = requestLang(c);
    return problem(c, 503, "sandbox-gmail-not-started", {
      title: gmailSandboxMessages.text(lang, "not-started.title"),
      detail: gmailSandboxMessages.text(lang, "not-started.detail"),
    });
  };

  routes.get("/config", (c) => {
    const config = deps.controls.target();
    return config ? c.json(config) : notStarted(c);
  });

  routes.get("/messages", (c) => c.json({ messages: deps.mailbox.list() }));

  routes.delete("/messages", async (c) => {
    const body = DeleteBody.safeParse(await readJson(c));
    const own = ownClient(c, deps.clients, body.success ? (body.data ?? {}) : {});
    if ("response" in own) return own.response;
    deps.controls.clearMessages(own.clientId);
    return c.body(null, 204);
  });

  routes.post("/faults", async (c) => {
    const parsed = await controlBody(c, FaultBody);
    if ("response" in parsed) return parsed.response;
    const own = ownClient(c, deps.clients, parsed.data);
    if ("response" in own) return own.response;
    if (!deps.controls.target()) return notStarted(c);
    try {
      const { mode, delayMs } = parsed.data;
      const address = await deps.controls.faultServer(own.clientId, { mode, delayMs });
      return c.json({ ...address, mode }, 201);
    } catch (error) {
      if (!(error instanceof FaultServersFull)) throw error;
      const lang = requestLang(c);
      return problem(c, 503, "sandbox-gmail-fault-servers", {
        title: gmailSandboxMessages.text(lang, "fault-ports.title"),
        detail: gmailSandboxMessages.text(lang, "fault-ports.detail", { max: MAX_FAULT_SERVERS }),
      });
    }
  });
  return routes;
}
