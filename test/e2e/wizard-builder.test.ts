/**
 * The redirect URI builder on "Set up Google Cloud" (EN and IT) in a real Chromium against the real
 * API: the exact URI for an odoo.com database and a self-hosted URL, the 16–18 vs 19 base-path rule,
 * the http:// finding with the catalog's fix, copying, the keyboard, no layout shift, and the time
 * from input to result (printed, not asserted).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builderWords } from "../../src/components/wizard/words.ts";
import { launchBrowser } from "../support/browser.ts";
import { LABELS, type Lang, openGuide, timeToResult } from "./wizard-page.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TEXT = {
  en: {
    ok: "No problem found",
    httpTitle: "Odoo sends an http:// redirect URI (reverse proxy)",
    severity: "Error",
    online: "odoo.com database",
    chooseVersion: "Choose the Odoo version",
    kept: "Odoo 19.0 keeps the base path /erp",
    dropped: "Odoo 17.0 drops the base path /erp",
    copied: "Copied.",
    docs: "/troubleshooting/#redirect-uri-insecure-http",
  },
  it: {
    ok: "Nessun problema trovato",
    httpTitle: "Odoo invia un URI di reindirizzamento in http://",
    severity: "Errore",
    online: "Database odoo.com",
    chooseVersion: "Scegli la versione di Odoo",
    kept: "Odoo 19.0 mantiene il percorso di base /erp",
    dropped: "Odoo 17.0 scarta il percorso di base /erp",
    copied: "Copiato.",
    docs: "/it/troubleshooting/#redirect-uri-insecure-http",
  },
} as const;

describe.each(["en", "it"] as const)("redirect URI builder (%s)", (lang: Lang) => {
  const label = LABELS[lang];
  const text = TEXT[lang];

  it("turns an odoo.com database name into its exact URI, and copies it", async () => {
    const { context, page, problems, builder } = await openGuide(browser, lang, { clipboard: true });
    await builder.getByLabel(label.odooUrl, { exact: true }).fill("mycompany");
    const uri = builder.getByLabel(label.uri, { exact: true });
    expect(await uri.inputValue()).toBe("https://mycompany.odoo.com/google_gmail/confirm");
    await builder.locator(".wz-summary[data-state=done]").waitFor();
    expect(await builder.locator(".wz-summary").textContent()).toContain(text.ok);
    expect(await builder.locator(".wz-findings > li").count()).toBe(0);
    expect(await builder.locator(".wz-note").first().textContent()).toContain(text.online);

    await builder.getByRole("button", { name: label.copy, exact: true }).click();
    await builder.getByText(text.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "https://mycompany.odoo.com/google_gmail/confirm",
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it("flags an http:// URL with the catalog's finding and fix", async () => {
    const { context, problems, builder } = await openGuide(browser, lang);
    await builder.getByLabel(label.odooUrl, { exact: true }).fill("http://erp.acme-industries.com");
    expect(await builder.getByLabel(label.uri, { exact: true }).inputValue()).toBe(
      "http://erp.acme-industries.com/google_gmail/confirm",
    );
    const finding = builder.locator('.wz-findings [data-finding="redirect-uri-insecure-http"]');
    await finding.waitFor();
    expect(await builder.locator("[data-finding]").count()).toBe(1);
    expect(await finding.locator("summary .wz-badge").textContent()).toBe(text.severity);
    expect(await finding.locator("summary").textContent()).toContain(text.httpTitle);
    await finding.locator("summary").click();
    const steps = await finding.locator("ol li").allTextContents();
    expect(steps.join(" ")).toContain("proxy_mode = True");
    expect(await finding.locator("a").getAttribute("href")).toBe(text.docs);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps a base path on 19.0, drops it on 17.0, and asks for the version first", async () => {
    const { context, problems, builder } = await openGuide(browser, lang);
    await builder.getByLabel(label.odooUrl, { exact: true }).fill("https://erp.acme-industries.com/erp/");
    const uri = builder.getByLabel(label.uri, { exact: true });
    expect(await uri.inputValue()).toBe("");
    expect(await builder.locator(".wz-summary").textContent()).toContain(text.chooseVersion);

    const version = builder.getByLabel(label.version, { exact: true });
    await version.selectOption("19.0");
    expect(await uri.inputValue()).toBe("https://erp.acme-industries.com/erp/google_gmail/confirm");
    expect(await builder.locator(".wz-result").textContent()).toContain(text.kept);
    await version.selectOption("17.0");
    expect(await uri.inputValue()).toBe("https://erp.acme-industries.com/google_gmail/confirm");
    expect(await builder.locator(".wz-result").textContent()).toContain(text.dropped);
    await builder.locator(".wz-summary[data-state=done]").waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("works with the keyboard alone, with a visible focus ring", async () => {
    const { context, page, problems, builder } = await openGuide(browser, lang, { clipboard: true });
    await builder.getByLabel(label.odooUrl, { exact: true }).focus();
    await page.keyboard.type("https://erp.acme-industries.com/erp");
    await page.keyboard.press("Tab");
    const focusedLabel = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent);
    expect(await focusedLabel()).toBe(label.version);
    await page.keyboard.press("End");
    await page.keyboard.press("Tab"); // what Odoo sends, for a self-hosted Odoo
    expect(await focusedLabel()).toBe(builderWords[lang]["b.sends.label"]);
    await page.keyboard.press("Tab"); // the URI field: read-only, selectable
    expect(await focusedLabel()).toBe(label.uri);
    // Copy is disabled until the result is in; on a busy machine Tab could otherwise skip past it.
    await builder.locator(".wz-summary[data-state=done]").waitFor();
    await builder.locator("button:enabled", { hasText: label.copy }).waitFor();
    await page.keyboard.press("Tab");
    const button = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(button).toEqual({ text: label.copy, outline: "solid", width: "2px" });
    await page.keyboard.press("Enter");
    await builder.getByText(text.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "https://erp.acme-industries.com/erp/google_gmail/confirm",
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it("reports the time to show results (which take the height of their content)", async () => {
    const { context, page, problems, builder } = await openGuide(browser, lang);
    const field = `#${await builder.getByLabel(label.odooUrl, { exact: true }).getAttribute("id")}`;
    const uriField = `#${await builder.getByLabel(label.uri, { exact: true }).getAttribute("id")}`;

    const uriMs = await timeToResult(
      page,
      { selector: field, value: "mycompany" },
      { selector: uriField, value: "https://mycompany.odoo.com/google_gmail/confirm" },
    );
    const okMs = await timeToResult(
      page,
      { selector: field, value: "mycompany2" },
      { selector: ".wz-result--builder .wz-summary[data-state=done]" },
    );
    const findingMs = await timeToResult(
      page,
      { selector: field, value: "http://erp.acme-industries.com" },
      { selector: '.wz-findings [data-finding="redirect-uri-insecure-http"]' },
    );
    console.log(
      `builder (${lang}): URI shown ${uriMs.toFixed(1)} ms after input; API result ${okMs.toFixed(1)} ms, http:// finding ${findingMs.toFixed(1)} ms`,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
