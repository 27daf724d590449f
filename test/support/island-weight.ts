/** The JavaScript an Astro island brings, in the built site: its modules and their gzip size. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect } from "vitest";
import { DIST } from "./site-pages.ts";

/**
 * The island's component-url and renderer-url modules with all their static imports, gzipped.
 * `component` picks one island by a part of its component URL (default: the first island of the page).
 */
export function islandGzipBytes(page: string, component = ""): { total: number; modules: string[] } {
  const html = readFileSync(join(DIST, page, "index.html"), "utf8");
  const island = new RegExp(`<astro-island[^>]*component-url="[^"]*${component}[^"]*"[^>]*>`).exec(html)?.[0] ?? "";
  const roots = ["component-url", "renderer-url"].map((attr) => new RegExp(`${attr}="([^"]+)"`).exec(island)?.[1]);
  const seen = new Set<string>();
  const visit = (url: string | undefined): void => {
    if (!url || seen.has(url)) return;
    seen.add(url);
    const source = readFileSync(join(DIST, url), "utf8");
    for (const match of source.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+\.js)["']/g)) {
      visit(new URL(match[1] ?? "", `http://site${url}`).pathname);
    }
  };
  for (const root of roots) visit(root);
  let total = 0;
  for (const url of seen) total += gzipSync(readFileSync(join(DIST, url))).length;
  return { total, modules: [...seen] };
}

/**
 * Checks that one island's JavaScript (its own modules and Preact, with every static import) stays
 * within a gzip budget in bytes, and reports the figure.
 */
export function expectIslandWithin(page: string, component: string, budgetBytes: number): void {
  const { total, modules } = islandGzipBytes(page, component);
  expect(modules.some((m) => m.includes(component))).toBe(true);
  expect(modules.some((m) => /preact/.test(m))).toBe(true);
  console.log(`${component} on /${page}/: ${total} bytes gzip in ${modules.length} modules`);
  expect(total).toBeLessThanOrEqual(budgetBytes);
}
