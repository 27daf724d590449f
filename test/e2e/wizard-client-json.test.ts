/**
 * The client JSON checker on "Set up Google Cloud" (EN and IT) in a real Chromium: a Desktop
 * (`installed`) file fails with the catalog's fix, a redirect URI registered with a trailing slash is
 * "not registered exactly", JavaScript origins are a note, bad JSON is named; the file is read in the
 * browser and never uploaded; the time from input to result is printed, not asserted.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientWords } from "../../src/components/wizard/words.ts";
import { launchBrowser } from "../support/browser.ts";
import {
  CLIENT_ID,
  clientFile,
  LABELS,
  type Lang,
  line,
  lineStatus,
  openGuide,
  SECRET,
  timeToResult,
} from "./wizard-page.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const URI = "https://erp.acme-industries.com/google_gmail/confirm";

const TEXT = {
  en: {
    desktop: "Desktop app: Odoo needs a Web application client.",
    desktopFix: "The OAuth client is a Desktop app, not a Web application",
    webStep: "Application type Web application",
    skip: "Not checked",
    notExactly: `${URI} is not registered exactly.`,
    trailing: `Registered with a trailing slash: ${URI}/.`,
    registered: `${URI} is registered.`,
    origins: "Listed: https://erp.acme-industries.com. Odoo needs none.",
    notJson: "Pasted JSON: this is not valid JSON",
    failedOne: "1 of 5 checks failed.",
  },
  it: {
    desktop: "App desktop: a Odoo serve un client Applicazione web.",
    desktopFix: "Il client OAuth è di tipo App desktop, non Applicazione web",
    webStep: "Applicazione web",
    skip: "Non controllato",
    notExactly: `${URI} non è registrato esattamente.`,
    trailing: `Registrato con una barra finale: ${URI}/.`,
    registered: `${URI} è registrato.`,
    origins: "Presenti: https://erp.acme-industries.com. A Odoo non ne serve nessuna.",
    notJson: "JSON incollato: non è un JSON valido",
    failedOne: "Controlli non superati: 1 su 5.",
  },
} as const;

/** Drops a file on the checker's box the way a browser does, with a DataTransfer carrying it. */
async function dropFile(page: Page, target: Locator, file: ReturnType<typeof clientFile>): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: "application/json" }));
      return transfer;
    },
    { name: file.name, text: file.buffer.toString() },
  );
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}

describe.each(["en", "it"] as const)("client JSON checker (%s)", (lang: Lang) => {
  const label = LABELS[lang];
  const text = TEXT[lang];

  it("fails a Desktop (installed) client with the catalog's fix, without uploading the file", async () => {
    const { context, problems, requests, checker } = await openGuide(browser, lang);
    await checker
      .getByLabel(label.clientFile, { exact: true })
      .setInputFiles(clientFile("installed", ["http://localhost"]));
    await line(checker, "type").locator("details[data-finding=client-type-desktop]").waitFor();
    expect(await lineStatus(checker, "type")).toBe(label.fail);
    expect(await line(checker, "type").locator(".wz-line-body").textContent()).toContain(text.desktop);
    const fix = line(checker, "type").locator("details");
    expect(await fix.locator("summary").textContent()).toContain(label.howToFix);
    expect(await fix.locator(".wz-fix-title").textContent()).toBe(text.desktopFix);
    await fix.locator("summary").click();
    expect((await fix.locator("ol li").allTextContents()).join(" ")).toContain(text.webStep);
    expect(await lineStatus(checker, "redirect")).toBe(text.skip);
    expect(await lineStatus(checker, "clientId")).toBe(label.pass);
    expect(await lineStatus(checker, "secret")).toBe(label.pass);

    const sent = requests.filter(
      (r) => r.body.includes("GOCSPX") || r.url.includes("GOCSPX") || r.body.includes(CLIENT_ID),
    );
    expect(sent).toEqual([]);
    expect(
      requests.filter((r) => new URL(r.url).pathname.startsWith("/api/")).map((r) => new URL(r.url).pathname),
    ).toEqual(["/api/findings"]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("fails a redirect URI registered with a trailing slash as not registered exactly", async () => {
    const { context, page, problems, builder, checker } = await openGuide(browser, lang);
    await builder.getByLabel(label.odooUrl, { exact: true }).fill("https://erp.acme-industries.com");
    await dropFile(page, checker.locator("fieldset"), clientFile("web", [`${URI}/`]));
    await line(checker, "redirect").locator("details[data-finding=redirect-uri-wrong-path]").waitFor();
    expect(await lineStatus(checker, "redirect")).toBe(label.fail);
    const body = (await line(checker, "redirect").locator(".wz-line-body").textContent()) ?? "";
    expect(body).toContain(text.notExactly);
    expect(body).toContain(text.trailing);
    expect(await checker.locator(".wz-summary").textContent()).toBe(text.failedOne);

    // Registering the exact URI makes the line pass.
    await checker.getByLabel(label.paste, { exact: true }).fill(clientFile("web", [URI]).buffer.toString());
    expect(await lineStatus(checker, "redirect")).toBe(label.pass);
    expect(await line(checker, "redirect").locator(".wz-line-body").textContent()).toContain(text.registered);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("notes JavaScript origins, and names JSON it cannot read", async () => {
    const { context, page, problems, builder, checker } = await openGuide(browser, lang);
    await builder.getByLabel(label.odooUrl, { exact: true }).fill("https://erp.acme-industries.com");
    const paste = checker.getByLabel(label.paste, { exact: true });
    await paste.fill(
      clientFile("web", [URI], { javascript_origins: ["https://erp.acme-industries.com"] }).buffer.toString(),
    );
    await line(checker, "origins").locator("details[data-finding=javascript-origins-present]").waitFor();
    expect(await lineStatus(checker, "origins")).toBe(label.info);
    expect(await line(checker, "origins").locator(".wz-line-body").textContent()).toContain(text.origins);
    expect(await lineStatus(checker, "redirect")).toBe(label.pass);

    await paste.fill("{ not json");
    // The summary says nothing can be checked; the widget's own status names what is wrong.
    expect(await checker.locator(".wz-summary").textContent()).toBe(clientWords[lang]["c.unusable"]);
    expect(await checker.locator(".dx-client-status--error").textContent()).toBe(text.notJson);
    expect(await page.locator("li.wz-line[data-check=type] .wz-badge").first().textContent()).not.toBe(label.fail);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("reports the time to show results (which take the height of their content)", async () => {
    const { context, page, problems, checker } = await openGuide(browser, lang);
    const paste = `#${await checker.getByLabel(label.paste, { exact: true }).getAttribute("id")}`;
    const desktopMs = await timeToResult(
      page,
      { selector: paste, value: clientFile("installed", ["http://localhost"]).buffer.toString() },
      { selector: "li.wz-line[data-check=type] .wz-line-body", text: text.desktop },
    );
    const webMs = await timeToResult(
      page,
      {
        selector: paste,
        value: clientFile("web", [`${URI}/`], { javascript_origins: ["https://a.example"] }).buffer.toString(),
      },
      { selector: "li.wz-line[data-check=origins] .wz-badge", text: label.info },
    );
    console.log(
      `client JSON checker (${lang}): Desktop result ${desktopMs.toFixed(1)} ms after input, Web result ${webMs.toFixed(1)} ms`,
    );
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(SECRET.slice(7));
    expect(problems).toEqual([]);
    await context.close();
  });
});
