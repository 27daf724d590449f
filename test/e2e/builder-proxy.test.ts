/**
 * The redirect URI builder behind a reverse proxy, in Chromium, English and Italian: the address users
 * open and what Odoo sends side by side; when Odoo sends http://, the fix in Odoo is the next action
 * (web.base.url, freeze, proxy mode and headers) and the URI to register can be copied; an http://
 * address on a public host is never offered for copying; when both agree, they are said to match.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builderWords } from "../../src/components/wizard/words.ts";
import { launchBrowser } from "../support/browser.ts";
import { type Lang, openGuide } from "./wizard-page.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(["en", "it"] as const)("the builder behind a proxy (%s)", (lang: Lang) => {
  const s = builderWords[lang];

  it("puts what Odoo sends beside the URI to register, and makes the fix in Odoo the next action", async () => {
    const { context, problems, builder } = await openGuide(browser, lang);
    await builder.getByLabel(s["b.url.label"], { exact: true }).fill("https://erp.acme-industries.com");
    await builder.getByLabel(s["b.version.label"], { exact: true }).selectOption("17.0");
    await builder.getByLabel(s["b.sends.label"], { exact: true }).fill("http://erp.acme-industries.com");
    await builder.locator(".wz-summary[data-state=done]").waitFor();

    expect(await builder.locator(".wz-sends .wz-pair-value").textContent()).toBe(
      "http://erp.acme-industries.com/google_gmail/confirm",
    );
    expect(await builder.getByLabel(s["b.uri.label"], { exact: true }).inputValue()).toBe(
      "https://erp.acme-industries.com/google_gmail/confirm",
    );
    expect(await builder.locator(".wz-compare").getAttribute("data-differs")).toBe("scheme");
    const next = builder.locator('[data-next="fix-odoo"]');
    expect(await next.locator(".wz-next-title").textContent()).toBe(s["b.next"]);
    expect(await next.locator("li").evaluateAll((items) => items.map((li) => li.getAttribute("data-fix")))).toEqual([
      "base-url",
      "freeze",
      "proxy",
    ]);
    expect(await next.textContent()).toContain("https://erp.acme-industries.com");
    expect(await next.textContent()).not.toContain("web.base.url` is `http");
    // The URI to register is one Google accepts: it may be copied.
    expect(await builder.getByRole("button", { name: s["b.copy"], exact: true }).isEnabled()).toBe(true);

    // Once Odoo sends the same, they match and the fix is no longer the next action.
    await builder.getByLabel(s["b.sends.label"], { exact: true }).fill("https://erp.acme-industries.com/");
    await builder.locator('.wz-compare[data-differs=""]').waitFor();
    expect(await builder.locator(".wz-compare").textContent()).toBe(s["b.match"]);
    expect(await builder.locator('[data-next="fix-odoo"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("never offers to copy an http:// URI for a public host, and says what to type instead", async () => {
    const { context, problems, builder } = await openGuide(browser, lang);
    await builder.getByLabel(s["b.url.label"], { exact: true }).fill("http://erp.acme-industries.com");
    await builder.getByLabel(s["b.version.label"], { exact: true }).selectOption("18.0");
    await builder.locator(".wz-summary[data-state=done]").waitFor();
    expect(await builder.getByRole("button", { name: s["b.copy"], exact: true }).isDisabled()).toBe(true);
    expect(await builder.locator(".wz-summary").textContent()).toContain("https://");
    // The self-hosted steps never tell to set web.base.url to the http:// address.
    expect(await builder.locator("details.wz-details").textContent()).not.toContain("http://erp.acme-industries.com");
    expect(problems).toEqual([]);
    await context.close();
  });
});
