/**
 * The sandbox: the Google OAuth emulator (HTTP, under /sandbox/google) and the Gmail SMTP emulator
 * (its own port, controls under /sandbox/gmail), sharing one clock and one token store. Created only
 * when SANDBOX is not "off"; server/start.ts imports this module lazily so "off" costs nothing.
 */
import { Hono } from "hono";
import type { SandboxClock } from "./contracts.ts";
import { createGmailSandbox, type GmailSandbox } from "./gmail/index.ts";
import { createGoogleSandbox, createSandboxClock, type GoogleSandbox } from "./google/index.ts";

export interface SandboxOptions {
  /** The companion's public origin (redirect URIs of the scenario clients). */
  baseUrl: () => string;
  smtpHost?: string;
  /** SMTP port; 0 = any free port. */
  smtpPort: number;
}

export interface Sandbox {
  /** Mount at /sandbox. */
  routes: Hono;
  google: GoogleSandbox;
  gmail: GmailSandbox;
  clock: SandboxClock;
  /** Starts the SMTP emulator; resolves with its address. */
  start(): Promise<{ host: string; port: number }>;
  stop(): Promise<void>;
}

export function createSandbox(options: SandboxOptions): Sandbox {
  const clock = createSandboxClock();
  const google = createGoogleSandbox({ clock, baseUrl: options.baseUrl });
  const gmail = createGmailSandbox({
    host: options.smtpHost ?? "127.0.0.1",
    port: options.smtpPort,
    verifier: google.tokens,
    accounts: () => [...google.accounts],
    clock,
  });
  const routes = new Hono();
  routes.route("/google", google.routes);
  routes.route("/gmail", gmail.routes);
  return {
    routes,
    google,
    gmail,
    clock,
    start: () => gmail.start(),
    async stop() {
      google.close();
      await gmail.stop();
    },
  };
}
