/**
 * The sandbox: the Google OAuth emulator (HTTP, under /sandbox/google) and the Gmail SMTP emulator
 * (its own port, controls under /sandbox/gmail), sharing one clock and one token store. Created only
 * when SANDBOX is not "off"; server/start.ts imports this module lazily so "off" costs nothing.
 * `controls` is the typed, in-process face of the sandbox's controls: the live test's practice runs
 * drive the sandbox through it rather than through HTTP.
 */
import { Hono } from "hono";
import type { OriginPolicy } from "../http/origin-policy.ts";
import type { SandboxClock } from "./contracts.ts";
import { createGmailSandbox, type GmailControls, type GmailSandbox } from "./gmail/index.ts";
import { createGoogleSandbox, createSandboxClock, type GoogleControls, type GoogleSandbox } from "./google/index.ts";
import { createOdooSandbox, type OdooSandbox, type OdooWorldInstance } from "./odoo/index.ts";

export interface SandboxOptions {
  /** The sandbox's own public origin (its pages and endpoints); in one process, the companion's. */
  baseUrl: () => string;
  /**
   * The companion's public origin (redirect URIs of the scenario clients, the controls' Origin) when
   * the sandbox runs in a process of its own; by default `baseUrl`.
   */
  companionUrl?: () => string;
  smtpHost?: string;
  /** SMTP port; 0 = any free port. */
  smtpPort: number;
  /** The server's origin policy, so the controls accept the same Origin as the API's POSTs. */
  origin?: OriginPolicy;
}

/** Every control of both emulators, each acting on one practice run's own client. */
export type SandboxControls = GoogleControls & GmailControls;

export interface Sandbox {
  /** Mount at /sandbox. */
  routes: Hono;
  google: GoogleSandbox;
  gmail: GmailSandbox;
  odoo: OdooSandbox;
  clock: SandboxClock;
  controls: SandboxControls;
  /** Starts the SMTP emulator and the emulated Odoo instances; resolves with the SMTP address. */
  start(): Promise<{ host: string; port: number }>;
  /** The emulated Odoo instances (once started). */
  odooInstances(): OdooWorldInstance[];
  stop(): Promise<void>;
}

export function createSandbox(options: SandboxOptions): Sandbox {
  const clock = createSandboxClock();
  let odoo: OdooSandbox | undefined;
  const companionUrl = options.companionUrl ?? options.baseUrl;
  const google = createGoogleSandbox({
    clock,
    baseUrl: options.baseUrl,
    companionUrl,
    extraRedirectUris: () => odoo?.redirectUris() ?? [],
    ...(options.origin ? { origin: options.origin } : {}),
  });
  odoo = createOdooSandbox({
    google: google.routes,
    baseUrl: options.baseUrl,
    companionUrl,
    client: () => {
      const healthy = google.world.clientByName("healthy");
      return { clientId: healthy?.clientId ?? "", clientSecret: healthy?.clientSecret ?? "" };
    },
  });
  const emulatedOdoo = odoo;
  const gmail = createGmailSandbox({
    host: options.smtpHost ?? "127.0.0.1",
    port: options.smtpPort,
    verifier: google.tokens,
    accounts: () => [...google.accounts],
    clock,
    clients: google.clients,
    baseUrl: companionUrl,
    ...(options.origin ? { origin: options.origin } : {}),
  });
  const routes = new Hono();
  routes.route("/google", google.routes);
  routes.route("/gmail", gmail.routes);
  routes.route("/odoo", emulatedOdoo.routes);
  return {
    routes,
    google,
    gmail,
    clock,
    odoo: emulatedOdoo,
    controls: { ...google.controls, ...gmail.controls },
    async start() {
      const address = await gmail.start();
      await emulatedOdoo.start();
      return address;
    },
    odooInstances: () => emulatedOdoo.world(),
    async stop() {
      google.close();
      await Promise.all([gmail.stop(), emulatedOdoo.stop()]);
    },
  };
}
