/**
 * The consent checklist on "Set up Google Cloud" (EN and IT) in a real Chromium: a sending address
 * missing from the test users predicts test-user-missing, personal Gmail with an Internal app predicts
 * org-internal, each with the catalog's fix; the Testing and production trade-offs are stated; the
 * radio groups work from the keyboard; the time from input to prediction is printed, not asserted.
 */
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { LABELS, type Lang, line, lineStatus, openGuide, timeToResult } from "./wizard-page.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TEXT = {
  en: {
    missing: "Error 403: access_denied: sales@gmail.com is not a test user.",
    missingTitle: "The Google account is not a test user of the app (Error 403: access_denied)",
    orgInternal: "Error 403: org_internal: a personal account",
    orgTitle: "The account is outside the organization of an Internal app (Error 403: org_internal)",
    sevenDays: "each connection expires after 7 days",
    unverified: "an unverified-app warning at each connection",
    listed: "sales@gmail.com is a test user.",
    notNeeded: "Not needed: an app in production has no test-user list.",
    refused: "Google would refuse this setup (1).",
    none: "No refusal predicted.",
    skip: "Not checked",
  },
  it: {
    missing: "Error 403: access_denied: sales@gmail.com non è un utente di test.",
    missingTitle: "L'account Google non è tra gli utenti di test dell'app (Error 403: access_denied)",
    orgInternal: "Error 403: org_internal: un account personale",
    orgTitle: "L'account è esterno all'organizzazione di un'app Interna (Error 403: org_internal)",
    sevenDays: "ogni collegamento scade dopo 7 giorni",
    unverified: "avviso di app non verificata a ogni collegamento",
    listed: "sales@gmail.com è un utente di test.",
    notNeeded: "Non servono: un'app in produzione non ha un elenco di utenti di test.",
    refused: "Google rifiuterebbe questa configurazione (1).",
    none: "Nessun rifiuto previsto.",
    skip: "Non controllato",
  },
} as const;

async function choose(consent: Locator, ...labels: string[]): Promise<void> {
  for (const name of labels) await consent.getByRole("radio", { name, exact: true }).check();
}

describe.each(["en", "it"] as const)("consent checklist (%s)", (lang: Lang) => {
  const label = LABELS[lang];
  const text = TEXT[lang];

  it("predicts test-user-missing when the sending address is not a test user", async () => {
    const { context, problems, consent } = await openGuide(browser, lang);
    await choose(consent, label.gmail, label.external, label.testing);
    await consent.getByLabel(label.email, { exact: true }).fill("sales@gmail.com");
    await consent.getByLabel(label.testUsers, { exact: true }).fill("someone.else@gmail.com");
    expect(await lineStatus(consent, "test-user")).toBe(label.fail);
    expect(await line(consent, "test-user").locator(".wz-line-body").textContent()).toBe(
      `${LABELS[lang].testUsers}: ${text.missing}`,
    );
    const fix = line(consent, "test-user").locator("details[data-finding=test-user-missing]");
    await fix.waitFor();
    expect(await fix.locator(".wz-fix-title").textContent()).toBe(text.missingTitle);
    expect(await consent.locator(".wz-summary").textContent()).toBe(text.refused);
    expect(await lineStatus(consent, "trade-off")).toBe(label.info);
    expect(await line(consent, "trade-off").textContent()).toContain(text.sevenDays);

    // Adding the address (Gmail ignores dots and case) clears the prediction.
    await consent.getByLabel(label.testUsers, { exact: true }).fill("someone.else@gmail.com\nSales@Gmail.com");
    expect(await lineStatus(consent, "test-user")).toBe(label.pass);
    expect(await line(consent, "test-user").textContent()).toContain(text.listed);
    expect(await consent.locator(".wz-summary").textContent()).toBe(text.none);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("predicts org-internal for personal Gmail with an Internal app, and states the production trade-off", async () => {
    const { context, problems, consent } = await openGuide(browser, lang);
    await choose(consent, label.gmail, label.internal);
    expect(await lineStatus(consent, "access")).toBe(label.fail);
    expect(await line(consent, "access").textContent()).toContain(text.orgInternal);
    const fix = line(consent, "access").locator("details[data-finding=org-internal]");
    await fix.waitFor();
    expect(await fix.locator(".wz-fix-title").textContent()).toBe(text.orgTitle);
    await fix.locator("summary").click();
    expect(await fix.locator("ol li").count()).toBeGreaterThan(1);

    await choose(consent, label.external, label.production);
    expect(await lineStatus(consent, "access")).toBe(label.pass);
    expect(await lineStatus(consent, "test-user")).toBe(text.skip);
    expect(await line(consent, "test-user").textContent()).toContain(text.notNeeded);
    expect(await line(consent, "trade-off").textContent()).toContain(text.unverified);
    await line(consent, "trade-off").locator("details[data-finding=app-unverified]").waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("works with the keyboard alone: arrow keys move through each radio group", async () => {
    const { context, page, problems, consent } = await openGuide(browser, lang);
    await consent.getByRole("radio", { name: label.gmail, exact: true }).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab"); // to the user type group
    await page.keyboard.press("ArrowDown"); // Internal → External selects External
    await page.keyboard.press("ArrowUp"); // back to Internal
    expect(await consent.getByRole("radio", { name: label.internal, exact: true }).isChecked()).toBe(true);
    expect(await lineStatus(consent, "access")).toBe(label.fail);
    const focused = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as HTMLElement);
      return { outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused).toEqual({ outline: "solid", width: "2px" });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("reports the time to show predictions (which take the height of their content)", async () => {
    const { context, page, problems, consent } = await openGuide(browser, lang);
    const radio = async (name: string) =>
      `#${await consent.getByRole("radio", { name, exact: true }).evaluate((el) => {
        el.id ||= `wz-test-${Math.random().toString(36).slice(2)}`;
        return el.id;
      })}`;
    await choose(consent, label.gmail);
    const internalMs = await timeToResult(
      page,
      { selector: await radio(label.internal) },
      { selector: "li.wz-line[data-check=access] .wz-badge", text: label.fail },
    );
    await choose(consent, label.external, label.testing);
    await consent.getByLabel(label.testUsers, { exact: true }).fill("someone.else@gmail.com");
    expect(await lineStatus(consent, "test-user")).toBe(label.todo);
    const email = `#${await consent.getByLabel(label.email, { exact: true }).getAttribute("id")}`;
    const missingMs = await timeToResult(
      page,
      { selector: email, value: "sales@gmail.com" },
      { selector: "li.wz-line[data-check=test-user] details[data-finding=test-user-missing]" },
    );
    console.log(
      `consent checklist (${lang}): org-internal shown ${internalMs.toFixed(1)} ms after input, test-user-missing ${missingMs.toFixed(1)} ms`,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
