/** What happens once an account is chosen. */
import { describe, expect, it } from "vitest";
import { createSandboxWorld, type ScenarioName } from "../world.ts";
import type { AuthRequest } from "./authorize.ts";
import type { Flow } from "./flows.ts";
import { nextStep } from "./next-step.ts";

const world = createSandboxWorld({ baseUrl: () => "http://127.0.0.1:1" });
const MAIL = "https://mail.google.com/";

function step(
  name: ScenarioName,
  email: string,
  options: { scopes?: string[]; prompts?: string[]; granted?: string[]; warned?: boolean } = {},
) {
  const client = world.clientByName(name);
  const account = world.account(email);
  if (!client || !account) throw new Error("unknown");
  const request = { scopes: options.scopes ?? [MAIL], prompts: options.prompts ?? ["consent"] } as AuthRequest;
  const flow: Flow = { id: "f", client, request, startedAt: 0, account, warningPassed: options.warned ?? false };
  return nextStep(flow, account, world, options.granted ?? []);
}

describe("nextStep", () => {
  it("refuses accounts on Google's page", () => {
    expect(step("internal-only", "odoo.tester@gmail.com")).toMatchObject({ error: { error: "org_internal" } });
    expect(step("admin-blocked", "ops@othercorp.example")).toMatchObject({
      error: { error: "admin_policy_enforced", domain: "othercorp.example" },
    });
    expect(step("missing-test-user", "not.a.tester@gmail.com")).toMatchObject({
      error: { error: "access_denied", app: "Odoo Mail (missing-test-user)" },
    });
  });

  it("warns about unverified apps asking for more than sign-in scopes, once", () => {
    expect(step("production-unverified", "not.a.tester@gmail.com")).toEqual({ kind: "warning", testing: false });
    expect(step("testing", "odoo.tester@gmail.com")).toEqual({ kind: "warning", testing: true });
    expect(step("production-unverified", "not.a.tester@gmail.com", { warned: true })).toEqual({ kind: "consent" });
    expect(step("production-unverified", "not.a.tester@gmail.com", { scopes: ["openid"] })).toEqual({
      kind: "consent",
    });
    expect(step("internal-only", "giulia.rossi@mycompany.example")).toEqual({ kind: "consent" });
  });

  it("approves without consent only when everything was granted and consent was not asked for", () => {
    expect(step("healthy", "odoo.tester@gmail.com", { prompts: [], granted: [MAIL] })).toEqual({ kind: "approve" });
    expect(step("healthy", "odoo.tester@gmail.com", { prompts: ["consent"], granted: [MAIL] })).toEqual({
      kind: "consent",
    });
    expect(step("healthy", "odoo.tester@gmail.com", { prompts: [], granted: ["openid"] })).toEqual({ kind: "consent" });
  });
});
