/**
 * Shared steps of the setup-check browser tests (wizard-*.test.ts): open "Set up Google Cloud" in one
 * language and theme with its islands hydrated, build client JSON files, time a result, and read what
 * the wizard keeps in localStorage.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { baseUrl, settle, watchForErrors } from "../support/browser.ts";

export const STORE_KEY = "odoo-gmail-companion:wizard:v1";
export const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
export const SECRET = "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";

export type Lang = "en" | "it";
export const PAGE: Record<Lang, string> = { en: "/google-setup/", it: "/it/google-setup/" };

/** The visible labels the tests drive the islands by, per language. */
export const LABELS = {
  en: {
    odooUrl: "Odoo URL",
    version: "Odoo version",
    uri: "Redirect URI to register",
    copy: "Copy",
    clientFile: "Client JSON file",
    paste: "Or paste its contents",
    gmail: "Personal Gmail (@gmail.com)",
    workspace: "Google Workspace (your organization's domain)",
    internal: "Internal",
    external: "External",
    testing: "Testing",
    production: "In production",
    testUsers: "Test users",
    email: "Gmail address that will send",
    forget: "Forget what I entered",
    fail: "Fail",
    pass: "Pass",
    info: "Info",
    todo: "To do",
    howToFix: "How to fix it",
  },
  it: {
    odooUrl: "URL di Odoo",
    version: "Versione di Odoo",
    uri: "URI di reindirizzamento da registrare",
    copy: "Copia",
    clientFile: "File JSON del client",
    paste: "Oppure incollane il contenuto",
    gmail: "Gmail personale (@gmail.com)",
    workspace: "Google Workspace (il dominio della tua organizzazione)",
    internal: "Interno",
    external: "Esterno",
    testing: "Test",
    production: "In produzione",
    testUsers: "Utenti di test",
    email: "Indirizzo Gmail che invierà",
    forget: "Dimentica i dati inseriti",
    fail: "Non superato",
    pass: "Superato",
    info: "Nota",
    todo: "Da fare",
    howToFix: "Come risolvere",
  },
} as const;

export interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
  /** URLs of every request the page made, to prove nothing was uploaded. */
  requests: { url: string; body: string }[];
  builder: Locator;
  checker: Locator;
  consent: Locator;
  panel: Locator;
}

export interface OpenOptions {
  theme?: "dark" | "light";
  clipboard?: boolean;
  /** Reuse a context (to reload with its localStorage). */
  context?: BrowserContext;
}

/**
 * Scrolls each island into view (client:visible) and waits until all four are hydrated and what they
 * asked the server for on hydrating has arrived.
 */
export async function hydrate(page: Page): Promise<void> {
  for (const island of await page.locator("astro-island").all()) {
    await island.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => !el.hasAttribute("ssr"), await island.elementHandle());
  }
  await page.locator("section.wz button:enabled").first().waitFor();
  await settle(page);
}

export async function openGuide(browser: Browser, lang: Lang, options: OpenOptions = {}): Promise<Opened> {
  const theme = options.theme ?? "dark";
  const context = options.context ?? (await browser.newContext({ colorScheme: theme }));
  if (!options.context) {
    await context.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
    if (options.clipboard) {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    }
  }
  const page = await context.newPage();
  const problems = watchForErrors(page);
  const requests: Opened["requests"] = [];
  page.on("request", (request) => requests.push({ url: request.url(), body: request.postData() ?? "" }));
  await page.goto(baseUrl() + PAGE[lang]);
  await hydrate(page);
  const island = (name: string) => page.locator(`astro-island[component-url*="${name}"] > section.wz`);
  return {
    context,
    page,
    problems,
    requests,
    builder: island("RedirectUriBuilder"),
    checker: island("ClientJsonChecker"),
    consent: island("ConsentChecklist"),
    panel: island("ProgressPanel"),
  };
}

export function clientFile(
  section: "web" | "installed",
  redirectUris: string[],
  extra: Record<string, unknown> = {},
): { name: string; mimeType: string; buffer: Buffer } {
  const body = {
    [section]: {
      client_id: CLIENT_ID,
      project_id: "odoo-mail-123456",
      auth_uri: "https://accounts.google.com/o/oauth2/auth",
      token_uri: "https://oauth2.googleapis.com/token",
      client_secret: SECRET,
      redirect_uris: redirectUris,
      ...extra,
    },
  };
  return {
    name: `client_secret_${section}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(body)),
  };
}

/** The status, as written, of one check line of an island. */
export function line(island: Locator, check: string): Locator {
  return island.locator(`li.wz-line[data-check="${check}"]`);
}

export async function lineStatus(island: Locator, check: string): Promise<string> {
  return (await line(island, check).locator(".wz-badge").textContent()) ?? "";
}

/** What the wizard keeps in this page's localStorage (the raw text, to search it for secrets). */
export async function storedRaw(page: Page): Promise<string> {
  return page.evaluate((key) => localStorage.getItem(key) ?? "", STORE_KEY);
}

/** Every localStorage entry of the page, keys and values, as one string. */
export async function allLocalStorage(page: Page): Promise<string> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .map((key) => `${key}=${localStorage.getItem(key)}`)
      .join("\n"),
  );
}

export interface TimedInput {
  /** The control: a text field gets `value` typed in one input event; anything else is clicked. */
  selector: string;
  value?: string;
}

export interface ResultShown {
  selector: string;
  /** Text the element must contain, or the value a form field must have. */
  text?: string;
  value?: string;
}

/**
 * Milliseconds from an input to the first animation frame in which the result is in the page. Both
 * happen inside the page, so no test-runner round trip is measured.
 */
export function timeToResult(page: Page, input: TimedInput, result: ResultShown, timeoutMs = 5_000): Promise<number> {
  return page.evaluate(
    ({ input, result, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const shown = () => {
          const el = document.querySelector(result.selector);
          if (!el) return false;
          if (result.value !== undefined) return (el as HTMLInputElement).value === result.value;
          return result.text === undefined || (el.textContent ?? "").includes(result.text);
        };
        const control = document.querySelector(input.selector) as HTMLInputElement | HTMLTextAreaElement | null;
        if (!control) throw new Error(`no ${input.selector}`);
        const started = performance.now();
        if (input.value === undefined) control.click();
        else {
          const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), "value")?.set;
          setter?.call(control, input.value);
          control.dispatchEvent(new Event("input", { bubbles: true }));
        }
        const poll = () => {
          if (shown()) resolve(performance.now() - started);
          else if (performance.now() - started > timeoutMs) reject(new Error(`${result.selector} not shown in time`));
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    { input, result, timeoutMs },
  );
}
