import { afterAll, describe, expect, it } from "vitest";
import { DAY_MS } from "../sandbox/clock.ts";
import { createSandbox } from "../sandbox/index.ts";
import { SCENARIOS } from "./model.ts";
import { advanceSandboxClock, armTokenTimeout, resolvePractice, sandboxSmtpTarget } from "./practice.ts";

const sandbox = createSandbox({ baseUrl: () => "http://127.0.0.1:4321", smtpPort: 0 });
afterAll(() => sandbox.stop());

describe("practice scenarios", () => {
  it("resolve to a world client, its secret and an account, without the browser knowing them", async () => {
    const world = sandbox.google.world;
    for (const scenario of SCENARIOS) {
      const practice = await resolvePractice(sandbox, scenario);
      const client = world.clientById(practice.clientId);
      expect(client, scenario).toBeDefined();
      expect(world.account(practice.email), scenario).toBeDefined();
      expect(practice.odooRedirectUri).toBe("https://mycompany.odoo.com/google_gmail/confirm");
      if (scenario === "wrong-secret") {
        expect(client?.name).toBe("healthy");
        expect(practice.clientSecret).not.toBe(client?.clientSecret);
        expect(practice.clientSecret).toMatch(/^GOCSPX-[A-Za-z0-9_-]{28}$/);
      } else expect(practice.clientSecret).toBe(client?.clientSecret);
    }
    expect((await resolvePractice(sandbox, "desktop-app")).clientJson.type).toBe("installed");
    expect((await resolvePractice(sandbox, "missing-test-user")).email).toBe("not.a.tester@gmail.com");
    const testing = await resolvePractice(sandbox, "day-7-expiry");
    expect(testing.facts).toMatchObject({ publishingStatus: "testing", verified: false, userType: "external" });
    expect(testing.facts.testUsers).toContain(testing.email);
    expect((await resolvePractice(sandbox, "production-unverified")).facts).toMatchObject({
      publishingStatus: "production",
      verified: false,
    });
  });

  it("drive the sandbox's controls for one run only: its code's time-out, its client's clock", async () => {
    await armTokenTimeout(sandbox, "4/0AeanS0aRunCode");
    const faults = (await (await sandbox.routes.request("/google/faults")).json()) as { faults: unknown[] };
    expect(faults.faults).toEqual([
      expect.objectContaining({
        endpoint: "token",
        mode: "timeout",
        remaining: 1,
        match: { code: "4/0AeanS0aRunCode" },
      }),
    ]);
    await sandbox.routes.request("/google/faults", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ endpoint: "token", mode: "timeout", count: 0, match: { code: "4/0AeanS0aRunCode" } }),
    });
    expect(((await (await sandbox.routes.request("/google/faults")).json()) as { faults: unknown[] }).faults).toEqual(
      [],
    );
    const testing = await resolvePractice(sandbox, "day-7-expiry");
    const healthy = await resolvePractice(sandbox, "healthy");
    const before = sandbox.clock.now(testing.clientId);
    await advanceSandboxClock(sandbox, 8, testing.clientId);
    expect(sandbox.clock.now(testing.clientId) - before).toBeGreaterThanOrEqual(8 * DAY_MS);
    expect(sandbox.clock.now(healthy.clientId) - before).toBeLessThan(DAY_MS);
  });

  it("read where the Gmail emulator listens, once it does", async () => {
    await expect(sandboxSmtpTarget(sandbox)).rejects.toThrow(/503/);
    const address = await sandbox.start();
    expect(await sandboxSmtpTarget(sandbox)).toEqual({ ...address, ca: sandbox.gmail.ca() });
  });
});
