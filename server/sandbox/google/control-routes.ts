/**
 * The Google emulator's sandbox-only controls over HTTP: GET /world (the scenario clients and
 * accounts), POST /clients (a practice run's own client), POST /age (its grants made older: Testing's
 * 7 days reached without moving a clock its clients cannot see), GET|POST /faults (its next calls of
 * an endpoint time out, fail or are slow) and POST /app-access (an organization's admin blocks it).
 * State-changing requests need the companion's own Origin; every control but /clients needs that
 * client's ID and secret and acts on it alone (control-guard.ts). Bodies are JSON validated with zod.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { OriginPolicy } from "../../http/origin-policy.ts";
import { problem, requestLang } from "../../problem.ts";
import { DAY_MS } from "../clock.ts";
import type { ClientChecker } from "../contracts.ts";
import { ClientFields, controlBody, ownClient, ownOrigin } from "../control-guard.ts";
import { FAULT_MODES, HOLD_LIMIT_MS } from "../faults.ts";
import { type SandboxWorld, SCENARIO_NAMES } from "../world.ts";
import type { GoogleControls } from "./controls.ts";
import { FAULT_ENDPOINTS, GOOGLE_PATHS } from "./paths.ts";
import { text } from "./text.ts";

interface Deps {
  world: SandboxWorld;
  controls: GoogleControls;
  clients: ClientChecker;
  baseUrl: () => string;
  origin?: OriginPolicy | undefined;
}

const NewClientBody = z.strictObject({ scenario: z.enum(SCENARIO_NAMES) });

const AgeBody = z.union([
  z.strictObject({
    ms: z
      .number()
      .int()
      .min(0)
      .max(400 * DAY_MS),
    ...ClientFields,
  }),
  z.strictObject({ days: z.number().min(0).max(400), ...ClientFields }),
]);

/** A Google endpoint fault as a control asks for it (this one and the control API's, control-api.ts). */
export const FaultFields = {
  endpoint: z.enum(FAULT_ENDPOINTS),
  mode: z.enum(FAULT_MODES),
  count: z.number().int().min(0).max(1000).default(1),
  delayMs: z.number().int().min(0).max(HOLD_LIMIT_MS).optional(),
  /** Only calls carrying this code or refresh token (on top of the client). */
  match: z
    .strictObject({
      code: z.string().min(1).max(512).optional(),
      refresh_token: z.string().min(1).max(1024).optional(),
    })
    .optional(),
};

const FaultBody = z.strictObject({ ...FaultFields, ...ClientFields });

const AppAccessBody = z.strictObject({ org: z.string().min(1).max(253), blocked: z.boolean(), ...ClientFields });

const NO_STORE = { "cache-control": "no-store" };

export function controlRoutes(deps: Deps): Hono {
  const { world, controls, clients } = deps;
  const routes = new Hono();
  // Per route, not routes.use("*"): mounted at "/", a wildcard middleware would cover every emulator route.
  const sameSite = ownOrigin(deps.baseUrl, deps.origin);

  routes.get(GOOGLE_PATHS.world, (c) => c.json(world.listing(), 200, NO_STORE));

  routes.post(GOOGLE_PATHS.clients, sameSite, async (c) => {
    const parsed = await controlBody(c, NewClientBody);
    if ("response" in parsed) return parsed.response;
    return c.json(controls.newClient(parsed.data.scenario), 201, NO_STORE);
  });

  routes.post(GOOGLE_PATHS.age, sameSite, async (c) => {
    const parsed = await controlBody(c, AgeBody);
    if ("response" in parsed) return parsed.response;
    const own = ownClient(c, clients, parsed.data);
    if ("response" in own) return own.response;
    const ms = "ms" in parsed.data ? parsed.data.ms : Math.round(parsed.data.days * DAY_MS);
    controls.ageGrants(own.clientId, ms);
    return c.json({ client_id: own.clientId, agedMs: ms }, 200, NO_STORE);
  });

  routes.get(GOOGLE_PATHS.faults, (c) => {
    const own = ownClient(c, clients);
    if ("response" in own) return own.response;
    return c.json({ faults: controls.faults(own.clientId) }, 200, NO_STORE);
  });

  routes.post(GOOGLE_PATHS.faults, sameSite, async (c) => {
    const parsed = await controlBody(c, FaultBody);
    if ("response" in parsed) return parsed.response;
    const own = ownClient(c, clients, parsed.data);
    if ("response" in own) return own.response;
    const { endpoint, mode, count, delayMs, match } = parsed.data;
    controls.setFault(own.clientId, endpoint, { mode, count, delayMs, match });
    return c.json({ faults: controls.faults(own.clientId) }, 200, NO_STORE);
  });

  routes.post(GOOGLE_PATHS.appAccess, sameSite, async (c) => {
    const parsed = await controlBody(c, AppAccessBody);
    if ("response" in parsed) return parsed.response;
    const own = ownClient(c, clients, parsed.data);
    if ("response" in own) return own.response;
    const { org, blocked } = parsed.data;
    if (!controls.setAppAccess(own.clientId, org, blocked)) {
      const lang = requestLang(c);
      return problem(c, 404, "sandbox-unknown-org", {
        title: text(lang, "problem.unknown-org.title"),
        detail: text(lang, "problem.unknown-org.detail", { name: org.slice(0, 100) }),
      });
    }
    return c.json({ org, client_id: own.clientId, blocked }, 200, NO_STORE);
  });

  return routes;
}
