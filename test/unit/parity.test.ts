/**
 * Every English page has an Italian twin with the same heading anchors, in the same order, so one deep
 * link per topic works in both languages (the diagnostics link to these anchors).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DOCS, englishSources, headingsWithoutAnchor, pageShape, sourceAnchors } from "../support/site-pages.ts";

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

  it.each(pages)("%s has the same tables, steps, asides, code blocks, tabs and pictures in Italian", (page) => {
    const en = pageShape(readFileSync(join(DOCS, page), "utf8"));
    const it = pageShape(readFileSync(join(DOCS, "it", page), "utf8"));
    expect(it.map((s) => s.anchor)).toEqual(en.map((s) => s.anchor));
    for (const [index, section] of en.entries()) {
      expect(it[index]?.parts, `section #${section.anchor || "(top)"} of it/${page}`).toEqual(section.parts);
    }
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

describe("pageShape", () => {
  const source = [
    "---",
    "title: T",
    "---",
    "Intro.",
    "## A {/* #a */}",
    "| x | y |",
    "|---|---|",
    "| 1 | 2 |",
    "| 3 | 4 |",
    "",
    "<Steps>",
    "",
    "1. One",
    "   ```sh",
    "   1. not a step",
    "   ```",
    "2. Two",
    "",
    "</Steps>",
    '<Aside type="caution" title="C">',
    "</Aside>",
    "### B {/* #b */}",
    "<details>",
    '<TabItem label="16.0">',
    '<Badge text="x" variant="note" />',
    '<OdooMailServerForm lang="en" state="after" />',
    '<ProgressPanel lang="en" client:visible />',
  ].join("\n");

  it("records each section's structure and nothing of its prose", () => {
    expect(pageShape(source)).toEqual([
      { anchor: "", parts: [] },
      { anchor: "a", parts: ["table:2x2", "code:sh", "steps:2", "aside:caution"] },
      {
        anchor: "b",
        parts: ["details", "tab:16.0", "badge:note", "OdooMailServerForm state=after", "ProgressPanel"],
      },
    ]);
  });

  it("tells a missing step or table row apart", () => {
    const shorter = source.replace("| 3 | 4 |\n", "").replace("2. Two\n", "");
    expect(pageShape(shorter)[1]?.parts).toEqual(["table:2x1", "code:sh", "steps:1", "aside:caution"]);
  });
});

describe("sourceAnchors", () => {
  it("reads anchors and skips fenced code", () => {
    const source = "## A {/* #a */}\n```md\n## B {/* #b */}\n```\n### C `x` {/* #c-1 */}\n## D\n";
    expect(sourceAnchors(source)).toEqual(["a", "c-1"]);
    expect(headingsWithoutAnchor(source)).toEqual(["## D"]);
  });
});
