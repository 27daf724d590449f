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
