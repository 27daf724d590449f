/**
 * Practice Odoo mode end to end in a real Chromium, in English and Italian, against the app with its
 * sandbox: start a healthy practice run in Odoo mode → consent on the emulated Google → the emulated
 * Odoo's callback on this companion's own origin (Forbidden, and the stand-in panel) → "Copy this
 * page's address" → "Back to your test run" → paste → every step passed. Then a run whose Google page
 * is an error (deleted client): "Copy the error", back to the run, paste → the finding. axe-core finds
 * nothing serious on either sandbox page in light and dark, and no request leaves 127.0.0.1.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { RUN_RETURN_TEXT } from "../../server/sandbox/run-return-text.ts";
import { strings } from "../../src/components/live/strings.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { ALL_PASSED } from "../support/live-expectations.ts";
import { passSandboxGoogle, watchOffLoopback } from "../support/practice-run.ts";
import { useBrowserAndSite } from "../support/sandbox-server.ts";

type Lang = "en" | "it";
const PATH: Record<Lang, string> = { en: "/live-test/", it: "/it/live-test/" };
const CALLBACK_PATH = "/sandbox/odoo/practice-19/google_gmail/confirm";
const RUN_MS = 20_000;

const { browser, site } = useBrowserAndSite();

interface Opened {
  context: BrowserContext;
  page: Page;
  offLoopback: string[];
  problems: string[];
}

async function open(lang: Lang): Promise<Opened> {
  const context = await browser().newContext({ locale: lang === "it" ? "it-IT" : "en-US" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site().baseUrl });
  const page = await context.newPage();
  const offLoopback = watchOffLoopback(page);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // Odoo's Forbidden and Google's error pages answer 4xx on purpose; Chromium logs those loads.
    const url = message.location().url;
    if (message.type() === "error" && !url.includes("/signin/oauth/error") && !url.includes(CALLBACK_PATH)) {
      problems.push(`console: ${message.text()}`);
    }
  });
  await page.goto(site().baseUrl + PATH[lang]);
  await page.locator(".lt").scrollIntoViewIfNeeded();
  await page.locator(".lt-form button[type=submit]:enabled").waitFor();
  return { context, page, offLoopback, problems };
}

async function startOdooPractice(page: Page, lang: Lang, scenario: "healthy" | "deleted-client"): Promise<void> {
  const s = strings[lang];
  await page.getByRole("switch", { name: s["practice.label"] }).check();
  await page.getByLabel(s["scenario.label"], { exact: true }).selectOption(scenario);
  await page.getByRole("radio", { name: s["mode.odoo"] }).check();
  await page.getByRole("button", { name: s["action.start"] }).click();
  await page.waitForURL("**/sandbox/google/**", { timeout: 10_000 });
}

/** axe-core on the current page in both colour schemes (the sandbox pages follow the browser's). */
async function axeBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousAxeViolations(page), `${page.url()} (${colorScheme})`).toEqual([]);
  }
}

/** Clicks the panel's copy button and returns what landed on the clipboard. */
async function copyWith(page: Page, lang: Lang, button: "copy.address" | "copy.error"): Promise<string> {
  await page.getByRole("button", { name: RUN_RETURN_TEXT.text(lang, button) }).click();
  await page.getByRole("status").getByText(RUN_RETURN_TEXT.text(lang, "copy.done")).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Follows "Back to your test run" to the run's page, where the run waits at consent. */
async function backToRun(page: Page, lang: Lang): Promise<string> {
  await page.getByRole("link", { name: RUN_RETURN_TEXT.text(lang, "back") }).click();
  await page.waitForURL(`**${PATH[lang]}?run=*`);
  const id = new URL(page.url()).searchParams.get("run") ?? "";
  await page.locator(".lt").scrollIntoViewIfNeeded();
  await page.locator('.lt-run[data-run-status="waiting"]').waitFor({ timeout: RUN_MS });
  return id;
}

const stepStatuses = (page: Page) =>
  page
    .locator(".lt-step")
    .evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute("data-step"), el.getAttribute("data-status")])),
    );

describe.each(["en", "it"] as const)("practice Odoo mode, end to end (%s)", (lang) => {
  const s = strings[lang];

  it("consent → the emulated Odoo's Forbidden page → copy its address → back to the run → paste → passed", async () => {
    const { context, page, offLoopback, problems } = await open(lang);
    const authRequest = page.waitForRequest((request) => request.url().includes("/sandbox/google/o/oauth2/v2/auth?"));
    await startOdooPractice(page, lang, "healthy");
    const authUrl = new URL((await authRequest).url());
    await passSandboxGoogle(page);

    // The emulated Odoo, on this companion's own origin, answers like a signed-in admin's Odoo.
    await page.waitForURL(`${site().baseUrl}${CALLBACK_PATH}?**`);
    expect(new URL(page.url()).searchParams.get("code")).toBeTruthy();
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await page.locator("h1").textContent()).toBe("Forbidden");
    expect(await page.locator("[data-run-return] h2").textContent()).toBe(RUN_RETURN_TEXT.text(lang, "odoo.heading"));
    expect(await page.locator("[data-run-return]").textContent()).toContain(s["paste.odoo.label"]);
    await axeBothThemes(page);

    const copied = await copyWith(page, lang, "copy.address");
    expect(copied).toBe(page.url());
    const id = await backToRun(page, lang);
    expect(authUrl.searchParams.get("state")?.startsWith(`${id}.`)).toBe(true);
    expect((await stepStatuses(page)).consent).toBe("running");

    await page.getByLabel(s["paste.odoo.label"]).fill(copied);
    await page.getByRole("button", { name: s["paste.submit"] }).first().click();
    await page.locator('.lt-run[data-run-status="passed"]').waitFor({ timeout: RUN_MS });
    expect(await stepStatuses(page)).toEqual(ALL_PASSED);
    expect(await page.locator(".lt-meta dd.dx-mono").textContent()).toBe(`${site().baseUrl}${CALLBACK_PATH}`);
    expect(await page.locator(".lt-hop[data-hop=callback] .lt-hop-sub").textContent()).toBe(
      `${new URL(site().baseUrl).host}${CALLBACK_PATH}`,
    );

    expect(offLoopback, "requests that left 127.0.0.1").toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("Google's error page: copy the error, back to the run, paste → the finding", async () => {
    const { context, page, offLoopback, problems } = await open(lang);
    await startOdooPractice(page, lang, "deleted-client");
    await page.waitForURL("**/sandbox/google/signin/oauth/error/v2?**");
    expect(await page.locator(".code").textContent()).toMatch(/: deleted_client$/);
    expect(await page.locator("[data-run-return] h2").textContent()).toBe(RUN_RETURN_TEXT.text(lang, "error.heading"));
    await axeBothThemes(page);

    const copied = await copyWith(page, lang, "copy.error");
    expect(copied).toContain("deleted_client");
    expect(copied).not.toContain(RUN_RETURN_TEXT.text(lang, "back"));
    await backToRun(page, lang);

    await page.getByLabel(s["paste.google.summary"]).fill(copied);
    await page.getByRole("button", { name: s["paste.submit"] }).last().click();
    await page.locator('.lt-run[data-run-status="failed"]').waitFor({ timeout: RUN_MS });
    expect(await page.locator('[data-step="consent"] [data-finding="deleted-client"]').count()).toBe(1);

    expect(offLoopback, "requests that left 127.0.0.1").toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
