/** The one app: API under /api, the static guide elsewhere, localized 404s. Driven with app.request(). */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { VERSION } from "../../server/version.ts";

let app: ReturnType<typeof createApp>;

beforeAll(() => {
  const dist = mkdtempSync(join(tmpdir(), "companion-dist-"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><html lang=en><title>Overview</title>");
  writeFileSync(join(dist, "404.html"), "<!doctype html><html lang=en><title>Page not found</title>");
  mkdirSync(join(dist, "it", "404"), { recursive: true });
  writeFileSync(
    join(dist, "it", "404", "index.html"),
    "<!doctype html><html lang=it><title>Pagina non trovata</title>",
  );
  mkdirSync(join(dist, "troubleshooting"));
  writeFileSync(join(dist, "troubleshooting", "index.html"), "<!doctype html><title>Troubleshooting</title>");
  mkdirSync(join(dist, "_astro"));
  writeFileSync(join(dist, "_astro", "app.abc123.css"), "body{color:red}");
  app = createApp({ distDir: dist });
});

describe("GET /api/health", () => {
  it("answers ok with the package version", async () => {
    const res = await app.request("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", version: VERSION });
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("unknown API paths", () => {
  it("answer 404 problem+json in English by default", async () => {
    const res = await app.request("/api/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 404, title: "Not found", instance: "/api/nope" });
    expect(body.type).toBe("/api/problems/not-found");
    expect(String(body.detail)).toContain("/api/nope");
  });

  it("answer in Italian when the browser prefers it", async () => {
    const res = await app.request("/api/nope", { headers: { "accept-language": "it-IT,it;q=0.9,en;q=0.5" } });
    expect(res.headers.get("content-language")).toBe("it");
    expect(await res.json()).toMatchObject({ title: "Non trovato" });
  });

  it("answer in the language asked with ?lang=", async () => {
    const res = await app.request("/api/nope?lang=it");
    expect(await res.json()).toMatchObject({ title: "Non trovato" });
  });

  it("answer /api itself and unknown paths with problem+json too", async () => {
    for (const [path, method] of [
      ["/api", "GET"],
      ["/api/x/y/z", "POST"],
    ] as const) {
      const res = await app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    }
  });

  it("answer a known path with another method 405 with Allow, localized", async () => {
    for (const [path, method, allow] of [
      ["/api/health", "DELETE", "GET, HEAD"],
      ["/api/diagnose", "GET", "POST"],
      ["/api/live/start", "PUT", "POST"],
      ["/api/live/abcdefghijklmnopqrst/events", "POST", "GET, HEAD"],
    ] as const) {
      const res = await app.request(`${path}?lang=it`, { method, headers: { origin: "http://localhost" } });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
      expect(res.headers.get("content-language")).toBe("it");
      expect(await res.json()).toMatchObject({
        type: "/api/problems/method-not-allowed",
        title: "Metodo non consentito",
      });
    }
  });

  it("refuse streamed bodies over 256 KB (no Content-Length) with 413 problem+json", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await app.request("/api/diagnose", {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
      // @ts-expect-error Node's fetch needs duplex for a streamed body
      duplex: "half",
    });
    expect(res.status).toBe(413);
  });

  it("refuse bodies over 256 KB with 413 problem+json", async () => {
    const res = await app.request("/api/health", {
      method: "POST",
      body: "x".repeat(257 * 1024),
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
  });
});

describe("the static site", () => {
  it("serves pages with revalidation and security headers", async () => {
    const res = await app.request("/");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Overview");
    expect(res.headers.get("cache-control")).toContain("must-revalidate");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("caches hashed assets for a year", async () => {
    const res = await app.request("/_astro/app.abc123.css");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("immutable");
  });

  it("redirects a folder path to its trailing-slash form, keeping the query", async () => {
    const res = await app.request("/troubleshooting?x=1");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/troubleshooting/?x=1");
  });

  it("never redirects to another host, however many slashes lead the path", async () => {
    for (const [path, location] of [
      ["//troubleshooting", "/troubleshooting/"],
      ["///troubleshooting?x=1", "/troubleshooting/?x=1"],
    ]) {
      const res = await app.request(`http://localhost${path}`);
      expect(res.status, path).toBe(301);
      expect(res.headers.get("location")).toBe(location);
    }
  });

  it("answers unknown pages with the English 404 page", async () => {
    const res = await app.request("/no/such/page/");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
  });

  it("answers unknown Italian pages with the Italian 404 page", async () => {
    for (const path of ["/it/non-esiste/", "/it/a/b.html"]) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("Pagina non trovata");
    }
  });

  it("does not serve files outside dist/", async () => {
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/..%2fpackage.json"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
    }
  });
});
