/** The pages of the built guide, found in dist/ (the 404 pages are listed apart). */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = join(ROOT, "dist");
export const DOCS = join(ROOT, "src", "content", "docs");

export interface SitePage {
  /** URL path, e.g. `/it/troubleshooting/`. */
  path: string;
  file: string;
  lang: "en" | "it";
}

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, found);
    else if (entry === "index.html") found.push(full);
  }
  return found;
}

export function builtPages(): SitePage[] {
  if (!existsSync(DIST)) throw new Error("dist/ does not exist: build the site first");
  return walk(DIST)
    .map((file) => {
      const rel = relative(DIST, file).split(sep).slice(0, -1).join("/");
      const path = rel ? `/${rel}/` : "/";
      return { path, file, lang: path.startsWith("/it/") ? "it" : "en" } as SitePage;
    })
    .filter((page) => page.path !== "/it/404/")
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** English content files (relative to src/content/docs), without the Italian tree. */
export function englishSources(): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (relative(DOCS, full) !== "it") visit(full);
      } else if (/\.mdx?$/.test(entry)) found.push(relative(DOCS, full));
    }
  };
  visit(DOCS);
  return found.sort();
}

/** The explicit anchors of a page source, in order: `{/* #id *\/}` at the end of a heading. */
export function sourceAnchors(source: string): string[] {
  const anchors: string[] = [];
  let inFence = false;
  for (const line of source.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^#{2,6}\s.*\{\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\}\s*$/.exec(line);
    if (match?.[1]) anchors.push(match[1]);
  }
  return anchors;
}

/** Markdown headings (h2–h6) that lack an explicit anchor. */
export function headingsWithoutAnchor(source: string): string[] {
  const missing: string[] = [];
  let inFence = false;
  for (const line of source.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    if (/^#{2,6}\s/.test(line) && !/\{\/\*\s*#[a-z0-9-]+\s*\*\/\}\s*$/.test(line)) missing.push(line);
  }
  return missing;
}

/** What a section of a page is made of, in order: the parts a translation must keep (see pageShape). */
export interface SectionShape {
  /** The anchor of the heading that opens the section ("" before the first heading). */
  anchor: string;
  parts: string[];
}

/** Starlight's own building blocks, recorded by kind rather than by name. */
const LAYOUT_TAGS = new Set(["Steps", "Tabs", "TabItem", "Aside", "Badge", "CardGrid", "LinkCard"]);

/**
 * The structure of a page source, section by section: tables (columns × body rows), numbered steps
 * inside <Steps> (count of top-level items), asides (type), fenced code blocks (language), collapsible
 * <details>, version tabs (label), badges (variant) and components (name and props other than lang and
 * client directives). Prose is left out, so an English page and its Italian twin must have equal shapes.
 */
export function pageShape(source: string): SectionShape[] {
  const sections: SectionShape[] = [{ anchor: "", parts: [] }];
  const parts = (): string[] => (sections.at(-1) as SectionShape).parts;
  const lines = source.replace(/^---\n[\s\S]*?\n---\n/, "").split("\n");
  let fence: string | undefined;
  let steps: number | undefined;
  let table: { cols: number; rows: number } | undefined;
  const closeTable = (): void => {
    if (table) parts().push(`table:${table.cols}x${table.rows - 2}`);
    table = undefined;
  };
  for (const line of lines) {
    if (fence !== undefined) {
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const open = /^\s*(```+|~~~+)\s*([\w-]*)/.exec(line);
    if (open) {
      closeTable();
      fence = open[1] as string;
      parts().push(`code:${open[2] || "plain"}`);
      continue;
    }
    if (/^\|/.test(line)) {
      table ??= { cols: line.split("|").length - 2, rows: 0 };
      table.rows += 1;
      continue;
    }
    closeTable();
    const heading = /^#{2,6}\s.*\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}\s*$/.exec(line);
    if (heading) {
      sections.push({ anchor: heading[1] as string, parts: [] });
      continue;
    }
    if (/^\s*<Steps>/.test(line)) steps = 0;
    else if (/^\s*<\/Steps>/.test(line)) {
      parts().push(`steps:${steps ?? 0}`);
      steps = undefined;
    } else if (steps !== undefined && /^\d+\.\s/.test(line)) steps += 1;
    const aside = /<Aside\s+type="(\w+)"/.exec(line);
    if (aside) parts().push(`aside:${aside[1]}`);
    const tab = /<TabItem\s+label="([^"]+)"/.exec(line);
    if (tab) parts().push(`tab:${tab[1]}`);
    const badge = /<Badge\b[^>]*variant="(\w+)"/.exec(line);
    if (badge) parts().push(`badge:${badge[1]}`);
    if (/^\s*<details>/.test(line)) parts().push("details");
    for (const match of line.matchAll(/<([A-Z]\w*)\b([^>]*?)\/?>/g)) {
      const name = match[1] as string;
      if (LAYOUT_TAGS.has(name)) continue;
      const props = [...(match[2] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)]
        .filter(([, key]) => key !== "lang" && !key?.startsWith("client:"))
        .map(([, key, value]) => `${key}=${value}`);
      parts().push([name, ...props].join(" "));
    }
  }
  closeTable();
  return sections;
}
