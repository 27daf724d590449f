/**
 * Practice runs against the sandbox, driven through the sandbox's typed controls: in process (no HTTP,
 * so no Origin to fake), or over a separate sandbox process's authenticated control API (SANDBOX_URL).
 * Each run gets its own copy of the scenario's world client (new ID and secret,
 * picked in process, so the browser never sees a sandbox secret), which is what lets every control act
 * on that run alone: a token-endpoint time-out for its own code, its own grant made a week old, its own
 * faulty SMTP server. Time scenarios never move a clock: Google's side refuses, as it would for real.
 */
import { randomBytes } from "node:crypto";
import { type ClientJson, parseClientJson } from "../../src/core/client-json/client-json.ts";
import { DAY_MS } from "../sandbox/clock.ts";
import type { SmtpFaultMode } from "../sandbox/gmail/smtp-faults.ts";
import { PRACTICE_BASE_PATH, practiceOdooRedirectUri } from "../sandbox/odoo/practice.ts";
import type { ScenarioName } from "../sandbox/world.ts";
import type { ConsoleFacts, Scenario, SmtpTarget } from "./model.ts";
import type { LiveSandbox } from "./sandbox-controls.ts";

export type { LiveSandbox } from "./sandbox-controls.ts";

const TESTER = "odoo.tester@gmail.com";
const OUTSIDER = "not.a.tester@gmail.com";

interface Setup {
  client: ScenarioName;
  account: string;
  wrongSecret?: boolean;
  /** The run's own SMTP server stages this Gmail fault. */
  smtpFault?: SmtpFaultMode;
}

const SETUP: Record<Scenario, Setup> = {
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
  "smtp-try-later": { client: "healthy", account: TESTER, smtpFault: "try-later" },
  "smtp-too-many-logins": { client: "healthy", account: TESTER, smtpFault: "too-many-logins" },
  "smtp-daily-limit": { client: "healthy", account: TESTER, smtpFault: "daily-limit" },
  "smtp-slow-greeting": { client: "healthy", account: TESTER, smtpFault: "slow-greeting" },
  "smtp-dropped": { client: "healthy", account: TESTER, smtpFault: "drop" },
};

/**
 * The scope a no-mail-scope run asks beside the mail scope: with two non-sign-in scopes Google's consent
 * is granular (a checkbox each, unticked), which is how a token can come back without the mail scope.
 */
export const EXTRA_PRACTICE_SCOPE = "https://www.googleapis.com/auth/gmail.send";

/** Scopes a practice run asks beyond the live test's own. */
export function practiceScopes(scenario: Scenario | undefined): string[] {
  return scenario === "no-mail-scope" ? [EXTRA_PRACTICE_SCOPE] : [];
}

/** Days a day-7-expiry run's grant is aged by, between the token and the refresh step. */
export const EXPIRY_DAYS = 8;

export interface PracticeClient {
  clientId: string;
  clientSecret: string;
  clientJson: ClientJson;
  email: string;
  /** The emulated Odoo's practice callback on the companion's origin, and the path it is served under. */
  odooRedirectUri: string;
  odooBasePath: string;
  facts: ConsoleFacts;
  /** The run's own faulty Gmail server, for the SMTP scenarios. */
  smtp?: SmtpTarget;
  /** The fault that server stages. */
  smtpFault?: SmtpFaultMode;
}

/** Where the Gmail emulator listens and the CA that signed its certificate; throws until it does. */
export async function sandboxSmtpTarget(sandbox: LiveSandbox): Promise<SmtpTarget & { ca: string }> {
  const target = await sandbox.controls.target();
  if (!target) throw new Error("The Gmail sandbox is not running.");
  return target;
}

export async function resolvePractice(
  sandbox: LiveSandbox,
  scenario: Scenario,
  origin: string,
): Promise<PracticeClient> {
  const setup = SETUP[scenario];
  const client = await sandbox.controls.newClient(setup.client);
  const clientSecret = setup.wrongSecret ? `GOCSPX-${randomBytes(21).toString("base64url")}` : client.client_secret;
  const parsed = parseClientJson({
    [client.type]: {
      client_id: client.client_id,
      client_secret: client.client_secret,
      redirect_uris: client.redirect_uris,
    },
  });
  if (!parsed.ok) throw new Error("The sandbox client does not read as a client JSON.");
  const practice: PracticeClient = {
    clientId: client.client_id,
    clientSecret,
    clientJson: parsed.client,
    email: setup.account,
    // The emulated Odoo's callback the world's Web clients register (a Desktop client's run shows it fail).
    odooRedirectUri: practiceOdooRedirectUri(origin),
    odooBasePath: PRACTICE_BASE_PATH,
    facts: {
      publishingStatus: client.publishing_status === "testing" ? "testing" : "production",
      userType: client.user_type,
      verified: client.verified,
      testUsers: client.test_users,
    },
  };
  if (setup.smtpFault) {
    const { ca } = await sandboxSmtpTarget(sandbox);
    const address = await sandbox.controls.faultServer(client.client_id, { mode: setup.smtpFault });
    practice.smtp = { ...address, ca };
    practice.smtpFault = setup.smtpFault;
  }
  return practice;
}

/**
 * The sandbox's token endpoint holds its answer (until the client gives up) to this run's client's
 * exchange of this code only, so other runs on the same sandbox are not touched.
 */
export async function armTokenTimeout(sandbox: LiveSandbox, clientId: string, code: string): Promise<void> {
  await sandbox.controls.setFault(clientId, "token", { mode: "timeout", count: 1, match: { code } });
}

/** Google's side of this run's client only treats its grants as EXPIRY_DAYS old (Testing's 7 days passed). */
export async function ageTestingGrant(sandbox: LiveSandbox, clientId: string): Promise<void> {
  await sandbox.controls.ageGrants(clientId, EXPIRY_DAYS * DAY_MS);
}
