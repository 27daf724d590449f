/**
 * Lighthouse (its default mobile configuration: a Moto G Power-sized screen, simulated slow 4G and a
 * 4× slower CPU) on every built page, served by the real app on a loopback port and opened in the
 * system's Chromium (Debian's /usr/bin/chromium, found like the browser tests find it). Each page is
 * measured `runs` times and the median performance score kept, since a loaded 2-core machine makes
 * single runs noisy; accessibility, best practices and SEO do not depend on timing.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { createApp } from "../server/app.ts";
import { CHROMIUM_ARGS, findOrInstallChromium } from "../test/support/find-chromium.ts";
import { builtPages, DIST } from "../test/support/site-pages.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageScores {
  path: string;
  /** 0–100 per category (performance: the median of the runs). */
  scores: Record<Category, number>;
  /** Median total blocking time and largest contentful paint, ms, of the runs. */
  tbtMs: number;
  lcpMs: number;
  /** Audits below a full score in the non-performance categories, by id. */
  failing: string[];
}

export interface LighthouseBench {
  chromium: string;
  runs: number;
  pages: PageScores[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

export async function benchLighthouse(options: { runs?: number; only?: string[] } = {}): Promise<LighthouseBench> {
  const runs = options.runs ?? 3;
  const chromium = findOrInstallChromium();
  const app = createApp({ distDir: DIST });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: chromium,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  const pages: PageScores[] = [];
  try {
    const paths = builtPages()
      .map((page) => page.path)
      .filter((path) => !options.only?.length || options.only.includes(path));
    for (const path of paths) {
      const performance: number[] = [];
      const tbt: number[] = [];
      const lcp: number[] = [];
      let scores: Record<Category, number> | undefined;
      let failing: string[] = [];
      for (let attempt = 0; performance.length < runs && attempt < runs * 2; attempt += 1) {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { lhr } = result;
        // A run that could not load the page (a busy machine's NO_FCP, say) scores nothing: try again.
        if (lhr.runtimeError) {
          console.log(`  ${path}: attempt ${attempt + 1} failed (${lhr.runtimeError.code}), measured again`);
          continue;
        }
        const score = (id: Category) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        performance.push(score("performance"));
        tbt.push(lhr.audits["total-blocking-time"]?.numericValue ?? 0);
        lcp.push(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0);
        if (!scores) {
          scores = {
            performance: 0,
            accessibility: score("accessibility"),
            "best-practices": score("best-practices"),
            seo: score("seo"),
          };
          failing = (["accessibility", "best-practices", "seo"] as const).flatMap((id) =>
            (lhr.categories[id]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
              .map((ref) => `${id}:${ref.id}`),
          );
        }
      }
      if (!scores) continue;
      scores.performance = median(performance);
      pages.push({ path, scores, tbtMs: Math.round(median(tbt)), lcpMs: Math.round(median(lcp)), failing });
    }
  } finally {
    chrome.kill();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ("closeAllConnections" in server) server.closeAllConnections();
    });
  }
  return { chromium, runs, pages };
}
