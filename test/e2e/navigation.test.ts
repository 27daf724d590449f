/** Language picker, per-locale search and the localized 404 pages, in a real Chromium. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, settle, watchForErrors } from "../support/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = watchForErrors(page);
  await page.goto(baseUrl() + path);
  await settle(page);
  return { page, problems };
}

describe("language picker", () => {
  it("switches to the same page in Italian and back", async () => {
    const { page, problems } = await open("/odoo-setup/");
    await page.locator("starlight-lang-select select").first().selectOption({ label: "Italiano" });
    await page.waitForURL("**/it/odoo-setup/");
    expect(await page.getAttribute("html", "lang")).toBe("it");
    await page.locator("starlight-lang-select select").first().selectOption({ label: "English" });
    await page.waitForURL((url) => url.pathname === "/odoo-setup/");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("keeps the troubleshooting page when switching from the Italian home", async () => {
    const { page } = await open("/it/troubleshooting/");
    await page.locator("starlight-lang-select select").first().selectOption({ label: "English" });
    await page.waitForURL((url) => url.pathname === "/troubleshooting/");
    await page.close();
  });
});

describe("search", () => {
  async function search(path: string, term: string): Promise<string[]> {
    const { page, problems } = await open(path);
    await page.locator("button[data-open-modal]").first().click();
    const input = page.locator("dialog[open] input");
    await input.fill(term);
    const links = page.locator(".pagefind-ui__result-link");
    await links.first().waitFor({ timeout: 15_000 });
    const hrefs = await links.evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).pathname));
    expect(problems).toEqual([]);
    await page.close();
    return hrefs;
  }

  it('finds "redirect" in the English guide only', async () => {
    const hrefs = await search("/", "redirect");
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => !h.startsWith("/it/"))).toBe(true);
    expect(hrefs).toContain("/troubleshooting/");
  });

  it('finds "reindirizzamento" in the Italian guide only', async () => {
    const hrefs = await search("/it/", "reindirizzamento");
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith("/it/"))).toBe(true);
    expect(hrefs).toContain("/it/troubleshooting/");
  });
});

describe("404 page", () => {
  it("is English for unknown English paths", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl()}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("h1").first().textContent()).toContain("Page not found");
    await page.getByRole("link", { name: "Troubleshooting" }).first().click();
    await page.waitForURL("**/troubleshooting/");
    await page.close();
  });

  it("is Italian for unknown Italian paths", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl()}/it/pagina-inesistente/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute("html", "lang")).toBe("it");
    expect(await page.locator("h1").first().textContent()).toContain("Pagina non trovata");
    await page.close();
  });
});
