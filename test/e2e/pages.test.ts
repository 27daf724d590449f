/**
 * Every page of the guide, in English and Italian, in a real Chromium: it loads with no console error
 * or failed request, speaks its language, and axe-core finds no serious or critical violation in
 * either colour theme (the pages of FULL_AXE_ELSEWHERE: their islands here, the whole page with the
 * islands' results shown in the islands' own test files).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FULL_AXE_ELSEWHERE, seriousAxeViolations } from "../support/axe.ts";
import { baseUrl, newThemedContext, settle, useBrowser, watchForErrors } from "../support/browser.ts";
import { builtPages, ROOT } from "../support/site-pages.ts";

const pages = builtPages();
const browser = useBrowser();

describe("pages checked whole elsewhere", () => {
  it("are built pages, each checked by an existing test file", () => {
    const paths = pages.map((p) => p.path);
    for (const [path, file] of Object.entries(FULL_AXE_ELSEWHERE)) {
      expect(paths).toContain(path);
      expect(existsSync(join(ROOT, "test", "e2e", file)), file).toBe(true);
    }
  });
});

// One context and one tab per theme, going from page to page: a document load each time, without a new
// renderer process per page.
describe.each(["dark", "light"] as const)("in the %s theme", (theme) => {
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    context = await newThemedContext(browser(), theme);
    page = await context.newPage();
    problems = watchForErrors(page);
  });
  afterAll(async () => {
    await context?.close();
  });
  beforeEach(() => {
    problems.length = 0;
  });

  it.each(pages)("$path loads cleanly and passes axe-core", async ({ path, lang }) => {
    const response = await page.goto(baseUrl() + path);
    expect(response?.status()).toBe(200);
    await settle(page);
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await page.getAttribute("html", "data-theme")).toBe(theme);
    expect(await page.locator("h1").first().textContent()).toBeTruthy();

    const elsewhere = FULL_AXE_ELSEWHERE[path] !== undefined;
    const serious = await seriousAxeViolations(page, elsewhere ? { include: "astro-island" } : {});
    expect(serious).toEqual([]);
    await settle(page);
    expect(problems).toEqual([]);
  });
});
