/**
 * Going through the sandbox's emulated Google pages as a person would, for browser tests of practice
 * runs: choose the suggested account, continue past the Testing warning, allow access (optionally
 * without the Gmail box).
 */
import type { Page } from "playwright-core";

export async function passSandboxGoogle(page: Page, { withoutMail = false } = {}): Promise<void> {
  await page.waitForURL("**/sandbox/google/**", { timeout: 15_000 });
  await page.locator("button[name=account]").first().click();
  await page.waitForURL(/\/signin\/oauth\/(warning|consent)\?/);
  if (page.url().includes("/signin/oauth/warning")) {
    await page.locator("button[name=action][value=continue]").click();
    await page.waitForURL(/\/signin\/oauth\/consent\?/);
  }
  if (withoutMail) await page.locator('input[name=scope][value="https://mail.google.com/"]').uncheck();
  await page.locator("button[name=action][value=allow]").click();
}

/** Every request of a page whose address is not on this machine's loopback (127.0.0.1). */
export function watchOffLoopback(page: Page): string[] {
  const off: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.hostname !== "127.0.0.1") off.push(request.url());
  });
  return off;
}
