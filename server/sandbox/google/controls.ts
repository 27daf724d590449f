/**
 * The Google emulator's controls as a typed, in-process interface: the live test's practice runs call
 * these directly (no HTTP, so no Origin), and the HTTP controls (control-routes.ts) call them after
 * checking the caller. Every control acts on one minted client — one practice run — and nothing else:
 * its faults match only calls of that client, aging touches only its grants, an admin block only it.
 */
import type { FaultMode, Faults, PendingFault } from "../faults.ts";
import type { ClientListing, SandboxWorld, ScenarioName } from "../world.ts";
import type { FaultEndpoint } from "./paths.ts";
import type { TokenStore } from "./token-store.ts";

export interface GoogleFaultSpec {
  mode: FaultMode;
  /** How many upcoming calls fail (default 1; 0 clears). */
  count?: number | undefined;
  delayMs?: number | undefined;
  /** Narrows the fault further to calls carrying this code or refresh token. */
  match?: { code?: string | undefined; refresh_token?: string | undefined } | undefined;
}

export interface GoogleControls {
  /** A practice run's own copy of a scenario client (new ID and secret, same settings). */
  newClient(scenario: ScenarioName): ClientListing;
  /** Faults on one endpoint for this client's calls only. */
  setFault(clientId: string, endpoint: FaultEndpoint, spec: GoogleFaultSpec): void;
  faults(clientId: string): PendingFault<FaultEndpoint>[];
  /** As if `ms` had passed on Google's side for this client's grants (Testing's 7 days, six months…). */
  ageGrants(clientId: string, ms: number): void;
  /** The organization's admin blocks (or unblocks) this client; false when there is no such organization. */
  setAppAccess(clientId: string, org: string, blocked: boolean): boolean;
}

export function createGoogleControls(deps: {
  world: SandboxWorld;
  store: TokenStore;
  faults: Faults<FaultEndpoint>;
}): GoogleControls {
  const { world, store, faults } = deps;
  return {
    newClient: (scenario) => world.describe(world.mint(scenario)),
    setFault(clientId, endpoint, spec) {
      const match: Record<string, string> = { client_id: clientId };
      if (spec.match?.code !== undefined) match.code = spec.match.code;
      if (spec.match?.refresh_token !== undefined) match.refresh_token = spec.match.refresh_token;
      faults.set(endpoint, { mode: spec.mode, count: spec.count ?? 1, delayMs: spec.delayMs, match });
    },
    faults: (clientId) => faults.pending({ client_id: clientId }),
    ageGrants: (clientId, ms) => store.ageGrants(clientId, ms),
    setAppAccess(clientId, domain, blocked) {
      const org = world.org(domain);
      if (!org) return false;
      if (blocked) org.blockedClientIds.add(clientId);
      else org.blockedClientIds.delete(clientId);
      return true;
    },
  };
}
