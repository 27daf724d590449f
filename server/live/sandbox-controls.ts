/**
 * What practice runs need from the sandbox, wherever it runs: the controls that act on one run's own
 * client, each answering now or later. In one process (`npm start`) they are the sandbox's own typed
 * controls, which answer at once; several instances behind a balancer point at one sandbox process
 * (SANDBOX_URL) and reach the same controls over its authenticated control API (remote-sandbox.ts).
 */

import type { PendingFault } from "../sandbox/faults.ts";
import type { SmtpFault } from "../sandbox/gmail/smtp-faults.ts";
import type { GoogleFaultSpec } from "../sandbox/google/controls.ts";
import type { FaultEndpoint } from "../sandbox/google/paths.ts";
import type { ClientListing, ScenarioName } from "../sandbox/world.ts";

export type Awaitable<T> = T | Promise<T>;

export interface SandboxSmtpTarget {
  host: string;
  port: number;
  /** The CA that signed the emulator's certificate, PEM. */
  ca: string;
}

export interface PracticeControls {
  /** A practice run's own copy of a scenario client (new ID and secret). */
  newClient(scenario: ScenarioName): Awaitable<ClientListing>;
  /** Faults on one Google endpoint for this client's calls only. */
  setFault(clientId: string, endpoint: FaultEndpoint, spec: GoogleFaultSpec): Awaitable<void>;
  faults(clientId: string): Awaitable<PendingFault<FaultEndpoint>[]>;
  /** As if `ms` had passed on Google's side for this client's grants. */
  ageGrants(clientId: string, ms: number): Awaitable<void>;
  /** Where the Gmail emulator listens and the CA to trust; undefined until it does. */
  target(): Awaitable<SandboxSmtpTarget | undefined>;
  /** A Gmail server of this client's own that stages the fault. */
  faultServer(clientId: string, fault: SmtpFault): Promise<{ host: string; port: number }>;
  /** Forgets the messages sent with this client's tokens; returns how many. */
  clearMessages(clientId: string): Awaitable<number>;
}

/** What the live routes need from the sandbox. */
export interface LiveSandbox {
  controls: PracticeControls;
  /**
   * The origin of a sandbox in another process (SANDBOX_URL): its Google endpoints and pages live
   * there. Undefined when the sandbox is mounted in this process, under the companion's own origin.
   */
  origin?: string | undefined;
}
