/**
 * The emulated Google pages in a real Chromium, in English and Italian (hl=it and the browser's
 * Accept-Language): account chooser, Advanced → "Go to … (unsafe)", granular consent, Cancel →
 * error=access_denied, and error pages that stay on Google's side with authError in their URL.
 * Starts its own server (the sandbox mounted at /sandbox/google plus a stand-in callback).
 */
import { OAuth2Client } from "google-auth-library";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeAuthError } from "../../server/sandbox/google/auth-error.ts";
import { GOOGLE_MOUNT, GOOGLE_PATHS } from "../../server/sandbox/google/paths.ts";
import { type SandboxServer, startSandboxServer } from "../../server/sandbox/google/test-server.ts";
import type { ScenarioName } from "../../server/sandbox/world.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { launchBrowser } from "../support/browser.ts";

const MAIL = "https://mail.google.com/";
const EMAIL = "https://www.googleapis.com/auth/userinfo.email";
const SEND = "https://www.googleapis.com/auth/gmail.send";

let s: SandboxServer;
let browser: Browser;
let callback: string;

beforeAll(async () => {
  s = await startSandboxServer((app) => {
    app.get("/api/live/callback", (c) => c.text(`callback ${new URL(c.req.url).search}`));
  });
  callback = `${s.baseUrl}/api/live/callback`;
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await s?.close();
});

function authUrl(name: ScenarioName, params: Record<string, string> = {}): string {
  const client = s.google.world.clientByName(name);
  const oauth = new OAuth2Client({ clientId: client?.clientId ?? "", redirectUri: callback, endpoints: s.endpoints });
  return oauth.generateAuthUrl({ access_type: "offline", prompt: "consent", state: "st", scope: [MAIL], ...params });
}

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every URL the browser requested. */
  requests: string[];
  problems: string[];
}

async function open(locale: "en-US" | "it-IT"): Promise<Watched> {
  const context = await browser.newContext({ locale, bypassCSP: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (m) => (m.type() === "error" ? problems.push(m.text()) : undefined));
  page.on("pageerror", (e) => problems.push(e.message));
  return { context, page, requests, problems };
}

describe("the emulated Google pages in Chromium", () => {
  it("EN: chooser (login_hint preselected), granular consent without the mail scope, code back to the app", async () => {
    const { context, page, problems } = await open("en-US");
    await page.goto(authUrl("healthy", { scope: `${MAIL} ${SEND} email`, login_hint: "odoo.tester@gmail.com" }));
    // Generous: one round trip to a loaded machine's Chromium can take longer than expect.poll's 1 s default.
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 15_000 }).toBe("Choose an account");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const first = page.locator("button[name=account]").first();
    expect(await first.getAttribute("value")).toBe("odoo.tester@gmail.com");
    expect(await page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.value)).toBe(
      "odoo.tester@gmail.com",
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await first.click();

    await page.waitForURL(`**${GOOGLE_MOUNT}${GOOGLE_PATHS.consent}?**`);
    expect(await page.locator("h1").textContent()).toBe("Odoo Mail (healthy) wants access to your Google Account");
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Two Gmail scopes: Google's granular consent, every box unticked until the user ticks it.
    const mail = page.getByRole("checkbox", {
      name: "Read, compose, send, and permanently delete all your email from Gmail",
    });
    expect(await mail.isChecked()).toBe(false);
    await page.getByRole("checkbox", { name: "Send email on your behalf" }).check();
    await page.getByRole("button", { name: "Continue" }).click();

    await page.waitForURL(`${callback}?**`);
    const back = new URL(page.url());
    expect([...back.searchParams.keys()].slice(0, 4)).toEqual(["state", "iss", "code", "scope"]);
    expect(back.searchParams.get("code")).toMatch(/^4\/0A/);
    expect(back.searchParams.get("scope")).toBe(`${SEND} email ${EMAIL}`);
    expect(back.searchParams.get("state")).toBe("st");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("EN: Odoo's single Gmail scope gets no checkbox, and Continue grants it", async () => {
    const { context, page, problems } = await open("en-US");
    await page.goto(authUrl("healthy"));
    await page.locator("button[name=account]").first().click();
    await page.waitForURL(`**${GOOGLE_MOUNT}${GOOGLE_PATHS.consent}?**`);
    expect(await page.getByRole("checkbox").count()).toBe(0);
    expect(await page.getByText("This will allow Odoo Mail (healthy) to:").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(`${callback}?**`);
    expect(new URL(page.url()).searchParams.get("scope")).toBe(MAIL);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("IT (hl=it): unverified app, Avanzate → Vai a … (non sicura), then Annulla → error=access_denied", async () => {
    const { context, page, problems } = await open("en-US");
    await page.goto(authUrl("production-unverified", { hl: "it" }));
    expect(await page.locator("h1").textContent()).toBe("Scegli un account");
    expect(await page.getAttribute("html", "lang")).toBe("it");
    await page.getByRole("button", { name: /not\.a\.tester@gmail\.com/ }).click();

    await page.waitForURL(`**${GOOGLE_PATHS.warning}?**`);
    expect(await page.locator("h1").textContent()).toBe("Google non ha verificato questa app");
    const unsafe = page.getByRole("button", { name: "Vai a Odoo Mail (production-unverified) (non sicura)" });
    expect(await unsafe.isVisible()).toBe(false);
    await page.getByText("Avanzate").click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await unsafe.click();

    await page.waitForURL(`**${GOOGLE_PATHS.consent}?**`);
    expect(await page.locator("h1").textContent()).toBe(
      "Odoo Mail (production-unverified) vuole accedere al tuo Account Google",
    );
    await page.getByRole("button", { name: "Annulla" }).click();
    await page.waitForURL(`${callback}?**`);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ error: "access_denied", state: "st" });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("IT (Accept-Language): redirect_uri_mismatch stays on Google's error page with authError", async () => {
    const { context, page, requests } = await open("it-IT");
    const badRedirect = "https://erp.example.org/google_gmail/confirm";
    const response = await page.goto(authUrl("healthy", { redirect_uri: badRedirect }));
    expect(response?.status()).toBe(400);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${GOOGLE_MOUNT}/signin/oauth/error/v2`);
    expect(url.searchParams.get("flowName")).toBe("GeneralOAuthFlow");
    expect(url.searchParams.get("client_id")).toBe(s.google.world.clientByName("healthy")?.clientId);
    expect(decodeAuthError(url.searchParams.get("authError") ?? "")?.error).toBe("redirect_uri_mismatch");
    expect(await page.locator("h1").textContent()).toBe("Accesso bloccato: la richiesta di questa app non è valida");
    expect(await page.locator(".code").textContent()).toBe("Errore 400: redirect_uri_mismatch");
    expect(await page.locator(".details").textContent()).toBe(
      `Dettagli della richiesta: redirect_uri=${badRedirect} flowName=GeneralOAuthFlow`,
    );
    expect(requests.filter((r) => r.startsWith("https://erp.example.org"))).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("EN: a non-test user gets Error 403: access_denied on Google's page, not at the app", async () => {
    const { context, page, requests } = await open("en-US");
    await page.goto(authUrl("missing-test-user"));
    await page.getByRole("button", { name: /not\.a\.tester@gmail\.com/ }).click();
    await page.waitForURL(`**${GOOGLE_PATHS.error}?**`);
    expect(await page.locator("h1").textContent()).toBe(
      "Access blocked: Odoo Mail (missing-test-user) has not completed the Google verification process",
    );
    expect(await page.locator(".code").textContent()).toBe("Error 403: access_denied");
    expect(new URL(page.url()).searchParams.get("authError")).toBeTruthy();
    expect(requests.filter((r) => r.startsWith(callback))).toEqual([]);
    await context.close();
  });
});
