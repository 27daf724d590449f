/**
 * Gzip weight of a built page: its HTML plus every stylesheet and script it loads, and for each Astro
 * island the JavaScript it brings (component and renderer modules with all their static imports).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";

export interface IslandWeight {
  name: string;
  /** Gzip bytes of the island's module closure (Preact and the renderer included). */
  js: number;
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Largest island's JavaScript on the page (0 without islands). */
  islandJs: number;
  islands: IslandWeight[];
  total: number;
}

const gz = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The module and every module it imports statically or dynamically, as paths under dist/. */
function moduleClosure(distDir: string, url: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) visit(join(dirname(file), match[1] ?? ""));
  };
  visit(join(distDir, url.split("?")[0] ?? url));
  return [...seen].map((file) => `/${relative(distDir, file)}`);
}

export function pageWeight(distDir: string, htmlFile: string): PageWeight {
  const source = readFileSync(htmlFile);
  const doc = parse(source.toString());
  const counted = new Set<string>();
  const weigh = (url: string | undefined): number => {
    if (typeof url !== "string" || !url.startsWith("/") || counted.has(url)) return 0;
    counted.add(url);
    const file = join(distDir, url.split("?")[0] ?? url);
    return existsSync(file) ? gz(readFileSync(file)) : 0;
  };
  let css = 0;
  let js = 0;
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) css += weigh(link.getAttribute("href"));
  for (const el of [...doc.querySelectorAll("script[src]"), ...doc.querySelectorAll('link[rel="modulepreload"]')]) {
    js += weigh(el.getAttribute("src") ?? el.getAttribute("href"));
  }
  const islands: IslandWeight[] = [];
  for (const island of doc.querySelectorAll("astro-island")) {
    const urls = ["component-url", "renderer-url"].flatMap((attr) => {
      const url = island.getAttribute(attr);
      return url ? moduleClosure(distDir, url) : [];
    });
    const closure = [...new Set(urls)];
    const own = closure.reduce((sum, url) => sum + gz(readFileSync(join(distDir, url))), 0);
    for (const url of closure) js += weigh(url);
    let name = "island";
    try {
      name = (JSON.parse(island.getAttribute("opts") ?? "{}") as { name?: string }).name ?? name;
    } catch {
      // keep the generic name
    }
    islands.push({ name, js: own });
  }
  const html = gz(source);
  return { html, css, js, islandJs: Math.max(0, ...islands.map((i) => i.js)), islands, total: html + css + js };
}
