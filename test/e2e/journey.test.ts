/**
 * The guided journey in a real Chromium, as a new user, in English and Italian at 1280×800 and 390×844:
 * the home page's three doors above the fold → "Set up Gmail in Odoo" → Before you start (ticks) →
 * Set up Google Cloud (the three setup checks) → Set up Odoo (ticks) → the live test in practice mode
 * against the sandbox (healthy, direct, then Odoo mode through the emulated Odoo's callback) → Done, with the stepper's progress updated at each step; no
 * request of the whole journey leaves 127.0.0.1; axe-core finds nothing serious on the pages with
 * their results shown; and no page of the guide scrolls sideways at 390 px, in either theme.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { RUN_RETURN_TEXT } from "../../server/sandbox/run-return-text.ts";
import { homeWords } from "../../src/components/journey/home-words.ts";
import { strings as liveStrings } from "../../src/components/live/strings.ts";
import { journeyWords } from "../../src/components/shared/journey-words.ts";
import { builderWords, clientWords, consentWords } from "../../src/components/wizard/words.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { settle } from "../support/browser.ts";
import { passSandboxGoogle, watchOffLoopback } from "../support/practice-run.ts";
import { useBrowserAndSite } from "../support/sandbox-server.ts";
import { builtPages } from "../support/site-pages.ts";

type Lang = "en" | "it";
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const RUN_MS = 30_000;
const URI = "https://erp.acme-industries.com/google_gmail/confirm";

const { browser, site } = useBrowserAndSite();

const prefix = (lang: Lang) => (lang === "it" ? "/it" : "");

/** The stepper's state for each step: [data-status, the progress sentence]. */
function stepper(page: Page) {
  return page
    .locator("[data-journey] [data-step]")
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((item) => [
          item.getAttribute("data-step"),
          [item.getAttribute("data-status"), item.querySelector("[data-status-text]")?.textContent ?? ""],
        ]),
      ),
    );
}

async function currentStep(page: Page): Promise<string | null> {
  return page
    .locator('[data-journey] a[aria-current="step"]')
    .evaluate((a) => a.closest("[data-step]")?.getAttribute("data-step") ?? null);
}

async function waitStep(page: Page, step: string, status: string, text: string): Promise<void> {
  await page.waitForFunction(
    ({ step, status, text }) => {
      const item = document.querySelector(`[data-journey] [data-step="${step}"]`);
      return (
        item?.getAttribute("data-status") === status && item.querySelector("[data-status-text]")?.textContent === text
      );
    },
    { step, status, text },
  );
}

/** Scrolls an island into view (client:visible) and waits until it has hydrated. */
async function hydrated(page: Page, component: string): Promise<void> {
  const island = page.locator(`astro-island[component-url*="${component}"]`);
  await island.scrollIntoViewIfNeeded();
  await page.waitForFunction((el) => !el?.hasAttribute("ssr"), await island.elementHandle());
}

/** Follows the "next step" link at the end of a journey page (the sidebar and pager name the page too). */
async function nextStep(page: Page, name: string): Promise<void> {
  const next = page.locator("a.jr-next");
  expect(await next.textContent()).toContain(name);
  await next.click();
}

async function noSideScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(client);
}

describe.each(["en", "it"] as const)("the journey as a new user (%s)", (lang) => {
  const j = journeyWords[lang];
  const home = homeWords[lang];
  const live = liveStrings[lang];
  const builder = builderWords[lang];
  const checker = clientWords[lang];
  const consent = consentWords[lang];

  it.each(VIEWPORTS)("goes from the home page to a passing practice run at $width×$height", async (viewport) => {
    const context = await browser().newContext({ viewport, locale: lang === "it" ? "it-IT" : "en-US" });
    const page = await context.newPage();
    const offLoopback = watchOffLoopback(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    // Home: three doors, all above the fold.
    await page.goto(`${site().baseUrl}${prefix(lang)}/`);
    await settle(page);
    const doors = page.locator(".jr-door");
    expect(await doors.count()).toBe(3);
    for (const door of await doors.all()) {
      const box = await door.boundingBox();
      expect(box && box.y + box.height, "a door below the fold").toBeLessThanOrEqual(viewport.height);
    }
    await noSideScroll(page);
    await page.getByRole("link", { name: home["setup.action"] }).click();

    // Before you start: the stepper marks step 1; ticking fills it.
    await page.waitForURL(`**${prefix(lang)}/before-you-start/`);
    expect(await currentStep(page)).toBe("before-you-start");
    await waitStep(
      page,
      "before-you-start",
      "todo",
      j["st.before-you-start"].replace("{done}", "0").replace("{total}", "4"),
    );
    for (const tick of ["before.admin", "before.account", "before.address", "before.version"] as const) {
      await page.getByLabel(j[`tick.${tick}`]).check();
    }
    await waitStep(
      page,
      "before-you-start",
      "done",
      j["st.before-you-start"].replace("{done}", "4").replace("{total}", "4"),
    );
    await noSideScroll(page);
    await nextStep(page, j["next.google-setup"]);

    // Set up Google Cloud: the three checks pass, and the stepper says so.
    await page.waitForURL(`**${prefix(lang)}/google-setup/`);
    expect(await currentStep(page)).toBe("google-setup");
    await hydrated(page, "RedirectUriBuilder");
    await page.getByLabel(builder["b.url.label"], { exact: true }).fill("https://erp.acme-industries.com");
    await page.getByLabel(builder["b.version.label"], { exact: true }).selectOption("17.0");
    await page.locator(".wz-result--builder .wz-summary[data-state=done]").waitFor();
    expect(await page.getByLabel(builder["b.uri.label"], { exact: true }).inputValue()).toBe(URI);
    await hydrated(page, "ClientJsonChecker");
    const client = {
      web: {
        client_id: "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com",
        client_secret: "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",
        redirect_uris: [URI],
      },
    };
    await page.getByLabel(checker["j.file"], { exact: true }).setInputFiles({
      name: "client_secret_1.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(client)),
    });
    await hydrated(page, "ConsentChecklist");
    for (const name of [consent["k.account.gmail"], consent["k.userType.external"], consent["k.status.testing"]]) {
      await page.getByRole("radio", { name, exact: true }).check();
    }
    await page.getByLabel(consent["k.email.label"], { exact: true }).fill("sales@gmail.com");
    await page.getByLabel(consent["k.testUsers.label"], { exact: true }).fill("sales@gmail.com");
    await waitStep(page, "google-setup", "done", j["st.google-setup"].replace("{done}", "3").replace("{total}", "3"));
    await noSideScroll(page);
    await nextStep(page, j["next.odoo-setup"]);

    // Set up Odoo: five ticks, then the live test as its last step.
    await page.waitForURL(`**${prefix(lang)}/odoo-setup/`);
    expect(await currentStep(page)).toBe("odoo-setup");
    for (const tick of ["credentials", "base-url", "server", "connect", "test-connection"] as const) {
      await page.getByLabel(j[`tick.odoo.${tick}`]).check();
    }
    await waitStep(page, "odoo-setup", "done", j["st.odoo-setup"].replace("{done}", "5").replace("{total}", "5"));
    await noSideScroll(page);
    await nextStep(page, j["next.live-test"]);

    // The live test, in practice mode: healthy, direct, through the sandbox's Google pages.
    await page.waitForURL(`**${prefix(lang)}/live-test/`);
    expect(await currentStep(page)).toBe("live-test");
    await hydrated(page, "LiveTest");
    await page.locator(".lt-form button[type=submit]:enabled").waitFor();
    await page.getByRole("switch", { name: live["practice.label"] }).check();
    await page.getByLabel(live["scenario.label"], { exact: true }).selectOption("healthy");
    expect(await page.getByText(live["what.healthy"]).isVisible()).toBe(true);
    await page.getByRole("button", { name: live["action.start"] }).click();
    await passSandboxGoogle(page);
    await page.waitForURL(`**${prefix(lang)}/live-test/?run=*`);
    await hydrated(page, "LiveTest");
    await page.locator('.lt-run[data-run-status="passed"]').waitFor({ timeout: RUN_MS });
    await waitStep(page, "live-test", "done", j["st.live-test.practice"]);
    await noSideScroll(page);

    // "Start a new test" keeps practice and offers the next scenario.
    await page.getByRole("button", { name: live["run.new"] }).click();
    expect(await page.getByRole("switch", { name: live["practice.label"] }).isChecked()).toBe(true);
    expect(await page.getByLabel(live["scenario.label"], { exact: true }).inputValue()).toBe("desktop-app");

    // Healthy again, in Odoo mode: Google returns to the emulated Odoo on this site, which answers
    // Forbidden and leads back to the run; its address pasted there finishes the run.
    await page.getByLabel(live["scenario.label"], { exact: true }).selectOption("healthy");
    await page.getByRole("radio", { name: live["mode.odoo"] }).check();
    await page.getByRole("button", { name: live["action.start"] }).click();
    await passSandboxGoogle(page);
    await page.waitForURL(`${site().baseUrl}/sandbox/odoo/practice-19/google_gmail/confirm?**`);
    expect(await page.locator("h1").textContent()).toBe("Forbidden");
    await noSideScroll(page);
    const forbidden = page.url();
    await page.getByRole("link", { name: RUN_RETURN_TEXT.text(lang, "back") }).click();
    await page.waitForURL(`**${prefix(lang)}/live-test/?run=*`);
    await hydrated(page, "LiveTest");
    await page.getByLabel(live["paste.odoo.label"]).fill(forbidden);
    await page.getByRole("button", { name: live["paste.submit"] }).first().click();
    await page.locator('.lt-run[data-run-status="passed"]').waitFor({ timeout: RUN_MS });
    await waitStep(page, "live-test", "done", j["st.live-test.practice"]);
    await noSideScroll(page);

    // Done: the panel shows the practice result; only a real run finishes the journey.
    await nextStep(page, j["next.done"]);
    await page.waitForURL(`**${prefix(lang)}/done/`);
    expect(await currentStep(page)).toBe("done");
    expect(await stepper(page)).toMatchObject({
      "before-you-start": ["done", expect.any(String)],
      "google-setup": ["done", expect.any(String)],
      "odoo-setup": ["done", expect.any(String)],
      "live-test": ["done", j["st.live-test.practice"]],
      done: ["todo", j["st.done.todo"]],
    });
    await hydrated(page, "ProgressPanel");
    await page.locator('.wz-panel [data-live="passed"]').waitFor();
    expect(await page.locator(".wz-panel [data-tick][data-status=pass]").count()).toBe(5);
    await noSideScroll(page);
    expect(await seriousAxeViolations(page)).toEqual([]);

    expect(offLoopback, "requests that left 127.0.0.1").toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("no page scrolls sideways on a phone", () => {
  it("every page at 390 px, in English and Italian, in the light and the dark theme", async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const pages = builtPages();
    expect(pages.some((p) => p.path === "/it/done/")).toBe(true);
    for (const { path } of pages) {
      await page.goto(site().baseUrl + path);
      await settle(page);
      // Each theme as Starlight applies it (the attribute its picker sets), on the same loaded page.
      for (const theme of ["light", "dark"] as const) {
        await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
        await noSideScroll(page);
      }
    }
    await context.close();
  });
});
