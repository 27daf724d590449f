/**
 * The drawn screens (src/components/illustrations/): each one, with the shared stylesheet, weighs at most
 * 8 KB gzipped in the built pages; in a real Chromium, at 390 px and 1280 px, light and dark, each fits
 * its column without scrolling sideways, keeps its text at 12 px or more, highlights the field to act
 * on, has a spoken description and a caption, and an Italian page shows no English label.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { illustrationTexts } from "../../src/components/illustrations/strings.ts";
import { baseUrl, launchBrowser, settle, watchForErrors } from "../support/browser.ts";
import { builtPages, ROOT } from "../support/site-pages.ts";

const BUDGET = 8 * 1024;
const stylesheet = gzipSync(readFileSync(join(ROOT, "src", "styles", "illustrations.css"))).length;

const drawn = builtPages()
  .map((page) => ({
    ...page,
    figures: parse(readFileSync(page.file, "utf8")).querySelectorAll("figure[data-illustration]"),
  }))
  .filter((page) => page.figures.length > 0);

/** English labels with a different Italian wording: none may appear in a drawing on an Italian page. */
const englishOnly = [
  ...new Set(
    Object.values(illustrationTexts).flatMap((table) =>
      Object.entries(table.en)
        .filter(([key, english]) => !/label$|caption$/i.test(key) && english !== table.it[key] && english.length > 3)
        .map(([, english]) => english),
    ),
  ),
];

/** Whether `text` contains `phrase` as whole words (so "Name" is not found in "flowName"). */
function containsWord(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, "u").test(text);
}

describe("weight of the drawn screens", () => {
  it("finds drawings on the setup and troubleshooting pages, in both languages", () => {
    const paths = drawn.map((page) => page.path);
    for (const path of ["/google-setup/", "/odoo-setup/", "/troubleshooting/"]) {
      expect(paths).toContain(path);
      expect(paths).toContain(`/it${path}`);
    }
  });

  it.each(drawn)("each drawing on $path is at most 8 KB gzipped with its stylesheet", ({ figures }) => {
    for (const figure of figures) {
      const weight = gzipSync(figure.outerHTML).length + stylesheet;
      expect(weight, figure.querySelector("figcaption")?.textContent).toBeLessThanOrEqual(BUDGET);
    }
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface FigureReport {
  caption: string;
  label: string;
  text: string;
  overflow: number;
  pastViewport: number;
  smallestFont: number;
  highlights: number;
  outline: number;
  background: string;
  color: string;
}

describe.each(drawn)("drawings on $path", ({ path, lang }) => {
  it.each([390, 1280])(
    "fit, stay legible and point at the field to change, light and dark, at %i px",
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems = watchForErrors(page);
      await page.goto(baseUrl() + path);
      await settle(page);
      const backgrounds = new Set<string>();
      for (const theme of ["light", "dark"] as const) {
        await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
        const reports = await page.$$eval("figure[data-illustration]", measure);
        expect(reports.length).toBeGreaterThan(0);
        backgrounds.add(reports[0]?.background ?? "");
        for (const report of reports) {
          const where = `${theme}: ${report.caption}`;
          expect(report.caption).not.toBe("");
          expect(report.label.length).toBeGreaterThan(40);
          expect(report.overflow, where).toBeLessThanOrEqual(1);
          expect(report.pastViewport, where).toBeLessThanOrEqual(1);
          expect(report.smallestFont, where).toBeGreaterThanOrEqual(12);
          expect(report.highlights, where).toBeGreaterThan(0);
          expect(report.outline, where).toBeGreaterThanOrEqual(2);
          expect(report.background, where).not.toBe(report.color);
          if (lang === "it") {
            expect(englishOnly.filter((english) => containsWord(report.text, english))).toEqual([]);
          }
        }
      }
      // The drawings follow the theme: the screen's background changes with it.
      expect(backgrounds.size).toBe(2);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});

/** Runs in the page: what a reader sees of each visible drawing (hidden version tabs are skipped). */
function measure(figures: Element[]): FigureReport[] {
  return figures
    .filter((figure) => (figure as HTMLElement).offsetParent !== null)
    .map((figure) => {
      const screen = figure.querySelector(".ill-screen") as HTMLElement;
      const fonts = [...screen.querySelectorAll("*")]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
        .map((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      const highlights = [...screen.querySelectorAll(".ill-hl")] as HTMLElement[];
      const style = getComputedStyle(screen);
      return {
        caption: figure.querySelector("figcaption")?.textContent?.trim() ?? "",
        label: screen.getAttribute("role") === "img" ? (screen.getAttribute("aria-label") ?? "") : "",
        text: screen.textContent ?? "",
        overflow: screen.scrollWidth - screen.clientWidth,
        pastViewport: figure.getBoundingClientRect().right - document.documentElement.clientWidth,
        smallestFont: Math.min(...fonts),
        highlights: highlights.filter((el) => el.getClientRects().length > 0).length,
        outline: Math.min(...highlights.map((el) => Number.parseFloat(getComputedStyle(el).outlineWidth))),
        background: style.backgroundColor,
        color: style.color,
      };
    });
}
