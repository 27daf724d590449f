/**
 * The Gmail SMTP emulator of the sandbox: an SMTP server that answers like smtp.gmail.com:587
 * (STARTTLS with a certificate from a CA made at start, XOAUTH2 for live sandbox access tokens with
 * https://mail.google.com/, Gmail's exact reply lines) and keeps what it accepts in memory. Its HTTP
 * routes are mounted at /sandbox/gmail. It depends on the Google emulator only through contracts.ts.
 */
import type { AddressInfo } from "node:net";
import type { Hono } from "hono";
import type { AccessTokenVerifier, SandboxAccount, SandboxClock } from "../contracts.ts";
import { certificateHosts, clientHost } from "./addresses.ts";
import { createSandboxCertificates, type SandboxCertificates } from "./certificates.ts";
import type { GmailSmtpServer } from "./gmail-dialect.ts";
import { createMailbox } from "./mailbox.ts";
import { gmailSandboxRoutes } from "./routes.ts";
import { createGmailSmtpServer } from "./smtp.ts";

export type { AcceptedMessage } from "./mailbox.ts";
export type { GmailSandboxConfig } from "./routes.ts";

export interface GmailSandboxOptions {
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
  /** Port to listen on; 0 = any free port. */
  port: number;
  verifier: AccessTokenVerifier;
  accounts: () => SandboxAccount[];
  clock: SandboxClock;
}

export interface GmailSandboxAddress {
  /** Where a client on this machine connects (a wildcard listen address becomes loopback). */
  host: string;
  port: number;
}

export interface GmailSandbox {
  /** Mount at /sandbox/gmail: GET /config, GET /messages, DELETE /messages. */
  routes: Hono;
  /** Makes the certificates (first start only) and listens; resolves with the address. */
  start(): Promise<GmailSandboxAddress>;
  /** Stops listening; open sessions get at most a second to finish. */
  stop(): Promise<void>;
  /** The CA certificate clients trust, PEM. Throws before the first start. */
  ca(): string;
}

export function createGmailSandbox(options: GmailSandboxOptions): GmailSandbox {
  const listenHost = options.host ?? "127.0.0.1";
  const mailbox = createMailbox();
  let certificates: SandboxCertificates | undefined;
  let running: Running | undefined;

  const routes = gmailSandboxRoutes({
    config: () => (running?.listening && certificates ? { ...running.listening, ca: certificates.caPem } : undefined),
    mailbox,
  });

  return {
    routes,
    start() {
      if (running) return running.address;
      certificates ??= createSandboxCertificates({ hosts: certificateHosts(listenHost) });
      const server = createGmailSmtpServer({ ...options, certificates, mailbox });
      const started: Running = { server, address: listen(server, listenHost, options.port) };
      running = started;
      started.address.then(
        (address) => {
          started.listening = address;
        },
        () => {
          if (running === started) running = undefined;
        },
      );
      return started.address;
    },
    async stop() {
      const current = running;
      if (!current) return;
      running = undefined;
      await current.address.catch(() => undefined);
      await new Promise<void>((resolve) => current.server.close(() => resolve()));
    },
    ca() {
      if (!certificates) throw new Error("The Gmail sandbox has not started yet.");
      return certificates.caPem;
    },
  };
}

interface Running {
  server: GmailSmtpServer;
  address: Promise<GmailSandboxAddress>;
  /** Set once listening. */
  listening?: GmailSandboxAddress;
}

async function listen(server: GmailSmtpServer, host: string, port: number): Promise<GmailSandboxAddress> {
  const bound = await new Promise<AddressInfo>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.server.address() as AddressInfo);
    });
  });
  // Failed connections end up here too; only their kind is logged, never a command or a message.
  server.on("error", (error: Error & { code?: string; report?: boolean }) => {
    if (error.report !== false) console.error(`[sandbox:gmail] SMTP: ${error.code ?? error.name}`);
  });
  return { host: clientHost(host), port: bound.port };
}
