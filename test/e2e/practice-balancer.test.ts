/**
 * Practice behind a balancer, in a real Chromium: the built guide served by two companion instances
 * behind a round-robin balancer (its origin is their PUBLIC_URL), sharing Redis and pointing at ONE
 * sandbox process on another origin (test/support/cluster.ts). The browser starts a run on the
 * balancer's origin, goes through the emulated Google pages on the sandbox's origin, comes back to
 * the companion and follows the run to its end, whichever instance answers each request.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strings } from "../../src/components/live/strings.ts";
import type { Scenario } from "../../src/components/live/types.ts";
import { launchBrowser } from "../support/browser.ts";
import { type Cluster, startCluster } from "../support/cluster.ts";
import { ALL_PASSED } from "../support/live-expectations.ts";
import { passSandboxGoogle, watchOffLoopback } from "../support/practice-run.ts";
import { DIST } from "../support/site-pages.ts";

const RUN_MS = 30_000;
let browser: Browser;
let cluster: Cluster;

beforeAll(async () => {
  [browser, cluster] = await Promise.all([launchBrowser(), startCluster({ distDir: DIST })]);
}, 60_000);
afterAll(async () => {
  await Promise.allSettled([browser?.close(), cluster?.close()]);
});

const stepStatuses = (page: Page) =>
  page
    .locator(".lt-step")
    .evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute("data-step"), el.getAttribute("data-status")])),
    );

async function practise(lang: "en" | "it", scenario: Scenario) {
  const context = await browser.newContext({ locale: lang === "it" ? "it-IT" : "en-US" });
  const page = await context.newPage();
  const offLoopback = watchOffLoopback(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
  });
  const s = strings[lang];
  await page.goto(`${cluster.publicOrigin}${lang === "it" ? "/it" : ""}/live-test/`);
  await page.locator(".lt").scrollIntoViewIfNeeded();
  await page.locator(".lt-form button[type=submit]:enabled").waitFor();
  await page.getByRole("switch", { name: s["practice.label"] }).check();
  await page.getByLabel(s["scenario.label"], { exact: true }).selectOption(scenario);
  await page.getByRole("button", { name: s["action.start"] }).click();
  await page.waitForURL(`${cluster.sandboxProcess.url}/sandbox/google/**`, { timeout: 15_000 });
  await passSandboxGoogle(page);
  await page.waitForURL(`${cluster.publicOrigin}${lang === "it" ? "/it" : ""}/live-test/?run=*`);
  await page.locator(".lt").scrollIntoViewIfNeeded();
  return { context, page, offLoopback, errors };
}

describe("practice through a balancer, against one sandbox process", () => {
  it("EN healthy: Google's pages on the sandbox's origin, then every step passed on the companion's", async () => {
    const { context, page, offLoopback, errors } = await practise("en", "healthy");
    await page.locator('.lt-run[data-run-status="passed"]').waitFor({ timeout: RUN_MS });
    expect(await stepStatuses(page)).toEqual(ALL_PASSED);
    expect(errors).toEqual([]);
    expect(offLoopback, "requests that left 127.0.0.1").toEqual([]);
    await context.close();
  });

  it("IT day-7-expiry: the refresh a week later fails with testing-token-expired", async () => {
    const { context, page, errors } = await practise("it", "day-7-expiry");
    await page.locator('.lt-run[data-run-status="failed"]').waitFor({ timeout: RUN_MS });
    expect(await stepStatuses(page)).toMatchObject({ consent: "warning", token: "passed", refresh: "failed" });
    expect(await page.locator('.lt-step[data-step="refresh"]').textContent()).toContain(
      "Google ha fatto scadere o revocato il refresh token (invalid_grant)",
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
