/**
 * Test controls that exist only in the sandbox: GET /world (scenario clients and accounts), POST /clock
 * (advance sandbox time, e.g. to day 7), GET|POST /faults (the next N calls of an endpoint time out,
 * fail or are slow) and POST /app-access (a Workspace admin blocks or unblocks a client). Bodies are
 * validated with zod; a bad body is a 400 problem+json in the caller's language.
 */
import { type Context, Hono } from "hono";
import { z } from "zod";
import { problem, requestLang } from "../../problem.ts";
import { DAY_MS } from "../clock.ts";
import type { SandboxClock } from "../contracts.ts";
import { FAULT_MODES, type Faults, HOLD_LIMIT_MS } from "../faults.ts";
import type { SandboxWorld } from "../world.ts";
import { FAULT_ENDPOINTS, type FaultEndpoint, GOOGLE_PATHS } from "./paths.ts";
import { text } from "./text.ts";

interface Deps {
  world: SandboxWorld;
  clock: SandboxClock;
  faults: Faults<FaultEndpoint>;
}

/** `client`: a world client's name or ID, to move that client's time only. */
const clockClient = z.string().min(1).max(200).optional();
const ClockBody = z.union([
  z.strictObject({
    advanceMs: z
      .number()
      .int()
      .min(0)
      .max(400 * DAY_MS),
    client: clockClient,
  }),
  z.strictObject({ advanceDays: z.number().min(0).max(400), client: clockClient }),
]);

const FaultBody = z.strictObject({
  endpoint: z.enum(FAULT_ENDPOINTS),
  mode: z.enum(FAULT_MODES),
  count: z.number().int().min(0).max(1000).default(1),
  delayMs: z.number().int().min(0).max(HOLD_LIMIT_MS).optional(),
  /** Only calls carrying these form fields (a practice run limits its fault to its own code). */
  match: z
    .strictObject({
      code: z.string().min(1).max(512).optional(),
      client_id: z.string().min(1).max(256).optional(),
      refresh_token: z.string().min(1).max(1024).optional(),
    })
    .optional(),
});

const AppAccessBody = z.strictObject({
  org: z.string().min(1).max(253),
  client: z.string().min(1).max(100),
  blocked: z.boolean(),
});

/** The parsed JSON body, or a 400 problem naming the fields to check. */
async function parse<T>(c: Context, schema: z.ZodType<T>): Promise<{ data: T } | { response: Response }> {
  const json: unknown = await c.req.json().catch(() => undefined);
  const result = schema.safeParse(json);
  if (result.success) return { data: result.data };
  const fields = [...new Set(result.error.issues.map((issue) => issue.path.join(".") || "body"))].join(", ");
  const lang = requestLang(c);
  return {
    response: problem(c, 400, "sandbox-bad-body", {
      title: text(lang, "problem.bad-body.title"),
      detail: text(lang, "problem.bad-body.detail", { fields }),
    }),
  };
}

export function controlRoutes(deps: Deps): Hono {
  const { world, clock, faults } = deps;
  const routes = new Hono();

  routes.get(GOOGLE_PATHS.world, (c) => c.json(world.listing(), 200, { "cache-control": "no-store" }));

  routes.post(GOOGLE_PATHS.clock, async (c) => {
    const parsed = await parse(c, ClockBody);
    if ("response" in parsed) return parsed.response;
    const ms = "advanceMs" in parsed.data ? parsed.data.advanceMs : parsed.data.advanceDays * DAY_MS;
    const name = parsed.data.client;
    if (name === undefined) {
      clock.advance(ms);
      return c.json({ now: clock.now() }, 200, { "cache-control": "no-store" });
    }
    const client = world.clientByName(name) ?? world.clientById(name);
    if (!client) {
      const lang = requestLang(c);
      return problem(c, 404, "sandbox-unknown-client", {
        title: text(lang, "problem.unknown-client.title"),
        detail: text(lang, "problem.unknown-client.detail", { name: name.slice(0, 100) }),
      });
    }
    clock.advance(ms, client.clientId);
    return c.json({ now: clock.now(client.clientId), client: client.name }, 200, { "cache-control": "no-store" });
  });

  routes.get(GOOGLE_PATHS.faults, (c) => c.json({ faults: faults.pending() }, 200, { "cache-control": "no-store" }));

  routes.post(GOOGLE_PATHS.faults, async (c) => {
    const parsed = await parse(c, FaultBody);
    if ("response" in parsed) return parsed.response;
    const { endpoint, mode, count, delayMs, match } = parsed.data;
    const fields = Object.fromEntries(
      Object.entries(match ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    faults.set(endpoint, { mode, count, delayMs, match: fields });
    return c.json({ faults: faults.pending() }, 200, { "cache-control": "no-store" });
  });

  routes.post(GOOGLE_PATHS.appAccess, async (c) => {
    const parsed = await parse(c, AppAccessBody);
    if ("response" in parsed) return parsed.response;
    const lang = requestLang(c);
    const org = world.org(parsed.data.org);
    if (!org) {
      return problem(c, 404, "sandbox-unknown-org", {
        title: text(lang, "problem.unknown-org.title"),
        detail: text(lang, "problem.unknown-org.detail", { name: parsed.data.org.slice(0, 100) }),
      });
    }
    const client = world.clientByName(parsed.data.client);
    if (!client) {
      return problem(c, 404, "sandbox-unknown-client", {
        title: text(lang, "problem.unknown-client.title"),
        detail: text(lang, "problem.unknown-client.detail", { name: parsed.data.client }),
      });
    }
    if (parsed.data.blocked) org.blockedClientIds.add(client.clientId);
    else org.blockedClientIds.delete(client.clientId);
    const blocked = world.clients.filter((x) => org.blockedClientIds.has(x.clientId)).map((x) => x.name);
    return c.json({ org: org.domain, blocked }, 200, { "cache-control": "no-store" });
  });

  return routes;
}
