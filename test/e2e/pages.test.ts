/**
 * Every page of the guide, in English and Italian, in a real Chromium: it loads with no console error
 * or failed request, speaks its language, and axe-core finds no serious or critical violation in
 * either colour theme.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/axe.ts";
import { baseUrl, launchBrowser, watchForErrors } from "../support/browser.ts";
import { builtPages } from "../support/site-pages.ts";

const pages = builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(pages)("page $path", ({ path, lang }) => {
  it.each(["dark", "light"] as const)("loads cleanly and passes axe-core in the %s theme", async (theme) => {
    const context = await browser.newContext({ colorScheme: theme });
    await context.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
    const page = await context.newPage();
    const problems = watchForErrors(page);
    const response = await page.goto(baseUrl() + path, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await page.getAttribute("html", "data-theme")).toBe(theme);
    expect(await page.locator("h1").first().textContent()).toBeTruthy();

    const serious = await seriousAxeViolations(page);
    expect(serious).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
