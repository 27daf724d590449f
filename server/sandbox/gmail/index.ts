/**
 * The Gmail SMTP emulator of the sandbox: an SMTP server that answers like smtp.gmail.com:587
 * (STARTTLS with a certificate from a CA made at start, XOAUTH2 for live sandbox access tokens with
 * https://mail.google.com/, Gmail's exact reply lines) and keeps what it accepts in memory. A practice
 * run that rehearses an SMTP failure gets its own faulty server on another port (fault-servers.ts), so
 * nobody else's session meets the fault. Its HTTP routes are mounted at /sandbox/gmail. It depends on
 * the Google emulator only through contracts.ts.
 */
import type { AddressInfo } from "node:net";
import type { Hono } from "hono";
import type { OriginPolicy } from "../../http/origin-policy.ts";
import type { AccessTokenVerifier, ClientChecker, SandboxAccount, SandboxClock } from "../contracts.ts";
import { certificateHosts, clientHost } from "./addresses.ts";
import { createSandboxCertificates, type SandboxCertificates } from "./certificates.ts";
import { createFaultServers, type FaultServers } from "./fault-servers.ts";
import type { GmailSmtpServer } from "./gmail-dialect.ts";
import { createMailbox } from "./mailbox.ts";
import { gmailSandboxRoutes } from "./routes.ts";
import { createGmailSmtpServer } from "./smtp.ts";
import type { SmtpFault } from "./smtp-faults.ts";

export type { AcceptedMessage } from "./mailbox.ts";
export type { GmailSandboxConfig } from "./routes.ts";
export { SMTP_FAULT_MODES, type SmtpFault, type SmtpFaultMode } from "./smtp-faults.ts";

export interface GmailSandboxOptions {
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
  /** Port to listen on; 0 = any free port. */
  port: number;
  verifier: AccessTokenVerifier;
  accounts: () => SandboxAccount[];
  clock: SandboxClock;
  /** Which client ID and secret pairs may drive the controls (a practice run's own clients). */
  clients: ClientChecker;
  /** The companion's public origin: state-changing controls need it as their Origin. */
  baseUrl: () => string;
  /** Which Origin the controls accept besides `baseUrl()` (the server's policy). */
  origin?: OriginPolicy;
}

export interface GmailSandboxAddress {
  /** Where a client on this machine connects (a wildcard listen address becomes loopback). */
  host: string;
  port: number;
}

/** The Gmail emulator's controls, in process (the live test's practice runs use these, not HTTP). */
export interface GmailControls {
  /** Where the emulator listens and the CA to trust, once it does. */
  target(): { host: string; port: number; ca: string } | undefined;
  /** A server of this client's own that stages the fault; replaces the client's previous one. */
  faultServer(clientId: string, fault: SmtpFault): Promise<GmailSandboxAddress>;
  /** Forgets the messages sent with this client's tokens; returns how many. */
  clearMessages(clientId: string): number;
}

export interface GmailSandbox {
  /** Mount at /sandbox/gmail: GET /config, GET|DELETE /messages, POST /faults. */
  routes: Hono;
  controls: GmailControls;
  /** Makes the certificates (first start only) and listens; resolves with the address. */
  start(): Promise<GmailSandboxAddress>;
  /** Stops listening (fault servers too); open sessions get at most a second to finish. */
  stop(): Promise<void>;
  /** The CA certificate clients trust, PEM. Throws before the first start. */
  ca(): string;
}

export function createGmailSandbox(options: GmailSandboxOptions): GmailSandbox {
  const listenHost = options.host ?? "127.0.0.1";
  const mailbox = createMailbox();
  const holds = new Set<() => void>();
  let certificates: SandboxCertificates | undefined;
  let running: Running | undefined;

  const serverWith = (fault?: SmtpFault) => {
    if (!certificates) throw new Error("The Gmail sandbox has not started yet.");
    return createGmailSmtpServer({ ...options, certificates, mailbox, fault, holds });
  };
  const faultServers: FaultServers = createFaultServers({
    open: async (fault) => {
      const server = serverWith(fault);
      return { address: await listen(server, listenHost, 0), close: () => closeServer(server) };
    },
  });

  const controls: GmailControls = {
    target: () => (running?.listening && certificates ? { ...running.listening, ca: certificates.caPem } : undefined),
    faultServer: (clientId, fault) => faultServers.open(clientId, fault),
    clearMessages: (clientId) => mailbox.clear(clientId),
  };

  const routes = gmailSandboxRoutes({
    controls,
    mailbox,
    clients: options.clients,
    baseUrl: options.baseUrl,
    origin: options.origin,
  });

  return {
    routes,
    controls,
    start() {
      if (running) return running.address;
      certificates ??= createSandboxCertificates({ hosts: certificateHosts(listenHost) });
      const server = serverWith();
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
      for (const release of [...holds]) release();
      await faultServers.closeAll();
      const current = running;
      if (!current) return;
      running = undefined;
      await current.address.catch(() => undefined);
      await closeServer(current.server);
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

function closeServer(server: GmailSmtpServer): Promise<void> {
  return new Promise<void>((resolve) => server.close(() => resolve()));
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
