/**
 * Serves the built guide from dist/: hashed assets cached for a year, pages revalidated, directory
 * paths redirected to their trailing-slash form, unknown pages answered with the 404 page of the
 * path's language (`/it/…` → Italian).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import { compress } from "hono/compress";
import { langOfPath } from "../src/core/lang.ts";

export interface StaticSite {
  routes: Hono;
  /** The site's 404 page in the language of the path. */
  notFound: (c: Context) => Response;
}

export function createStaticSite(distDir: string): StaticSite {
  const site = new Hono();
  const compressStatic = compress();
  const notFoundPage = {
    en: readIfExists(join(distDir, "404.html")),
    it: readIfExists(join(distDir, "it", "404", "index.html")) ?? readIfExists(join(distDir, "it", "404.html")),
  };

  site.use("*", async (c, next) => {
    const path = c.req.path;
    if (!path.endsWith("/") && !path.split("/").pop()?.includes(".") && isDirectory(distDir, path)) {
      const url = new URL(c.req.url);
      // One leading slash: "//it" must not become "//it/", a link to the host "it".
      return c.redirect(`/${url.pathname.replace(/^\/+/, "")}/${url.search}`, 301);
    }
    await next();
    if (c.res.status === 200) {
      c.header(
        "cache-control",
        path.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
      );
    }
    return undefined;
  });
  // Pages and assets are compressed; API responses are small JSON and skip the cost.
  site.use("*", async (c, next) => (c.req.path.startsWith("/api/") ? next() : compressStatic(c, next)));
  site.use("*", serveStatic({ root: distDir }));
  const notFound = (c: Context): Response => {
    const lang = langOfPath(c.req.path);
    const page = notFoundPage[lang] ?? notFoundPage.en;
    if (!page) return c.text("404 Not Found", 404);
    return c.html(page, 404, { "content-language": lang, "cache-control": "no-store" }) as Response;
  };
  return { routes: site, notFound };
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

function isDirectory(root: string, path: string): boolean {
  if (path.includes("..") || path.includes("\\") || path.includes("\0")) return false;
  try {
    return statSync(join(root, decodeURIComponent(path))).isDirectory();
  } catch {
    return false;
  }
}
