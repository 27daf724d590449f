/**
 * axe-core in a page: `expect(await seriousAxeViolations(page)).toEqual([])` checks the whole page;
 * `seriousAxeViolations(page, { include: "astro-island" })` checks only what matches the selector.
 *
 * The whole of each page once per theme: pages.test.ts checks every built page whole in both themes,
 * except the pages listed in FULL_AXE_ELSEWHERE, which their island's test file checks whole in both
 * themes with the island's results on screen; pages.test.ts checks only the islands of those pages, as
 * loaded. So every state of an island is checked, and the page around it once per theme. A new island
 * page: check it whole in both themes in its test file with results shown, and list it here.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Page path → the test file (in test/e2e) that checks the whole page, in both themes, with results shown. */
export const FULL_AXE_ELSEWHERE: Readonly<Record<string, string>> = {
  "/diagnose/": "diagnose-form.test.ts",
  "/it/diagnose/": "diagnose-form.test.ts",
  "/google-setup/": "wizard-progress.test.ts",
  "/it/google-setup/": "wizard-progress.test.ts",
  "/live-test/": "live-test.test.ts",
  "/it/live-test/": "live-test.test.ts",
};

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export interface AxeScope {
  /** A CSS selector: only the matching elements (and what they contain) are checked. */
  include?: string;
}

export async function seriousAxeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  // Evaluated through the DevTools protocol: the pages' Content-Security-Policy rightly refuses an
  // injected <script>, and the test must not weaken it (bypassCSP would also hide our own violations).
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(`${axeSource}\n;undefined`);
  const violations = await page.evaluate(async (include) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const axe = (window as any).axe;
    const context = include ? { include: [[include]] } : document;
    const result = await axe.run(context, { resultTypes: ["violations"] });
    return result.violations as AxeViolation[];
  }, scope.include);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
