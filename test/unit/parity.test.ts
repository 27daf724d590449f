/**
 * Every English page has an Italian twin with the same heading anchors, in the same order, so one deep
 * link per topic works in both languages (the diagnostics link to these anchors).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOCS, englishSources, headingsWithoutAnchor, sourceAnchors } from "../support/site-pages.ts";

const pages = englishSources();

describe("English and Italian pages", () => {
  it("finds the guide's pages", () => {
    expect(pages).toEqual(
      expect.arrayContaining(["index.mdx", "troubleshooting.mdx", "google-setup.mdx", "odoo-setup.mdx"]),
    );
  });

  it.each(pages)("%s has an Italian twin with the same anchors", (page) => {
    const twin = join(DOCS, "it", page);
    expect(existsSync(twin), `missing Italian twin src/content/docs/it/${page}`).toBe(true);
    const en = readFileSync(join(DOCS, page), "utf8");
    const it = readFileSync(twin, "utf8");
    expect(sourceAnchors(it)).toEqual(sourceAnchors(en));
  });

  it.each(pages)("%s gives every heading an explicit anchor, in both languages", (page) => {
    expect(headingsWithoutAnchor(readFileSync(join(DOCS, page), "utf8"))).toEqual([]);
    expect(headingsWithoutAnchor(readFileSync(join(DOCS, "it", page), "utf8"))).toEqual([]);
  });

  it("has no Italian page without an English original", async () => {
    const { readdirSync } = await import("node:fs");
    const italian = readdirSync(join(DOCS, "it"), { recursive: true })
      .map(String)
      .filter((f) => /\.mdx?$/.test(f));
    for (const file of italian) expect(pages, `orphan it/${file}`).toContain(file);
  });
});

describe("sourceAnchors", () => {
  it("reads anchors and skips fenced code", () => {
    const source = "## A {/* #a */}\n```md\n## B {/* #b */}\n```\n### C `x` {/* #c-1 */}\n## D\n";
    expect(sourceAnchors(source)).toEqual(["a", "c-1"]);
    expect(headingsWithoutAnchor(source)).toEqual(["## D"]);
  });
});
