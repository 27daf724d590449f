import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../server/app.ts";
import { catalog } from "../../core/findings/catalog.ts";
import { loadCatalog } from "./catalog.ts";
import { checkRedirectUri } from "./redirect-api.ts";

const app = createApp({ distDir: tmpdir() });
/** A fetch that answers from the real API app and counts the calls. */
function apiFetch() {
  const calls: string[] = [];
  const fetcher = ((input: string, init?: RequestInit) => {
    calls.push(String(input));
    return app.request(String(input), init);
  }) as typeof fetch;
  return { fetcher, calls };
}

describe("checkRedirectUri", () => {
  it("returns the URI and its localized findings", async () => {
    const { fetcher, calls } = apiFetch();
    const result = await checkRedirectUri("http://erp.acme-industries.com", "17.0", "it", undefined, fetcher);
    expect(calls).toEqual(["/api/redirect-uri?odooUrl=http%3A%2F%2Ferp.acme-industries.com&lang=it&odooVersion=17.0"]);
    expect(result?.uri).toBe("http://erp.acme-industries.com/google_gmail/confirm");
    expect(result?.findings.map((f) => f.id)).toEqual(["redirect-uri-insecure-http"]);
    expect(result?.findings[0]?.docs).toBe("/it/troubleshooting/#redirect-uri-insecure-http");
  });

  it("returns undefined when the API refuses or cannot be reached", async () => {
    const { fetcher } = apiFetch();
    expect(await checkRedirectUri("x".repeat(2_001), "", "en", undefined, fetcher)).toBeUndefined();
    const offline = (() => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch;
    expect(await checkRedirectUri("mycompany", "18.0", "en", undefined, offline)).toBeUndefined();
  });
});

describe("loadCatalog", () => {
  it("fetches the catalog once per language and keeps it", async () => {
    const { fetcher, calls } = apiFetch();
    const [first, second] = await Promise.all([loadCatalog("en", fetcher), loadCatalog("en", fetcher)]);
    expect(first).toBe(second);
    expect(await loadCatalog("en", fetcher)).toBe(first);
    expect(calls).toEqual(["/api/findings?lang=en"]);
    expect(first?.get("client-type-desktop")).toEqual(catalog("en").find((f) => f.id === "client-type-desktop"));
  });

  it("tries again after a failure", async () => {
    let attempts = 0;
    const flaky = (async (input: string) => {
      attempts += 1;
      if (attempts === 1) return new Response("down", { status: 503 });
      return app.request(String(input));
    }) as typeof fetch;
    expect(await loadCatalog("it", flaky)).toBeUndefined();
    const catalogIt = await loadCatalog("it", flaky);
    expect(catalogIt?.get("org-internal")?.docs).toBe("/it/troubleshooting/#org-internal");
    expect(attempts).toBe(2);
  });
});
