import { afterAll, describe, expect, it } from "vitest";
import { createSandbox } from "../sandbox/index.ts";
import { SCENARIOS } from "./model.ts";
import {
  ageTestingGrant,
  armTokenTimeout,
  EXTRA_PRACTICE_SCOPE,
  practiceScopes,
  resolvePractice,
  sandboxSmtpTarget,
} from "./practice.ts";

const ORIGIN = "http://127.0.0.1:4321";
const sandbox = createSandbox({ baseUrl: () => ORIGIN, smtpPort: 0 });
afterAll(() => sandbox.stop());

describe("practice scenarios", () => {
  it("get their own copy of a world client, its secret and an account, without the browser knowing them", async () => {
    await sandbox.start();
    const world = sandbox.google.world;
    const seen = new Set<string>();
    for (const scenario of SCENARIOS) {
      const practice = await resolvePractice(sandbox, scenario, ORIGIN);
      const client = world.clientById(practice.clientId);
      expect(client?.minted, scenario).toBe(true);
      expect(seen.has(practice.clientId)).toBe(false);
      seen.add(practice.clientId);
      expect(world.clientByName(client?.name ?? "")?.clientId).not.toBe(practice.clientId);
      expect(world.account(practice.email), scenario).toBeDefined();
      // The emulated Odoo's practice callback, on the companion's origin and registered by Web clients.
      expect(practice.odooRedirectUri).toBe(`${ORIGIN}/sandbox/odoo/practice-19/google_gmail/confirm`);
      expect(practice.odooBasePath).toBe("/sandbox/odoo/practice-19");
      if (practice.clientJson.type === "web")
        expect(practice.clientJson.redirectUris).toContain(practice.odooRedirectUri);
      if (scenario === "wrong-secret") {
        expect(client?.name).toBe("healthy");
        expect(practice.clientSecret).not.toBe(client?.clientSecret);
        expect(practice.clientSecret).toMatch(/^GOCSPX-[A-Za-z0-9_-]{28}$/);
      } else expect(practice.clientSecret).toBe(client?.clientSecret);
      if (scenario.startsWith("smtp-")) {
        expect(practice.smtp?.port).not.toBe((await sandboxSmtpTarget(sandbox)).port);
        expect(practice.smtp?.ca).toBe(sandbox.gmail.ca());
      } else expect(practice.smtp).toBeUndefined();
    }
    expect((await resolvePractice(sandbox, "desktop-app", ORIGIN)).clientJson.type).toBe("installed");
    expect((await resolvePractice(sandbox, "missing-test-user", ORIGIN)).email).toBe("not.a.tester@gmail.com");
    const testing = await resolvePractice(sandbox, "day-7-expiry", ORIGIN);
    expect(testing.facts).toMatchObject({ publishingStatus: "testing", verified: false, userType: "external" });
    expect(testing.facts.testUsers).toContain(testing.email);
    expect((await resolvePractice(sandbox, "production-unverified", ORIGIN)).facts).toMatchObject({
      publishingStatus: "production",
      verified: false,
    });
    expect(practiceScopes("no-mail-scope")).toEqual([EXTRA_PRACTICE_SCOPE]);
    expect(practiceScopes("healthy")).toEqual([]);
  });

  it("drive the sandbox's controls in process, for one run's client only", async () => {
    const mine = await resolvePractice(sandbox, "google-timeout", ORIGIN);
    const other = await resolvePractice(sandbox, "google-timeout", ORIGIN);
    await armTokenTimeout(sandbox, mine.clientId, "4/0AeanS0aRunCode");
    expect(sandbox.controls.faults(mine.clientId)).toEqual([
      expect.objectContaining({
        endpoint: "token",
        mode: "timeout",
        remaining: 1,
        match: { client_id: mine.clientId, code: "4/0AeanS0aRunCode" },
      }),
    ]);
    expect(sandbox.controls.faults(other.clientId)).toEqual([]);
    const aged = await resolvePractice(sandbox, "day-7-expiry", ORIGIN);
    const before = sandbox.clock.now(aged.clientId);
    await ageTestingGrant(sandbox, aged.clientId);
    expect(sandbox.clock.now(aged.clientId) - before).toBeLessThan(60_000);
  });

  it("read where the Gmail emulator listens, and refuse before it does", async () => {
    const stopped = createSandbox({ baseUrl: () => "http://127.0.0.1:4321", smtpPort: 0 });
    await expect(sandboxSmtpTarget(stopped)).rejects.toThrow(/not running/);
    const address = await stopped.start();
    expect(await sandboxSmtpTarget(stopped)).toEqual({ ...address, ca: stopped.gmail.ca() });
    await stopped.stop();
  });
});
