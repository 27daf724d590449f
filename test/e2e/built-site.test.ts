/**
 * Checks on the built HTML: Italian twins are real translations (not Starlight fallbacks) with the same
 * anchors, every internal link and #anchor resolves, and pages without islands ship no island code.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type HTMLElement, parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { builtPages, DIST } from "../support/site-pages.ts";

const pages = builtPages();
const html = new Map(pages.map((p) => [p.path, parse(readFileSync(p.file, "utf8"))]));

function content(doc: HTMLElement): HTMLElement {
  const main = doc.querySelector("main .sl-markdown-content") ?? doc.querySelector("main");
  if (!main) throw new Error("page has no <main>");
  return main;
}

function headingIds(doc: HTMLElement): string[] {
  return content(doc)
    .querySelectorAll("h2, h3, h4")
    .map((h) => h.getAttribute("id") ?? "");
}

function fileForPath(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith("/")
    ? [join(DIST, clean, "index.html")]
    : [join(DIST, clean), join(DIST, clean, "index.html")];
  return candidates.find((c) => existsSync(c));
}

describe("production build", () => {
  it("has the search index (a dev-mode build has none and shows no search)", () => {
    expect(existsSync(join(DIST, "pagefind", "pagefind.js"))).toBe(true);
  });
});

describe("Content-Security-Policy", () => {
  it.each(pages)("$path carries its policy before any script, with every inline script hashed", ({ path, file }) => {
    const source = readFileSync(file, "utf8");
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(source);
    expect(meta, path).not.toBeNull();
    expect(source.indexOf(meta?.[0] ?? "")).toBeLessThan(source.indexOf("<script"));
    const policy = meta?.[1] ?? "";
    const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    expect(script).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
    const inline = [...source.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].length;
    expect(script.match(/'sha256-/g)?.length ?? 0).toBeGreaterThan(0);
    expect(inline).toBeGreaterThan(0);
  });
});

describe("built Italian pages", () => {
  const english = pages.filter((p) => p.lang === "en" && p.path !== "/404/");
  it.each(english)("$path has a real Italian twin with the same heading anchors", ({ path }) => {
    const itPath = `/it${path}`;
    const twin = html.get(itPath);
    expect(twin, `no ${itPath}`).toBeDefined();
    if (!twin) return;
    expect(twin.querySelector("html")?.getAttribute("lang")).toBe("it");
    // Starlight marks fallback pages (English content served under /it/) with this notice.
    expect(twin.toString()).not.toContain("This content is not available in your language yet");
    const en = html.get(path);
    if (!en) throw new Error(`missing ${path}`);
    expect(headingIds(twin)).toEqual(headingIds(en));
    expect(content(twin).textContent).not.toEqual(content(en).textContent);
  });
});

const app = createApp({ distDir: DIST });

describe("internal links", () => {
  it.each(pages)("every link and anchor on $path resolves", async ({ path }) => {
    const doc = html.get(path);
    if (!doc) throw new Error(`missing ${path}`);
    const broken: string[] = [];
    for (const a of doc.querySelectorAll("a[href]")) {
      const href = a.getAttribute("href") ?? "";
      if (/^(https?:|mailto:|tel:)/.test(href) || href === "") continue;
      const url = new URL(href, `http://site${path}`);
      if (url.pathname.startsWith("/api/")) {
        // Served by the API, not by dist/.
        const res = await app.request(url.pathname + url.search);
        if (res.status !== 200) broken.push(`${href} (API answered ${res.status})`);
        continue;
      }
      const file = fileForPath(url.pathname);
      if (!file) {
        broken.push(`${href} (no page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && anchor !== "_top") {
        const target =
          file === join(DIST, url.pathname, "index.html") && url.pathname === path
            ? doc
            : parse(readFileSync(file, "utf8"));
        if (!target.getElementById(anchor)) broken.push(`${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("page weight", () => {
  it.each(pages)("$path ships island JavaScript only if it has an island", ({ path }) => {
    const doc = html.get(path);
    if (!doc) throw new Error(`missing ${path}`);
    const islands = doc.querySelectorAll("astro-island");
    const markup = doc.toString();
    if (islands.length === 0) {
      expect(markup).not.toMatch(/astro-island|client\.[\w-]+\.js|preact/i);
    }
  });
});
