/** The sandbox world: scenario clients in Google's formats, accounts, organizations, listing. */
import { describe, expect, it } from "vitest";
import { FORMATS } from "./google/formats.ts";
import {
  COMPANION_CALLBACK_PATH,
  createSandboxWorld,
  DESKTOP_REDIRECT_URI,
  MAX_MINTED_CLIENTS,
  ODOO_REDIRECT_URI,
  SANDBOX_ACCOUNTS,
  SCENARIO_NAMES,
} from "./world.ts";

describe("createSandboxWorld", () => {
  let base = "http://127.0.0.1:4321";
  const world = createSandboxWorld({ baseUrl: () => base });

  it("has every scenario client, with ids and secrets in Google's formats", () => {
    expect(world.clients.map((c) => c.name)).toEqual([...SCENARIO_NAMES]);
    for (const client of world.clients) {
      expect(client.clientId).toMatch(FORMATS.clientId);
      const format = client.name === "oob-legacy" ? FORMATS.legacyClientSecret : FORMATS.clientSecret;
      expect(client.clientSecret).toMatch(format);
      expect(world.clientById(client.clientId)).toBe(client);
      expect(world.clientByName(client.name)).toBe(client);
    }
  });

  it("creates new ids at each start", () => {
    const other = createSandboxWorld({ baseUrl: () => base });
    expect(other.clientByName("healthy")?.clientId).not.toBe(world.clientByName("healthy")?.clientId);
  });

  it("registers the companion's callback (computed late) and the Odoo URI on Web clients, loopback only on Desktop", () => {
    base = "http://127.0.0.1:5555";
    expect(world.clientByName("healthy")?.redirectUris()).toEqual([
      `http://127.0.0.1:5555${COMPANION_CALLBACK_PATH}`,
      ODOO_REDIRECT_URI,
    ]);
    expect(world.clientByName("desktop-app")?.redirectUris()).toEqual([DESKTOP_REDIRECT_URI]);
  });

  it("models the scenarios' settings", () => {
    const by = (name: string) => world.clientByName(name);
    expect(by("testing")).toMatchObject({ publishingStatus: "testing", verified: false });
    expect(by("testing")?.testUsers).toContain("odoo.tester@gmail.com");
    expect(by("testing")?.testUsers).not.toContain("not.a.tester@gmail.com");
    expect(by("production-unverified")).toMatchObject({ publishingStatus: "in_production", verified: false });
    expect(by("internal-only")).toMatchObject({ userType: "internal", org: "mycompany.example" });
    expect(by("deleted-client")?.deleted).toBe(true);
    expect(world.org("othercorp.example")?.blockedClientIds.has(by("admin-blocked")?.clientId ?? "")).toBe(true);
    expect(world.org("strictcorp.example")?.reauthIntervalMs).toBe(16 * 3600_000);
  });

  it("has personal and Workspace accounts, found case-insensitively", () => {
    expect(SANDBOX_ACCOUNTS.filter((a) => a.kind === "gmail")).toHaveLength(2);
    expect(SANDBOX_ACCOUNTS.filter((a) => a.kind === "workspace").every((a) => a.org)).toBe(true);
    expect(world.account(" Odoo.Tester@gmail.com ")?.name).toBe("Odoo Tester");
    for (const a of SANDBOX_ACCOUNTS) expect(a.sub).toMatch(/^1\d{20}$/);
  });

  it("lists itself in the shape of GET /sandbox/google/world", () => {
    const listing = world.listing();
    expect(Object.keys(listing.clients[0] ?? {})).toEqual([
      "name",
      "client_id",
      "client_secret",
      "type",
      "redirect_uris",
      "user_type",
      "publishing_status",
      "verified",
      "test_users",
    ]);
    expect(listing.accounts).toContainEqual({ email: "not.a.tester@gmail.com", kind: "gmail" });
    expect(listing.accounts).toContainEqual({
      email: "ops@othercorp.example",
      kind: "workspace",
      org: "othercorp.example",
    });
  });

  it("mints a practice run's own copy of a scenario client: same settings, own id and secret, admin blocks kept", () => {
    const copy = world.mint("admin-blocked");
    const template = world.clientByName("admin-blocked");
    expect(copy).toMatchObject({ name: "admin-blocked", minted: true, userType: template?.userType });
    expect(copy.clientId).toMatch(FORMATS.clientId);
    expect(copy.clientId).not.toBe(template?.clientId);
    expect(copy.clientSecret).not.toBe(template?.clientSecret);
    expect(world.clientById(copy.clientId)).toBe(copy);
    expect(world.clientByName("admin-blocked")).toBe(template);
    expect(world.org("othercorp.example")?.blockedClientIds.has(copy.clientId)).toBe(true);
    expect(world.listing().clients.map((c) => c.client_id)).not.toContain(copy.clientId);
    expect(world.mint("oob-legacy").clientSecret).toMatch(FORMATS.legacyClientSecret);
  });

  it("keeps at most MAX_MINTED_CLIENTS minted clients, dropping the oldest", () => {
    const first = world.mint("healthy");
    for (let i = 0; i < MAX_MINTED_CLIENTS; i++) world.mint("healthy");
    expect(world.clientById(first.clientId)).toBeUndefined();
  });
});
