/**
 * Chromium for the browser tests (test/e2e), through playwright-core. In a test file:
 *
 *   const browser = useBrowser();                 // one Chromium for the file: launched in beforeAll, closed in afterAll
 *   const context = await newThemedContext(browser(), "light");   // pages of it start in Starlight's light theme
 *   const page = await context.newPage();
 *   const problems = watchForErrors(page);        // console errors, page errors, failed requests, 4xx/5xx of the site
 *   await page.goto(baseUrl() + "/it/");          // waits for "load"; never use waitUntil "networkidle"
 *   await settle(page);                           // only if nothing else says the page is ready (see below)
 *
 * Wait for what the test needs (an island's enabled button, a result's selector) rather than for the
 * network: "networkidle" always adds 500 ms of silence and is no more precise. `settle` is for a plain
 * page load with nothing specific to wait for: islands on screen hydrated and no request in flight.
 */
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
  type Request,
} from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { CHROMIUM_ARGS } from "./find-chromium.ts";

export const baseUrl = (): string => inject("baseUrl");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromiumPath"), headless: true, args: CHROMIUM_ARGS });
}

/** One Chromium for the whole test file; call at the top level of the file and use the getter in tests. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium did not start");
    return browser;
  };
}

export type Theme = "dark" | "light";

/** A context whose pages open in the given Starlight theme (stored as the reader's choice, as the picker does). */
export async function newThemedContext(
  browser: Browser,
  theme: Theme,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme: theme, ...options });
  await context.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
  return context;
}

/** Requests of a page that have started and not yet finished or failed. */
const inFlight = new WeakMap<Page, Set<Request>>();

function trackRequests(page: Page): Set<Request> {
  let pending = inFlight.get(page);
  if (!pending) {
    const set = new Set<Request>();
    page.on("request", (request) => set.add(request));
    page.on("requestfinished", (request) => set.delete(request));
    page.on("requestfailed", (request) => set.delete(request));
    inFlight.set(page, set);
    pending = set;
  }
  return pending;
}

/** Collects console errors, uncaught page errors and failed same-origin requests of a page. */
export function watchForErrors(page: Page): string[] {
  trackRequests(page);
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "";
    // An island aborting its own stale request (a newer input superseded it) is not a failure, nor is a
    // navigation Chromium aborted for the one that replaced it (seen once on a loaded machine after a
    // link click; the test then checks the page it landed on).
    if (reason === "net::ERR_ABORTED" && ["fetch", "document"].includes(request.resourceType())) return;
    problems.push(`requestfailed: ${request.url()} ${reason}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && response.url().startsWith(baseUrl())) {
      problems.push(`http ${response.status()}: ${response.url()}`);
    }
  });
  return problems;
}

/**
 * After a navigation: waits for the load event, for every island on screen to hydrate (client:visible
 * hydrates what is in view), then until no request of the page is in flight, checked again after two
 * animation frames so that requests a hydrated island starts in its first effects are waited for too.
 * The page must be watched (watchForErrors) from before the navigation. Not for pages holding a
 * streaming request (Server-Sent Events): those are never without a request in flight.
 */
export async function settle(page: Page, timeoutMs = 15_000): Promise<void> {
  const pending = trackRequests(page);
  await page.waitForLoadState("load");
  await page.waitForFunction(
    () => {
      const onScreen = (island: Element) =>
        [...island.children].some((child) => {
          const box = child.getBoundingClientRect();
          return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
        });
      return [...document.querySelectorAll("astro-island[ssr]")].every((island) => !onScreen(island));
    },
    undefined,
    { timeout: timeoutMs },
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    if (pending.size === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`requests still in flight: ${[...pending].map((r) => r.url()).join(", ")}`);
    }
    await Promise.race([
      page.waitForEvent("requestfinished", { timeout: timeoutMs }),
      page.waitForEvent("requestfailed", { timeout: timeoutMs }),
    ]).catch(() => undefined);
  }
}
