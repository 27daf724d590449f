/**
 * Practice runs against the sandbox. The backend picks the scenario's world client (GET
 * /sandbox/google/world, in process) with its secret and account, so the browser never sees sandbox
 * secrets; it also drives the sandbox's controls when a scenario needs them (a token-endpoint time-out,
 * the clock moved past Testing's 7 days) and reads where the Gmail emulator listens.
 */
import { randomBytes } from "node:crypto";
import type { Hono } from "hono";
import { type ClientJson, parseClientJson } from "../../src/core/client-json/client-json.ts";
import type { WorldListing } from "../sandbox/world.ts";
import type { ConsoleFacts, Scenario, SmtpTarget } from "./model.ts";
import { CALLBACK_PATH } from "./oauth-client.ts";

/** What the live routes need from the sandbox: its HTTP app as mounted at /sandbox. */
export interface LiveSandbox {
  routes: Pick<Hono, "request">;
}

const TESTER = "odoo.tester@gmail.com";
const OUTSIDER = "not.a.tester@gmail.com";

const SETUP: Record<Scenario, { client: string; account: string; wrongSecret?: boolean }> = {
  healthy: { client: "healthy", account: TESTER },
  "desktop-app": { client: "desktop-app", account: TESTER },
  "production-unverified": { client: "production-unverified", account: TESTER },
  "missing-test-user": { client: "missing-test-user", account: OUTSIDER },
  "internal-only": { client: "internal-only", account: TESTER },
  "deleted-client": { client: "deleted-client", account: TESTER },
  "wrong-secret": { client: "healthy", account: TESTER, wrongSecret: true },
  "no-mail-scope": { client: "healthy", account: TESTER },
  "day-7-expiry": { client: "testing", account: TESTER },
  "google-timeout": { client: "healthy", account: TESTER },
};

/** Days the clock moves in the day-7-expiry scenario, between the token and the refresh step. */
export const EXPIRY_DAYS = 8;

export interface PracticeClient {
  clientId: string;
  clientSecret: string;
  clientJson: ClientJson;
  email: string;
  odooRedirectUri: string;
  facts: ConsoleFacts;
}

async function call(sandbox: LiveSandbox, path: string, body?: object): Promise<Response> {
  const init: RequestInit = body
    ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }
    : {};
  const res = await sandbox.routes.request(path, init);
  if (!res.ok) throw new Error(`The sandbox answered ${res.status} on ${path}.`);
  return res;
}

export async function resolvePractice(sandbox: LiveSandbox, scenario: Scenario): Promise<PracticeClient> {
  const setup = SETUP[scenario];
  const world = (await (await call(sandbox, "/google/world")).json()) as WorldListing;
  const client = world.clients.find((c) => c.name === setup.client);
  if (!client) throw new Error(`The sandbox world has no client ${setup.client}.`);
  const odooRedirectUri =
    world.clients.flatMap((c) => c.redirect_uris).find((uri) => /^https:/.test(uri) && !uri.endsWith(CALLBACK_PATH)) ??
    "";
  const clientSecret = setup.wrongSecret ? `GOCSPX-${randomBytes(21).toString("base64url")}` : client.client_secret;
  const parsed = parseClientJson({
    [client.type]: {
      client_id: client.client_id,
      client_secret: client.client_secret,
      redirect_uris: client.redirect_uris,
    },
  });
  if (!parsed.ok) throw new Error("The sandbox client does not read as a client JSON.");
  return {
    clientId: client.client_id,
    clientSecret,
    clientJson: parsed.client,
    email: setup.account,
    odooRedirectUri,
    facts: {
      publishingStatus: client.publishing_status === "testing" ? "testing" : "production",
      userType: client.user_type,
      verified: client.verified,
      testUsers: client.test_users,
    },
  };
}

/**
 * The sandbox's token endpoint holds its answer (until the client gives up) to the exchange of this
 * code only, so other runs on the same sandbox are not touched.
 */
export async function armTokenTimeout(sandbox: LiveSandbox, code: string): Promise<void> {
  await call(sandbox, "/google/faults", { endpoint: "token", mode: "timeout", count: 1, match: { code } });
}

/** Moves the sandbox time of this run's client only, so other runs' tokens do not age. */
export async function advanceSandboxClock(sandbox: LiveSandbox, days: number, clientId: string): Promise<void> {
  await call(sandbox, "/google/clock", { advanceDays: days, client: clientId });
}

/** Where the Gmail emulator listens and the CA that signed its certificate. */
export async function sandboxSmtpTarget(sandbox: LiveSandbox): Promise<SmtpTarget> {
  const config = (await (await call(sandbox, "/gmail/config")).json()) as { host: string; port: number; ca: string };
  return { host: config.host, port: config.port, ca: config.ca };
}
