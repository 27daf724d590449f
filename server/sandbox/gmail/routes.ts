/**
 * The Gmail sandbox's HTTP controls, mounted at /sandbox/gmail: GET /config tells a client where the
 * SMTP server listens and which CA to trust; GET /messages lists what it accepted; DELETE /messages
 * empties that list (for tests). Nothing here is cached.
 */
import { Hono } from "hono";
import { problem, requestLang } from "../../problem.ts";
import type { Mailbox } from "./mailbox.ts";
import { gmailSandboxMessages } from "./messages.ts";

export interface GmailSandboxConfig {
  host: string;
  port: number;
  /** The CA that signed the server certificate, PEM. */
  ca: string;
}

export function gmailSandboxRoutes(deps: { config: () => GmailSandboxConfig | undefined; mailbox: Mailbox }): Hono {
  const routes = new Hono();
  routes.use("*", async (c, next) => {
    await next();
    c.header("cache-control", "no-store");
  });
  routes.get("/config", (c) => {
    const config = deps.config();
    if (config) return c.json(config);
    const messages = gmailSandboxMessages[requestLang(c)];
    return problem(c, 503, "sandbox-gmail-not-started", {
      title: messages["not-started.title"],
      detail: messages["not-started.detail"],
    });
  });
  routes.get("/messages", (c) => c.json({ messages: deps.mailbox.list() }));
  routes.delete("/messages", (c) => {
    deps.mailbox.clear();
    return c.body(null, 204);
  });
  return routes;
}
