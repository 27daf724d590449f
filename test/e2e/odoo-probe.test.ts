/**
 * "Check my Odoo" in a real Chromium against the app with its sandbox: an emulated Odoo whose module
 * views were not upgraded is probed from the Odoo setup page (English) and from the troubleshooting
 * page (Italian); the check list and the cause come back, axe-core finds nothing serious in either
 * theme, and the island stays within its JavaScript budget.
 */
import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/axe.ts";
import { watchForErrors } from "../support/browser.ts";
import { expectIslandWithin } from "../support/island-weight.ts";
import { useBrowserAndSite } from "../support/sandbox-server.ts";

const { browser, site } = useBrowserAndSite();

const CASES = [
  {
    lang: "en",
    path: "/odoo-setup/",
    prefix: "setup-probe",
    button: "Check my Odoo",
    checks: "Checks",
    failed: "failed",
  },
  {
    lang: "it",
    path: "/it/troubleshooting/",
    prefix: "trouble-probe",
    button: "Verifica il mio Odoo",
    checks: "Controlli",
    failed: "non superato",
  },
] as const;

describe("Check my Odoo", () => {
  for (const c of CASES) {
    it(`probes an emulated Odoo from ${c.path} and shows the cause first (${c.lang})`, async () => {
      const instance = site()
        .sandbox.odooInstances()
        .find((i) => i.name === "module-outdated-16");
      if (!instance) throw new Error("no module-outdated-16 instance");
      for (const theme of ["light", "dark"] as const) {
        const context = await browser().newContext({ colorScheme: theme });
        const page = await context.newPage();
        const problems = watchForErrors(page);
        await page.goto(`${site().baseUrl}${c.path}#check-my-odoo`);
        await page.locator(`#${c.prefix}-url`).fill(instance.url);
        await page.locator(`#${c.prefix}-db`).fill(instance.db);
        await page.locator(`#${c.prefix}-login`).fill(instance.login);
        await page.locator(`#${c.prefix}-key`).fill(instance.apiKey);
        await page.getByRole("button", { name: c.button }).click();
        const results = page.locator(".dx-results");
        await results.waitFor({ timeout: 20_000 });
        expect(await results.getByRole("heading", { name: c.checks }).count()).toBe(1);
        expect(await page.locator('[data-check="views"]').getAttribute("data-status")).toBe("failed");
        expect(await page.locator('[data-check="views"] .dx-badge').textContent()).toBe(c.failed);
        expect(await page.locator(".dx-finding").first().getAttribute("data-finding")).toBe("odoo-module-outdated");
        expect(await results.innerHTML()).not.toContain(instance.apiKey);
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      }
    }, 60_000);
  }

  it("a refused address is explained in the page's language", async () => {
    const page = await browser().newPage();
    await page.goto(`${site().baseUrl}/it/odoo-setup/#check-my-odoo`);
    await page.locator("#setup-probe-url").fill("http://192.168.1.10:8069");
    await page.getByRole("button", { name: "Verifica il mio Odoo" }).click();
    const alert = page.locator(".dx-probe [role=alert]");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("una rete privata");
    await page.close();
  });

  it("ships at most 15 KB gzip of JavaScript with Preact", () => {
    expectIslandWithin("odoo-setup", "OdooProbe", 15 * 1024);
  });
});
