/** Gzip weight of a built page: its HTML plus every stylesheet and script it loads. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** JavaScript of Astro islands (component and renderer modules), part of `js`. */
  islandJs: number;
  total: number;
}

const gz = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

export function pageWeight(distDir: string, htmlFile: string): PageWeight {
  const source = readFileSync(htmlFile);
  const doc = parse(source.toString());
  const seen = new Set<string>();
  const asset = (url: string | undefined): Buffer | undefined => {
    if (typeof url !== "string" || !url.startsWith("/") || seen.has(url)) return undefined;
    seen.add(url);
    const file = join(distDir, url.split("?")[0] ?? url);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  let css = 0;
  let js = 0;
  let islandJs = 0;
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
    const data = asset(link.getAttribute("href"));
    if (data) css += gz(data);
  }
  for (const el of [...doc.querySelectorAll("script[src]"), ...doc.querySelectorAll('link[rel="modulepreload"]')]) {
    const data = asset(el.getAttribute("src") ?? el.getAttribute("href"));
    if (data) js += gz(data);
  }
  for (const island of doc.querySelectorAll("astro-island")) {
    for (const attr of ["component-url", "renderer-url"]) {
      const data = asset(island.getAttribute(attr));
      if (data) {
        js += gz(data);
        islandJs += gz(data);
      }
    }
  }
  const html = gz(source);
  return { html, css, js, islandJs, total: html + css + js };
}
