/**
 * The live connection test (/live-test/, /it/live-test/) in a real Chromium against the app with its
 * sandbox (test/support/sandbox-server.ts): practice runs clicked through the emulated Google pages like
 * a user, in direct and in Odoo mode (the emulated Odoo's Forbidden page on this site), the test email in
 * the sandbox inbox, each failing scenario's finding on its step and hop, progress shown while the run
 * is still going, Italian texts, axe-core in both themes, and the island's JavaScript budget.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RATE_LIMITED_FINDING } from "../../server/live/finding-map.ts";
import { strings } from "../../src/components/live/strings.ts";
import type { Scenario } from "../../src/components/live/types.ts";
import { clientJsonWords } from "../../src/components/shared/client-json-words.ts";
import { seriousAxeViolations } from "../support/axe.ts";
import { launchBrowser } from "../support/browser.ts";
import { expectIslandWithin, islandGzipBytes } from "../support/island-weight.ts";
import { ALL_PASSED } from "../support/live-expectations.ts";
import { type LiveSettings, type SandboxSite, startSandboxSite } from "../support/sandbox-server.ts";
import { DIST } from "../support/site-pages.ts";

/** The emulated Odoo's callback practice runs use in Odoo mode (test/e2e/practice-odoo.test.ts has the whole round trip). */
const ODOO_CONFIRM = "/sandbox/odoo/practice-19/google_gmail/confirm";
/** Generous: a run against the sandbox takes well under a second, but CI machines are slow. */
const RUN_MS = 20_000;

type Lang = "en" | "it";
const PATH: Record<Lang, string> = { en: "/live-test/", it: "/it/live-test/" };
const JUMP: Record<Lang, string> = { en: "Jump to your test run", it: "Vai alla tua esecuzione del test" };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each group gets its own server, so the runs of one group stay under the per-address rate limit. */
function useSite(live: LiveSettings = {}): () => SandboxSite {
  let site: SandboxSite | undefined;
  beforeAll(async () => {
    site = await startSandboxSite(live);
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error("the sandbox site did not start");
    return site;
  };
}

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and failed calls to the live test API. */
  problems: string[];
}

interface OpenOptions {
  theme?: "dark" | "light";
  clipboard?: "granted" | "refused";
}

async function openContext(site: SandboxSite, lang: Lang, { theme = "dark", clipboard }: OpenOptions = {}) {
  const context = await browser.newContext({ colorScheme: theme, locale: lang === "it" ? "it-IT" : "en-US" });
  await context.addInitScript(
    ({ t, origin }) => {
      // The first page of the context gets the theme; a test may switch it later.
      if (location.origin === origin && !localStorage.getItem("starlight-theme"))
        localStorage.setItem("starlight-theme", t);
    },
    { t: theme, origin: site.baseUrl },
  );
  if (clipboard === "granted") {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.baseUrl });
  }
  if (clipboard === "refused") {
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    });
  }
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // Google's error pages and Odoo's Forbidden page answer 4xx on purpose; Chromium logs those loads as errors.
    const url = message.location().url;
    if (
      message.type() === "error" &&
      !url.includes("/sandbox/google/signin/oauth/error") &&
      !url.includes(ODOO_CONFIRM)
    ) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname.startsWith("/api/")) {
      problems.push(`http ${response.status()}: ${response.url()}`);
    }
  });
  return { context, page, problems };
}

/** Scrolls the island into view (client:visible hydrates it then) and waits until it is interactive. */
async function formReady(page: Page): Promise<void> {
  await page.locator(".lt").scrollIntoViewIfNeeded();
  await page.locator(".lt-form button[type=submit]:enabled").waitFor();
}

async function openForm(site: SandboxSite, lang: Lang, options: OpenOptions = {}): Promise<Opened> {
  const opened = await openContext(site, lang, options);
  await opened.page.goto(site.baseUrl + PATH[lang]);
  await formReady(opened.page);
  return opened;
}

/** Fills the practice form and starts the run; resolves once the browser is on the sandbox's Google pages. */
async function startPractice(page: Page, lang: Lang, scenario: Scenario, mode: "direct" | "odoo" = "direct") {
  const s = strings[lang];
  await page.getByRole("switch", { name: s["practice.label"] }).check();
  await page.getByLabel(s["scenario.label"], { exact: true }).selectOption(scenario);
  await page.getByRole("radio", { name: s[`mode.${mode}`] }).check();
  await page.getByRole("button", { name: s["action.start"] }).click();
  try {
    await page.waitForURL("**/sandbox/google/**", { timeout: 10_000 });
  } catch (error) {
    const alert = await page.locator(".lt [role=alert]").allTextContents();
    throw new Error(`Google's page did not open: ${alert.join(" ") || "no message"} (${page.url()})`, { cause: error });
  }
}

/**
 * Chooses the suggested account, continues past a Testing warning and allows access. Without Gmail:
 * the no-mail-scope run asks two Gmail scopes, so Google's consent is granular (unticked boxes) and the
 * user ticks only "Send email on your behalf".
 */
async function passGoogle(page: Page, { withoutMail = false } = {}): Promise<void> {
  await page.locator("button[name=account]").first().click();
  await page.waitForURL(/\/signin\/oauth\/(warning|consent)\?/);
  if (page.url().includes("/signin/oauth/warning")) {
    await page.locator("button[name=action][value=continue]").click();
    await page.waitForURL(/\/signin\/oauth\/consent\?/);
  }
  if (withoutMail) {
    expect(await page.locator('input[name=scope][value="https://mail.google.com/"]').isChecked()).toBe(false);
    await page.locator('input[name=scope][value="https://www.googleapis.com/auth/gmail.send"]').check();
  }
  await page.locator("button[name=action][value=allow]").click();
}

/** Back on the test page: follows the page's own "jump to your run" link, which brings the island into view. */
async function showRun(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("link", { name: JUMP[lang] }).click();
  await page.locator(".lt-run").waitFor({ timeout: RUN_MS });
}

async function finished(page: Page, status: "passed" | "warning" | "failed"): Promise<void> {
  await page.locator(`.lt-run[data-run-status="${status}"]`).waitFor({ timeout: RUN_MS });
}

const stepStatuses = (page: Page) =>
  page
    .locator(".lt-step")
    .evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute("data-step"), el.getAttribute("data-status")])),
    );

const hopStates = (page: Page) =>
  page
    .locator(".lt-hop")
    .evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute("data-hop"), el.getAttribute("data-state")])),
    );

const runIdOf = (page: Page) => new URL(page.url()).searchParams.get("run") ?? "";

describe("a healthy practice run in direct mode", () => {
  const site = useSite();

  it("EN: goes through Google's pages, comes back with every step passed, and sends the test email", async () => {
    const { context, page, problems } = await openForm(site(), "en", { clipboard: "granted" });
    const s = strings.en;
    expect(await page.getByRole("switch", { name: s["practice.label"] }).isChecked()).toBe(false);
    await startPractice(page, "en", "healthy");
    expect(await page.locator("h1").textContent()).toBe("Choose an account");
    await passGoogle(page);

    await page.waitForURL(`${site().baseUrl}/live-test/?run=*`);
    const id = runIdOf(page);
    expect(id).not.toBe("");
    await showRun(page, "en");
    await finished(page, "passed");
    expect(await stepStatuses(page)).toEqual(ALL_PASSED);
    expect(await hopStates(page)).toEqual({
      browser: "passed",
      consent: "passed",
      callback: "passed",
      token: "passed",
      smtp: "passed",
    });
    expect(await page.locator(".lt-run-status").textContent()).toContain(s["run.status.passed"]);
    expect(await page.locator(".lt-hop-here").count()).toBe(0);

    const token = page.locator('[data-step="token"]');
    expect(await token.locator(".lt-step-status").textContent()).toBe("Passed");
    expect(await token.locator(".lt-step-title").textContent()).toMatch(/^Attempting to /);
    expect(await token.locator(".lt-elapsed").textContent()).toMatch(/^\d+ ms$/);
    expect(await page.locator('[data-step="send"] .lt-step-result').textContent()).toBe("Not requested");
    const details = page.locator(".lt-details").first();
    await details.locator("summary").click();
    expect(await details.getAttribute("open")).toBe("");
    expect(await details.locator("li").count()).toBeGreaterThan(0);
    const email = (await page.locator(".lt-meta dd").first().textContent()) ?? "";
    expect(email).toMatch(/@/);

    // The test email: from the account to the same account, and it is in the sandbox's inbox.
    const inboxBefore = (await (await fetch(`${site().baseUrl}/sandbox/gmail/messages`)).json()) as {
      messages: unknown[];
    };
    const send = page.getByRole("button", { name: s["send.action"] });
    expect(await send.isEnabled()).toBe(true);
    expect(await page.getByText("Test emails left: 3").count()).toBe(1);
    await send.click();
    await page.locator('[data-step="send"][data-status="passed"]').waitFor({ timeout: RUN_MS });
    await page.getByText(`Test email sent to ${email}.`).waitFor();
    await page.getByText("Test emails left: 2").waitFor();
    const inbox = (await (await fetch(`${site().baseUrl}/sandbox/gmail/messages`)).json()) as {
      messages: { account: string; from: string; to: string[] }[];
    };
    expect(inbox.messages).toHaveLength(inboxBefore.messages.length + 1);
    expect(inbox.messages.at(-1)?.account).toBe(email);
    expect(inbox.messages.at(-1)?.to).toEqual([email]);

    // The report: Markdown on the clipboard, JSON behind the download link, both without secrets.
    await page.getByRole("button", { name: s["copy.action"] }).click();
    await page.getByText(s["copy.done"]).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(email);
    expect(markdown).not.toMatch(/GOCSPX|ya29\.|1\/\/|4\/0A/);
    const download = page.getByRole("link", { name: s["download.action"] });
    const href = (await download.getAttribute("href")) ?? "";
    expect(href).toBe(`/api/live/${id}/report?format=json&lang=en`);
    const report = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    expect(JSON.parse(report)).toBeTruthy();
    expect(report).not.toMatch(/GOCSPX|ya29\.|1\/\/|4\/0A/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("IT: shows the Italian form, step titles and results, and the report when copying is refused", async () => {
    const { context, page, problems } = await openForm(site(), "it", { clipboard: "refused" });
    expect(await page.getAttribute("html", "lang")).toBe("it");
    await startPractice(page, "it", "healthy");
    expect(await page.locator("h1").textContent()).toBe("Scegli un account");
    await passGoogle(page);
    await page.waitForURL(`${site().baseUrl}/it/live-test/?run=*`);
    await showRun(page, "it");
    await finished(page, "passed");
    expect(await stepStatuses(page)).toEqual(ALL_PASSED);
    expect(await page.locator(".lt-run-status").textContent()).toContain("Tutti i passi riusciti");
    const titles = await page.locator(".lt-step-title").allTextContents();
    expect(titles.every((title) => title.startsWith("Tentativo di"))).toBe(true);
    expect(await page.locator('[data-step="token"] .lt-step-status').textContent()).toBe("Riuscito");
    expect(await page.locator('[data-step="send"] .lt-step-result').textContent()).toBe("Non richiesto");
    expect(await page.getByRole("button", { name: "Invia email di prova" }).isEnabled()).toBe(true);

    await page.getByRole("button", { name: "Copia il report come Markdown" }).click();
    const fallback = page.getByLabel("Report in formato Markdown");
    await fallback.waitFor();
    const state = await fallback.evaluate((el: HTMLTextAreaElement) => ({
      focused: el === document.activeElement,
      selected: el.selectionStart === 0 && el.selectionEnd === el.value.length,
      value: el.value,
    }));
    expect(state.focused && state.selected).toBe(true);
    expect(state.value).toContain("Tentativo di");
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("progress", () => {
  const site = useSite();

  it("shows steps passed and running while later ones are still pending, then the end", async () => {
    const { context, page, problems } = await openForm(site(), "en");
    const authRequest = page.waitForRequest((request) => request.url().includes("/sandbox/google/o/oauth2/v2/auth?"));
    await startPractice(page, "en", "healthy", "odoo");
    const clientId = new URL((await authRequest).url()).searchParams.get("client_id") ?? "";
    await passGoogle(page);
    // The emulated Odoo's callback on this site answers Forbidden; its address is what gets pasted.
    await page.waitForURL(`${site().baseUrl}${ODOO_CONFIRM}?**`);
    const forbidden = page.url();
    await page.goto(site().baseUrl + PATH.en);
    await page.locator(".lt").scrollIntoViewIfNeeded();
    await page.locator('.lt-run[data-run-status="waiting"]').waitFor({ timeout: RUN_MS });

    // The sandbox's token endpoint answers this run's exchange and refresh 1.5 s late (its own client only).
    site().sandbox.controls.setFault(clientId, "token", { mode: "slow", count: 2, delayMs: 1_500 });
    expect(site().sandbox.controls.faults(clientId)).toHaveLength(1);
    await page.getByLabel(strings.en["paste.odoo.label"]).fill(forbidden);
    await page.getByRole("button", { name: strings.en["paste.submit"] }).first().click();

    await page.locator('.lt-run[data-run-status="running"] [data-step="token"][data-status="running"]').waitFor({
      timeout: RUN_MS,
    });
    const during = await stepStatuses(page);
    expect(during.code).toBe("passed");
    expect(during["smtp-auth"]).toBe("pending");
    expect((await hopStates(page)).token).toBe("running");
    expect(await page.locator('[data-step="token"] .lt-step-status').textContent()).toBe("Running");
    const live = page.locator(".lt > [aria-live=polite]");
    expect(await live.textContent()).toMatch(/Test running\.|steps done/);

    await finished(page, "passed");
    expect(await live.textContent()).toBe("Test finished: All steps passed.");
    expect(problems).toEqual([]);
    await context.close();
  });
});

interface FailingCase {
  scenario: Scenario;
  lang: Lang;
  step: string;
  finding: string;
  hop: string;
  /** How the run gets to its failure from Google's first page. */
  via: "preflight" | "consent" | "without-mail" | "google-error";
}

const FAILING: FailingCase[] = [
  {
    scenario: "desktop-app",
    lang: "en",
    step: "preflight",
    finding: "client-type-desktop",
    hop: "browser",
    via: "preflight",
  },
  {
    scenario: "deleted-client",
    lang: "en",
    step: "consent",
    finding: "deleted-client",
    hop: "consent",
    via: "google-error",
  },
  { scenario: "wrong-secret", lang: "en", step: "token", finding: "invalid-client", hop: "token", via: "consent" },
  {
    scenario: "no-mail-scope",
    lang: "en",
    step: "scope",
    finding: "scope-insufficient",
    hop: "token",
    via: "without-mail",
  },
  {
    scenario: "day-7-expiry",
    lang: "en",
    step: "refresh",
    finding: "testing-token-expired",
    hop: "token",
    via: "consent",
  },
  {
    scenario: "google-timeout",
    lang: "en",
    step: "token",
    finding: "google-unavailable",
    hop: "token",
    via: "consent",
  },
  {
    scenario: "missing-test-user",
    lang: "it",
    step: "consent",
    finding: "test-user-missing",
    hop: "consent",
    via: "google-error",
  },
  { scenario: "wrong-secret", lang: "it", step: "token", finding: "invalid-client", hop: "token", via: "consent" },
  {
    scenario: "smtp-too-many-logins",
    lang: "it",
    step: "smtp-auth",
    finding: RATE_LIMITED_FINDING,
    hop: "smtp",
    via: "consent",
  },
];

describe("failing practice scenarios", () => {
  // The backend's test option: Google calls give up after 1.5 s instead of 10 s (google-timeout).
  const site = useSite({ googleTimeoutMs: 1_500 });

  it.each(FAILING)("$lang $scenario: $step fails with $finding at the $hop hop", async (c) => {
    const s = strings[c.lang];
    const { context, page, problems } = await openForm(site(), c.lang);
    if (c.via === "preflight") {
      // The preflight fails before Google is contacted: the run is shown at once, on the same page.
      await page.getByRole("switch", { name: s["practice.label"] }).check();
      await page.getByLabel(s["scenario.label"], { exact: true }).selectOption(c.scenario);
      await page.getByRole("button", { name: s["action.start"] }).click();
      await page.locator(".lt-run").waitFor({ timeout: RUN_MS });
      expect(page.url()).toContain(`${PATH[c.lang]}?run=`);
    } else if (c.via === "google-error") {
      await startPractice(page, c.lang, c.scenario);
      // missing-test-user: the suggested account is not a test user, so Google refuses after the chooser.
      if (c.scenario === "missing-test-user") await page.locator("button[name=account]").first().click();
      await page.waitForURL("**/signin/oauth/error/v2?**");
      const errorPage = page.url();
      await page.goto(site().baseUrl + PATH[c.lang]);
      await page.locator(".lt").scrollIntoViewIfNeeded();
      await page.locator('.lt-run[data-run-status="waiting"]').waitFor({ timeout: RUN_MS });
      await page.getByLabel(s["paste.google.summary"]).fill(errorPage);
      await page.getByRole("button", { name: s["paste.submit"] }).click();
    } else {
      await startPractice(page, c.lang, c.scenario);
      await passGoogle(page, { withoutMail: c.via === "without-mail" });
      await page.waitForURL(`**${PATH[c.lang]}?run=*`);
      await showRun(page, c.lang);
    }
    await finished(page, "failed");

    const step = page.locator(`[data-step="${c.step}"]`);
    expect(await step.getAttribute("data-status")).toBe("failed");
    expect(await step.locator(".lt-step-status").textContent()).toBe(s["step.failed"]);
    const finding = step.locator(`[data-finding="${c.finding}"]`);
    expect(await finding.count()).toBe(1);
    expect(await finding.locator(".dx-badge").textContent()).toBe(s["severity.error"]);
    expect(await finding.locator(".dx-steps li").count()).toBeGreaterThan(0);
    const docs = await finding.getByRole("link", { name: new RegExp(`^${s["finding.docs"]}`) }).getAttribute("href");
    expect(docs?.startsWith(c.lang === "it" ? "/it/" : "/")).toBe(true);
    expect(docs?.startsWith("/it/")).toBe(c.lang === "it");

    const hop = page.locator(`.lt-hop[data-hop="${c.hop}"]`);
    expect(await hop.getAttribute("data-state")).toBe("failed");
    expect(await hop.locator(".lt-hop-here").textContent()).toContain(s["hop.failsHere"]);
    expect(await page.locator(".lt-hop--failed").count()).toBe(1);
    expect(await page.locator(".lt-run-status").textContent()).toContain(s["run.status.failed"]);
    const later = await stepStatuses(page);
    expect(later.cleanup === "skipped" || later.cleanup === "passed").toBe(true);
    expect(await page.getByRole("button", { name: s["send.action"] }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("your own client", () => {
  const site = useSite();
  const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
  const SECRET = "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";

  it("is pre-filled from the setup checks, never with a secret", async () => {
    const { context, page } = await openContext(site(), "en");
    await context.addInitScript((id) => {
      const state = {
        odooUrl: "https://erp.example.com",
        odooVersion: "17.0",
        redirect: { uri: "https://erp.example.com/google_gmail/confirm" },
        client: { type: "web", clientId: id, redirectUris: [], javascriptOrigins: [] },
        consent: { testUsers: "", email: "sales@example.com" },
      };
      localStorage.setItem("odoo-gmail-companion:wizard:v1", JSON.stringify(state));
    }, CLIENT_ID);
    await page.goto(site().baseUrl + PATH.en);
    await formReady(page);
    const s = strings.en;
    await page.getByText(s["form.prefilled"]).waitFor();
    expect(await page.getByLabel(s["clientId.label"]).inputValue()).toBe(CLIENT_ID);
    expect(await page.getByLabel(s["email.label"]).inputValue()).toBe("sales@example.com");
    expect(await page.getByLabel(s["secret.label"]).inputValue()).toBe("");
    await page.getByRole("radio", { name: s["mode.odoo"] }).check();
    expect(await page.getByLabel(s["odooUri.label"]).inputValue()).toBe("https://erp.example.com/google_gmail/confirm");
    expect(await page.locator(".lt-form").textContent()).toContain(`${site().baseUrl}/api/live/callback`);
    await context.close();
  });

  it("reads a pasted client JSON here and sends it only in the start request, then opens Google", async () => {
    const { context, page, problems } = await openForm(site(), "en");
    const s = strings.en;
    const posted: { url: string; body: string }[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posted.push({ url: request.url(), body: request.postData() ?? "" });
    });
    // accounts.google.com cannot be reached from here: a stand-in page is enough to see the browser go there.
    await page.route("https://accounts.google.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Google</title><h1>Sign in</h1>" }),
    );
    const json = {
      web: { client_id: CLIENT_ID, client_secret: SECRET, redirect_uris: [`${site().baseUrl}/api/live/callback`] },
    };
    await page.getByLabel(clientJsonWords.en["j.paste"]).fill(JSON.stringify(json));
    await page.getByText(`Pasted JSON: Web application, ${CLIENT_ID}`).waitFor();
    expect(await page.getByLabel(s["clientId.label"]).isDisabled()).toBe(true);
    await page.getByLabel(s["email.label"]).fill("sales@example.com");
    await page.getByRole("button", { name: s["action.start"] }).click();
    await page.waitForURL("https://accounts.google.com/**");

    const authUrl = new URL(page.url());
    expect(authUrl.pathname).toBe("/o/oauth2/v2/auth");
    expect(authUrl.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(authUrl.searchParams.get("login_hint")).toBe("sales@example.com");
    expect(authUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(posted.map((p) => p.url)).toEqual([`${site().baseUrl}/api/live/start?lang=en`]);
    expect(JSON.parse(posted[0]?.body ?? "{}")).toEqual({
      provider: "google",
      clientId: CLIENT_ID,
      clientSecretJson: json,
      email: "sales@example.com",
      mode: "direct",
      lang: "en",
    });
    expect(authUrl.href).not.toContain(SECRET);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("problems from the server", () => {
  // One practice start per address: the second one is refused with 429.
  const site = useSite({ rateLimit: { practice: { max: 1, windowMs: 60_000 } } });

  it("shows the localized 429 with the server's detail, and a 404 for a run this browser does not own", async () => {
    const s = strings.it;
    const { context, page } = await openForm(site(), "it");
    await startPractice(page, "it", "healthy");
    await page.goto(site().baseUrl + PATH.it);
    await page.locator(".lt").scrollIntoViewIfNeeded();
    await page.locator('.lt-run[data-run-status="waiting"]').waitFor({ timeout: RUN_MS });
    await page.getByRole("button", { name: s["run.new"] }).click();
    await page.getByRole("switch", { name: s["practice.label"] }).check();
    await page.getByRole("button", { name: s["action.start"] }).click();
    const alert = page.locator(".lt [role=alert]");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text.startsWith(s["failure.429"])).toBe(true);
    expect(text.length).toBeGreaterThan(s["failure.429"].length + 10);
    expect(page.url()).toBe(site().baseUrl + PATH.it);

    await page.goto(`${site().baseUrl}${PATH.it}?run=someone-elses-run`);
    await page.locator(".lt").scrollIntoViewIfNeeded();
    await alert.waitFor();
    expect(await alert.textContent()).toContain(s["failure.404"]);
    await page.locator(".lt-form").waitFor();
    expect(new URL(page.url()).search).toBe("");
    await context.close();
  });
});

describe("accessibility", () => {
  const site = useSite();

  it.each(["en", "it"] as const)(
    "%s: the form and a finished run with a finding pass axe-core in both themes",
    async (lang) => {
      const { context, page, problems } = await openForm(site(), lang, { theme: "dark" });
      await page.getByRole("switch", { name: strings[lang]["practice.label"] }).check();
      // The island only: the whole page is checked below, with the run, in both themes.
      expect(await seriousAxeViolations(page, { include: "astro-island" })).toEqual([]);

      await startPractice(page, lang, "wrong-secret");
      await passGoogle(page);
      await page.waitForURL(`**${PATH[lang]}?run=*`);
      const runPage = page.url();
      await showRun(page, lang);
      await finished(page, "failed");
      await page.locator(".lt-details summary").first().click();
      for (const theme of ["dark", "light"] as const) {
        await page.evaluate((t) => localStorage.setItem("starlight-theme", t), theme);
        // The run page's URL ends in #run: goto() to the same address would not reload the document.
        await page.goto(runPage);
        await page.reload();
        expect(await page.getAttribute("html", "data-theme")).toBe(theme);
        await showRun(page, lang);
        await finished(page, "failed");
        expect(await page.locator(".lt [data-finding]").count()).toBe(1);
        expect(await seriousAxeViolations(page), `${lang} ${theme}`).toEqual([]);
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it("works with the keyboard and shows a visible focus ring", async () => {
    const { context, page } = await openForm(site(), "en");
    const practice = page.getByRole("switch", { name: strings.en["practice.label"] });
    await practice.focus();
    await page.keyboard.press("Space");
    expect(await practice.isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLSelectElement;
      const style = getComputedStyle(el);
      return { label: el.labels?.[0]?.textContent, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused).toEqual({ label: strings.en["scenario.label"], outline: "solid", width: "2px" });
    await context.close();
  });

  it("marks empty fields of a real run and focuses the first one, without calling the server", async () => {
    const { context, page } = await openForm(site(), "en");
    const started: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/live/start")) started.push(request.url());
    });
    await page.getByRole("button", { name: strings.en["action.start"] }).click();
    const clientId = page.getByLabel(strings.en["clientId.label"]);
    expect(await clientId.getAttribute("aria-invalid")).toBe("true");
    expect(await clientId.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await clientId.getAttribute("aria-describedby")).toContain("-error");
    await page.getByText(strings.en["error.summary"]).waitFor();
    expect(started).toEqual([]);
    await context.close();
  });
});

describe("island weight", () => {
  it.each(["live-test", "it/live-test"])(
    "/%s/ ships at most 20 KB of gzipped island JavaScript, Preact included",
    (page) => expectIslandWithin(page, "LiveTest", 20_000),
  );

  it("does not ship the diagnostics engine or the domain libraries", () => {
    const { modules } = islandGzipBytes("live-test");
    const code = modules.map((m) => readFileSync(join(DIST, m), "utf8")).join("\n");
    expect(code).not.toMatch(/tldts|ipaddr/);
    expect(code).not.toContain("Nothing in this evidence points to a known problem");
  });
});
