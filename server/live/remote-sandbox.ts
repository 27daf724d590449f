/**
 * A sandbox in a process of its own (SANDBOX_URL): every companion instance behind a balancer points
 * at the same one, as they would all point at the one Google and the one Gmail. Practice runs reach
 * its controls over its control API (server/sandbox/control-api.ts) with the shared control key; the
 * browser and google-auth-library reach its Google pages and endpoints at its origin; nodemailer
 * reaches its Gmail emulator at the host, port and CA it reports. Each call has a time limit; any
 * failure is a RemoteSandboxError that names only the kind (never the key, a client secret or a body),
 * which the live routes turn into 503 sandbox-unavailable and the engine into a failed step.
 */
import { SANDBOX_CONTROL_PATH } from "../sandbox/contracts.ts";
import type { PendingFault } from "../sandbox/faults.ts";
import type { SmtpFault } from "../sandbox/gmail/smtp-faults.ts";
import type { GoogleFaultSpec } from "../sandbox/google/controls.ts";
import type { FaultEndpoint } from "../sandbox/google/paths.ts";
import type { ClientListing, ScenarioName } from "../sandbox/world.ts";
import type { LiveSandbox, PracticeControls, SandboxSmtpTarget } from "./sandbox-controls.ts";

export const REMOTE_SANDBOX_TIMEOUT_MS = 5_000;

export class RemoteSandboxError extends Error {
  override readonly name = "RemoteSandboxError";
  /** HTTP status of the sandbox's answer, or 0 when it could not be reached in time. */
  readonly status: number;
  /** What failed, without contents: "HTTP 401", "TimeoutError", "not JSON"… */
  readonly kind: string;
  constructor(status: number, kind: string) {
    super(`The sandbox's control API failed (${kind}).`);
    this.status = status;
    this.kind = kind;
  }
}

export interface RemoteSandboxOptions {
  /** The sandbox process's origin, e.g. http://127.0.0.1:8788. */
  url: string;
  /** SANDBOX_CONTROL_KEY. */
  key: string;
  timeoutMs?: number;
  /** For tests: another fetch (e.g. a Hono app's). */
  fetch?: typeof fetch;
}

export function createRemoteSandbox(options: RemoteSandboxOptions): LiveSandbox {
  const origin = options.url.replace(/\/+$/, "");
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? REMOTE_SANDBOX_TIMEOUT_MS;

  /** One control call; resolves with the JSON answer (undefined for 204). */
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await send(`${origin}${SANDBOX_CONTROL_PATH}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${options.key}`,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "error",
      });
    } catch (error) {
      throw new RemoteSandboxError(0, (error as Error)?.name ?? "network");
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new RemoteSandboxError(res.status, `HTTP ${res.status}`);
    }
    if (res.status === 204) return undefined as T;
    try {
      return (await res.json()) as T;
    } catch {
      throw new RemoteSandboxError(res.status, "not JSON");
    }
  }
  const query = (clientId: string) => `?client_id=${encodeURIComponent(clientId)}`;

  const controls: PracticeControls = {
    newClient: (scenario: ScenarioName) => call<ClientListing>("POST", "/clients", { scenario }),
    setFault: (clientId: string, endpoint: FaultEndpoint, spec: GoogleFaultSpec) =>
      call<void>("POST", "/faults", { client_id: clientId, endpoint, ...spec }),
    faults: async (clientId: string) =>
      (await call<{ faults: PendingFault<FaultEndpoint>[] }>("GET", `/faults${query(clientId)}`)).faults,
    ageGrants: (clientId: string, ms: number) => call<void>("POST", "/age", { client_id: clientId, ms }),
    async target() {
      try {
        return await call<SandboxSmtpTarget>("GET", "/smtp");
      } catch (error) {
        if (error instanceof RemoteSandboxError && error.status === 503) return undefined;
        throw error;
      }
    },
    faultServer: (clientId: string, fault: SmtpFault) =>
      call<{ host: string; port: number }>("POST", "/smtp-faults", { client_id: clientId, ...fault }),
    clearMessages: async (clientId: string) =>
      (await call<{ cleared: number }>("DELETE", `/messages${query(clientId)}`)).cleared,
  };
  return { controls, origin };
}
