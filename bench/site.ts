/**
 * Site budgets: `npm run build` time (≤ 20 s on the 2-core machine), and every page's gzip
 * HTML+CSS+JS beside a bare Starlight page with the same text (built in a temporary project).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "node-html-parser";
import { astroEnv } from "../server/build.ts";
import { builtPages, DIST, ROOT } from "../test/support/site-pages.ts";
import { type PageWeight, pageWeight } from "./page-weight.ts";

const astroBin = join(ROOT, "node_modules", "astro", "bin", "astro.mjs");
const env = astroEnv("production");

function timedBuild(cwd: string): number {
  const started = performance.now();
  execFileSync(process.execPath, [astroBin, "build"], { cwd, env, stdio: "pipe" });
  return (performance.now() - started) / 1000;
}

export interface SiteBench {
  buildSeconds: number[];
  pages: { path: string; ours: PageWeight; bare: PageWeight }[];
}

export function benchSite(runs = 2): SiteBench {
  const buildSeconds: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    rmSync(DIST, { recursive: true, force: true });
    buildSeconds.push(timedBuild(ROOT));
  }
  const pages = builtPages();

  // A bare Starlight project with the same locales and, per page, the same title and text.
  // Inside the project (git-ignored .cache/), so packages resolve from its node_modules without links.
  const bare = join(ROOT, ".cache", "bare-starlight");
  rmSync(bare, { recursive: true, force: true });
  mkdirSync(bare, { recursive: true });
  // Dependencies listed so that Vite bundles Starlight's virtual modules as in a real project.
  const ours = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  const dependencies = {
    astro: ours.dependencies.astro,
    "@astrojs/starlight": ours.dependencies["@astrojs/starlight"],
  };
  writeFileSync(
    join(bare, "package.json"),
    JSON.stringify({ name: "bare", type: "module", private: true, dependencies }),
  );
  writeFileSync(
    join(bare, "astro.config.mjs"),
    `import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";
export default defineConfig({ integrations: [starlight({ title: "Bare", defaultLocale: "root",
  locales: { root: { label: "English", lang: "en" }, it: { label: "Italiano", lang: "it" } } })] });`,
  );
  mkdirSync(join(bare, "src", "content", "docs"), { recursive: true });
  writeFileSync(
    join(bare, "src", "content.config.ts"),
    `import { defineCollection } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };`,
  );
  for (const page of pages) {
    const doc = parse(readFileSync(page.file, "utf8"));
    const title = doc.querySelector("h1")?.textContent.trim() ?? "Page";
    const main = doc.querySelector("main .sl-markdown-content") ?? doc.querySelector("main");
    const text = (main?.structuredText ?? "").replace(/[<>{}]/g, " ");
    const rel = page.path === "/" ? "index.md" : `${page.path.replace(/^\/|\/$/g, "")}.md`;
    const target = join(bare, "src", "content", "docs", rel.endsWith("it.md") ? "it/index.md" : rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `---\ntitle: ${JSON.stringify(title)}\n---\n\n${text}\n`);
  }
  timedBuild(bare);
  const result = pages.map((page) => ({
    path: page.path,
    ours: pageWeight(DIST, page.file),
    bare: pageWeight(join(bare, "dist"), join(bare, "dist", page.path, "index.html")),
  }));
  rmSync(bare, { recursive: true, force: true });
  return { buildSeconds, pages: result };
}
