/**
 * The diagnostics form (/diagnose/, /it/diagnose/) in a real Chromium against the real API: ranked
 * findings within 2 s, the client JSON read in the browser without its secret leaving it, Markdown
 * for the ticket, localized validation and server problems, keyboard use, axe-core in both themes,
 * and the island's JavaScript budget.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAxeViolations } from "../support/axe.ts";
import { baseUrl, launchBrowser, watchForErrors } from "../support/browser.ts";
import { expectIslandWithin } from "../support/island-weight.ts";
import { DIST } from "../support/site-pages.ts";

const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const SECRET = "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";
const RESULTS_WITHIN_MS = 2_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
  /** Raw bodies posted to /api/diagnose, in order. */
  posted: string[];
}

interface OpenOptions {
  theme?: "dark" | "light";
  clipboard?: "granted" | "refused";
  width?: number;
}

async function openForm(path: string, { theme = "dark", clipboard, width }: OpenOptions = {}): Promise<Opened> {
  const context = await browser.newContext({
    colorScheme: theme,
    ...(width ? { viewport: { width, height: 900 } } : {}),
  });
  await context.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
  if (clipboard === "granted") {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
  }
  if (clipboard === "refused") {
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    });
  }
  const page = await context.newPage();
  const problems = watchForErrors(page);
  const posted: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/diagnose") posted.push(request.postData() ?? "");
  });
  await page.goto(baseUrl() + path);
  await page.locator("form.dx-form").scrollIntoViewIfNeeded();
  // client:visible hydrates once the form is on screen; the buttons are enabled from then on.
  await page.locator("form.dx-form button[type=submit]:enabled").waitFor();
  return { context, page, problems, posted };
}

/** Submits and waits for the first finding, failing if it takes longer than the budget. */
async function diagnose(page: Page, button: string): Promise<number> {
  const started = Date.now();
  await page.locator("form.dx-form").getByRole("button", { name: button, exact: true }).click();
  await page.locator(".dx-findings > li").first().waitFor({ timeout: RESULTS_WITHIN_MS });
  return Date.now() - started;
}

const findingIds = (page: Page) =>
  page.locator(".dx-findings [data-finding]").evaluateAll((els) => els.map((el) => el.getAttribute("data-finding")));

function clientFile(section: "web" | "installed") {
  const body = {
    [section]: {
      client_id: CLIENT_ID,
      project_id: "odoo-mail-123456",
      client_secret: SECRET,
      redirect_uris: section === "web" ? ["https://erp.example.com/google_gmail/confirm"] : ["http://localhost"],
    },
  };
  return {
    name: `client_secret_${section}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(body)),
  };
}

describe("diagnostics form in English", () => {
  it("ranks the reverse-proxy cause first for redirect_uri_mismatch with an http:// Odoo URL", async () => {
    const { context, page, problems, posted } = await openForm("/diagnose/");
    await page.getByLabel("Error text or message").fill("Error 400: redirect_uri_mismatch");
    await page.getByLabel("Odoo URL (web.base.url)").fill("http://erp.acme-industries.com");
    expect(await diagnose(page, "Diagnose")).toBeLessThanOrEqual(RESULTS_WITHIN_MS);

    expect((await findingIds(page))[0]).toBe("redirect-uri-insecure-http");
    const first = page.locator(".dx-findings > li").first();
    expect(await first.locator(".dx-badge").textContent()).toBe("Error");
    expect(await first.locator("h4").textContent()).toContain("Odoo sends an http:// redirect URI");
    const steps = await first.locator(".dx-steps li").allTextContents();
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.join(" ")).toContain("proxy_mode = True");
    expect(await first.locator(".dx-evidence li").allTextContents()).toEqual([
      "odooUrl http://erp.acme-industries.com",
    ]);
    const link = first.getByRole("link", { name: /^Read more in the guide/ });
    expect(await link.getAttribute("href")).toBe("/troubleshooting/#redirect-uri-insecure-http");
    expect(JSON.parse(posted[0] ?? "{}")).toEqual({
      lang: "en",
      errorText: "Error 400: redirect_uri_mismatch",
      odooUrl: "http://erp.acme-industries.com",
    });

    await link.click();
    await page.waitForURL("**/troubleshooting/#redirect-uri-insecure-http");
    expect(await page.locator("#redirect-uri-insecure-http").count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("reads a Desktop client JSON in the browser, never sends its secret, and copies Markdown", async () => {
    const { context, page, problems, posted } = await openForm("/diagnose/", { clipboard: "granted" });
    await page.getByLabel("Error text or message").fill("Error 400: redirect_uri_mismatch");
    await page.getByLabel("Client JSON file").setInputFiles(clientFile("installed"));
    await page.locator(".dx-client-status", { hasText: "client_secret_installed.json: Desktop app" }).waitFor();
    await diagnose(page, "Diagnose");

    expect((await findingIds(page))[0]).toBe("client-type-desktop");
    expect(posted).toHaveLength(1);
    const raw = posted[0] ?? "";
    expect(raw).not.toContain("GOCSPX");
    expect(raw).not.toContain(SECRET.slice(7));
    expect(JSON.parse(raw).clientSecretJson).toEqual({
      installed: {
        client_id: CLIENT_ID,
        client_secret: "REDACTED",
        redirect_uris: ["http://localhost"],
        javascript_origins: [],
      },
    });

    const title = (await page.locator(".dx-findings h4").first().textContent()) ?? "";
    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    await page.getByText("Copied: paste it into the ticket.").waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain("## Gmail ↔ Odoo OAuth diagnosis");
    expect(markdown).toContain(`1. **Error: ${title.replace(/^Error:\s*/, "")}** (\`client-type-desktop\`)`);
    expect(markdown).toContain(`Read more: ${baseUrl()}/troubleshooting/#client-type-desktop`);
    expect(markdown).not.toContain("GOCSPX");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("accepts a dropped client JSON and a pasted one", async () => {
    const { context, page, problems } = await openForm("/diagnose/");
    const file = clientFile("web");
    const dataTransfer = await page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: "application/json" }));
        return transfer;
      },
      { name: file.name, text: file.buffer.toString() },
    );
    await page.locator(".dx-fieldset").dispatchEvent("drop", { dataTransfer });
    await page.locator(".dx-client-status", { hasText: "client_secret_web.json: Web application" }).waitFor();

    await page.getByLabel("Or paste its contents").fill("{ not json");
    await page.locator(".dx-client-status--error", { hasText: "Pasted JSON: this is not valid JSON" }).waitFor();
    await page.getByLabel("Or paste its contents").fill(clientFile("installed").buffer.toString());
    await page.locator(".dx-client-status", { hasText: "Pasted JSON: Desktop app" }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("refuses an empty form with a message and no request, and Clear empties everything", async () => {
    const { context, page, problems, posted } = await openForm("/diagnose/");
    const form = page.locator("form.dx-form");
    await form.getByRole("button", { name: "Diagnose", exact: true }).click();
    const message = page.getByText("Nothing to analyse yet");
    await message.waitFor();
    const textarea = page.getByLabel("Error text or message");
    expect(await textarea.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await textarea.getAttribute("aria-describedby")).toContain(await message.getAttribute("id"));
    expect(posted).toEqual([]);

    await textarea.fill("Error 403: org_internal");
    await diagnose(page, "Diagnose");
    await form.getByRole("button", { name: "Clear", exact: true }).click();
    expect(await textarea.inputValue()).toBe("");
    expect(await page.locator(".dx-findings").count()).toBe(0);
    expect(await textarea.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("works with the keyboard alone, with a visible focus ring", async () => {
    const { context, page, problems } = await openForm("/diagnose/");
    await page.getByLabel("Error text or message").focus();
    await page.keyboard.type("Error 401: invalid_client");
    await page.keyboard.press("Tab");
    await page.keyboard.type("https://accounts.google.com/signin/oauth/error?authError=aW52YWxpZF9jbGllbnQ");
    await page.keyboard.press("Enter");
    await page.locator(".dx-findings > li").first().waitFor({ timeout: RESULTS_WITHIN_MS });
    expect((await findingIds(page))[0]).toBe("invalid-client");

    await page.getByLabel("Odoo version").focus();
    await page.keyboard.press("Tab"); // the file input
    await page.keyboard.press("Tab"); // the paste area
    await page.keyboard.press("Tab"); // the consent <summary>
    await page.keyboard.press("Enter");
    expect(await page.locator("details.dx-details").getAttribute("open")).toBe("");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLSelectElement;
      const style = getComputedStyle(el);
      return { label: el.labels?.[0]?.textContent, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused).toEqual({ label: "Publishing status", outline: "solid", width: "2px" });
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("diagnostics form in Italian", () => {
  it("answers org_internal in Italian with an Italian guide link, and falls back to a selected textarea", async () => {
    const { context, page, problems, posted } = await openForm("/it/diagnose/", { clipboard: "refused" });
    expect(await page.getAttribute("html", "lang")).toBe("it");
    await page.getByLabel("Testo dell'errore o messaggio").fill("Errore 403: org_internal");
    expect(await diagnose(page, "Avvia la diagnosi")).toBeLessThanOrEqual(RESULTS_WITHIN_MS);

    expect((await findingIds(page))[0]).toBe("org-internal");
    const first = page.locator(".dx-findings > li").first();
    expect(await first.locator(".dx-badge").textContent()).toBe("Errore");
    expect(await first.locator("h4").textContent()).toContain("L'account è esterno all'organizzazione");
    const link = first.getByRole("link", { name: /^Approfondisci nella guida/ });
    expect(await link.getAttribute("href")).toBe("/it/troubleshooting/#org-internal");
    expect(JSON.parse(posted[0] ?? "{}").lang).toBe("it");

    await page.getByRole("button", { name: "Copia come Markdown" }).click();
    const fallback = page.getByLabel("Markdown per il ticket");
    await fallback.waitFor();
    const state = await fallback.evaluate((el: HTMLTextAreaElement) => ({
      focused: el === document.activeElement,
      selected: el.selectionStart === 0 && el.selectionEnd === el.value.length,
      value: el.value,
    }));
    expect(state.focused && state.selected).toBe(true);
    expect(state.value).toContain("## Diagnosi Gmail ↔ Odoo OAuth");
    expect(state.value).toContain(`Approfondisci: ${baseUrl()}/it/troubleshooting/#org-internal`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the server's Italian problem detail for a text over 20,000 characters", async () => {
    const { context, page, problems, posted } = await openForm("/it/diagnose/");
    await page.getByLabel("Testo dell'errore o messaggio").fill("x".repeat(20_001));
    await page.locator("form.dx-form").getByRole("button", { name: "Avvia la diagnosi" }).click();
    const alert = page.locator(".dx-alert");
    await alert.getByText("La diagnostica non può usare questi dati.").waitFor({ timeout: RESULTS_WITHIN_MS });
    expect(await alert.locator(".dx-detail").textContent()).toBe(
      "Alcuni campi non sono utilizzabili: errorText: più lungo di 20000 caratteri.",
    );
    expect(posted).toHaveLength(1);
    // The refused request is the point of this test; anything else would be a real problem.
    const unexpected = problems.filter((p) => !/(http 400: .*\/api\/diagnose|status of 400)/.test(p));
    expect(unexpected).toEqual([]);
    await context.close();
  });
});

const BARE_535 = "535-5.7.8 Username and Password not accepted. For more information, go to";

describe("diagnostics form: the deciding question", () => {
  it("asks how the server logs in for a bare 535-5.7.8, and the answer puts that cause first (English, 390 px)", async () => {
    const { context, page, problems } = await openForm("/diagnose/", { clipboard: "granted", width: 390 });
    await page.getByLabel("Error text or message").fill(BARE_535);
    await diagnose(page, "Diagnose");
    expect(await findingIds(page)).toEqual(["smtp-auth-rejected", "smtp-password-auth"]);
    expect(await page.getByText("Confidence: low. Another cause fits the evidence as well.").count()).toBe(1);

    const question = page.getByRole("group", { name: "One fact decides between the first causes" });
    expect(await question.getByText("How does the outgoing server log in to Gmail?", { exact: false }).count()).toBe(1);
    const password = question.getByRole("button", { name: "Username and password, or an app password" });
    expect(await password.getAttribute("aria-pressed")).toBe("false");
    await password.click();
    expect(await password.getAttribute("aria-pressed")).toBe("true");
    expect(await findingIds(page)).toEqual(["smtp-password-auth", "smtp-auth-rejected"]);
    await question.getByText("Answer: Username and password, or an app password.", { exact: false }).waitFor();
    expect(await page.getByText("Confidence:", { exact: false }).count()).toBe(0);

    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    await page.getByText("Copied: paste it into the ticket.").waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown.indexOf("`smtp-password-auth`")).toBeLessThan(markdown.indexOf("`smtp-auth-rejected`"));

    await question.getByRole("button", { name: "Gmail OAuth Authentication" }).click();
    expect(await findingIds(page)).toEqual(["smtp-auth-rejected", "smtp-password-auth"]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("asks in Italian at 1280 px, and marks the symptom the first cause explains", async () => {
    const { context, page, problems } = await openForm("/it/diagnose/", { width: 1280 });
    await page.getByLabel("Testo dell'errore o messaggio").fill("invalid_grant: Bad Request");
    await diagnose(page, "Avvia la diagnosi");
    const question = page.getByRole("group", { name: "Un solo fatto decide tra le prime cause" });
    expect(await question.getByText("In quale momento Google ha risposto invalid_grant?").count()).toBe(1);
    await question
      .getByRole("button", {
        name: "Più tardi, durante l'invio o la ricezione della posta, oppure con Prova Connessione",
      })
      .click();
    expect((await findingIds(page))[0]).toBe("refresh-token-invalid");
    await question.getByText("Risposta: Più tardi", { exact: false }).waitFor();

    const textarea = page.getByLabel("Testo dell'errore o messaggio");
    await textarea.fill("Errore 400: redirect_uri_mismatch");
    await page.getByLabel("URL di Odoo (web.base.url)").fill("http://erp.rossi-srl.it");
    await page.locator("form.dx-form").getByRole("button", { name: "Avvia la diagnosi" }).click();
    await page.locator(".dx-findings [data-finding='redirect-uri-mismatch']").waitFor();
    expect(await findingIds(page)).toEqual(["redirect-uri-insecure-http", "redirect-uri-mismatch"]);
    expect(await page.locator(".dx-question").count()).toBe(0);
    expect(await page.getByText("Affidabilità: alta.", { exact: false }).count()).toBe(1);
    const second = page.locator(".dx-findings > li").nth(1);
    expect(await second.locator(".dx-explained").textContent()).toBe("Spiegato dalla prima causa");
    expect(await page.locator(".dx-findings > li").first().locator(".dx-explained").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.each([
  { path: "/diagnose/", text: BARE_535, button: "Diagnose" },
  { path: "/it/diagnose/", text: "access_denied", button: "Avvia la diagnosi" },
])("axe-core on $path with the question shown", ({ path, text, button }) => {
  it.each(["dark", "light"] as const)("has no serious or critical violation in the %s theme", async (theme) => {
    const { context, page, problems } = await openForm(path, { theme });
    await page.locator("form.dx-form textarea").first().fill(text);
    await diagnose(page, button);
    await page.locator(".dx-question button").first().click();
    expect(await page.locator(".dx-question button[aria-pressed='true']").count()).toBe(1);
    const serious = await seriousAxeViolations(page);
    expect(serious).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.each([
  { path: "/diagnose/", text: "Error 400: redirect_uri_mismatch", button: "Diagnose" },
  { path: "/it/diagnose/", text: "Errore 403: org_internal", button: "Avvia la diagnosi" },
])("axe-core on $path with findings shown", ({ path, text, button }) => {
  it.each(["dark", "light"] as const)("has no serious or critical violation in the %s theme", async (theme) => {
    const { context, page, problems } = await openForm(path, { theme });
    expect(await page.getAttribute("html", "data-theme")).toBe(theme);
    await page.locator("form.dx-form textarea").first().fill(text);
    await page.locator("form.dx-form input[type=url]").nth(1).fill("http://erp.example.com");
    await page.locator("form.dx-form input[type=file]").setInputFiles(clientFile("web"));
    await page.locator("details.dx-details summary").click();
    await diagnose(page, button);
    expect(await page.locator(".dx-badge").count()).toBeGreaterThan(0);

    const serious = await seriousAxeViolations(page);
    expect(serious).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("island weight", () => {
  it.each(["diagnose", "it/diagnose"])(
    "/%s/ ships at most 15 KB of gzipped island JavaScript, Preact included",
    (page) => expectIslandWithin(page, "DiagnoseForm", 15_000),
  );

  it("leaves the troubleshooting pages without the form's code (they link to it; only Check my Odoo is an island there)", () => {
    for (const page of ["troubleshooting", "it/troubleshooting"]) {
      const html = readFileSync(join(DIST, page, "index.html"), "utf8");
      expect(html).not.toMatch(/DiagnoseForm/);
      const islands = [...html.matchAll(/component-url="\/_astro\/([A-Za-z]+)\./g)].map((m) => m[1]);
      expect(islands).toEqual(["OdooProbe"]);
      expect(html).toContain(page.startsWith("it/") ? 'href="/it/diagnose/"' : 'href="/diagnose/"');
    }
  });
});
