/**
 * What Google does once an account is chosen: refuse it on an error page (Internal app and an outside
 * account, a Workspace admin's block, an External app in Testing and an account that is not a test
 * user), warn about an unverified app, ask for consent, or approve at once when the account already
 * granted every requested scope and the app did not ask for `prompt=consent`.
 */
import type { SandboxWorld, WorldAccount } from "../world.ts";
import type { AuthPageError } from "./error-pages.ts";
import type { Flow } from "./flows.ts";
import { needsVerification } from "./scopes.ts";

export type NextStep =
  | { kind: "error"; error: AuthPageError }
  | { kind: "warning"; testing: boolean }
  | { kind: "consent" }
  | { kind: "approve" };

export function nextStep(
  flow: Flow,
  account: WorldAccount,
  world: SandboxWorld,
  grantedScopes: readonly string[],
): NextStep {
  const { client, request } = flow;
  if (client.userType === "internal" && account.org !== client.org) {
    return { kind: "error", error: { error: "org_internal", app: client.appName } };
  }
  const org = world.org(account.org);
  if (org?.blockedClientIds.has(client.clientId)) {
    return { kind: "error", error: { error: "admin_policy_enforced", domain: org.domain } };
  }
  const external = client.userType === "external";
  if (external && client.publishingStatus === "testing" && !client.testUsers.includes(account.email)) {
    return { kind: "error", error: { error: "access_denied", app: client.appName } };
  }
  if (external && !client.verified && !flow.warningPassed && needsVerification(request.scopes)) {
    return { kind: "warning", testing: client.publishingStatus === "testing" };
  }
  const alreadyGranted = request.scopes.every((scope) => grantedScopes.includes(scope));
  return request.prompts.includes("consent") || !alreadyGranted ? { kind: "consent" } : { kind: "approve" };
}
