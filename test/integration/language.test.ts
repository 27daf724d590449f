/**
 * One language per request, decided once: `?lang`, then a JSON body's `lang`, then Accept-Language.
 * The body, Content-Language and every problem of the answer agree.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";

const app = createApp({ distDir: mkdtempSync(join(tmpdir(), "companion-lang-")) });
const ORIGIN = "http://localhost";
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    body: JSON.stringify(body),
  });

async function language(res: Response): Promise<{ header: string | null; body: Record<string, unknown> }> {
  return { header: res.headers.get("content-language"), body: (await res.json()) as Record<string, unknown> };
}

describe("the language of an answer", () => {
  it("POST /api/diagnose with lang it: Italian body and Content-Language, from the memo too", async () => {
    for (let i = 0; i < 2; i++) {
      const { header, body } = await language(
        await post("/api/diagnose", { lang: "it", errorText: "Error 400: redirect_uri_mismatch" }),
      );
      expect(header).toBe("it");
      expect(body.lang).toBe("it");
    }
    const english = await language(
      await post(
        "/api/diagnose",
        { lang: "en", errorText: "Error 400: redirect_uri_mismatch" },
        { "accept-language": "it" },
      ),
    );
    expect([english.header, english.body.lang]).toEqual(["en", "en"]);
  });

  it("?lang wins over the body, the body over Accept-Language", async () => {
    const query = await language(
      await post("/api/diagnose?lang=en", { lang: "it", errorText: "Error 400: org_internal" }),
    );
    expect([query.header, query.body.lang]).toEqual(["en", "en"]);
    const body = await language(
      await post("/api/diagnose", { lang: "it", errorText: "Error 400: org_internal" }, { "accept-language": "en" }),
    );
    expect([body.header, body.body.lang]).toEqual(["it", "it"]);
  });

  it("problems follow the body's language: validation, no evidence, refused origin, live start", async () => {
    const invalid = await language(await post("/api/diagnose", { lang: "it", errorText: 5 }));
    expect(invalid.header).toBe("it");
    expect(invalid.body.title).toBe("Richiesta non valida");
    expect(String(invalid.body.detail)).toContain("errorText: deve essere un testo");

    const empty = await language(await post("/api/diagnose", { lang: "it" }));
    expect([empty.header, empty.body.type]).toEqual(["it", "/api/problems/no-evidence"]);

    const refused = await language(
      await post("/api/live/start", { lang: "it", provider: "google" }, { origin: "https://evil.example" }),
    );
    expect([refused.header, refused.body.title]).toEqual(["it", "Richiesta rifiutata"]);

    const missing = await language(await post("/api/live/start", { lang: "it", provider: "google" }));
    expect(missing.header).toBe("it");
    expect(String(missing.body.detail)).toContain("obbligatorio");
  });

  it("POST /api/live/start with lang it: the run, its steps and Content-Language are Italian", async () => {
    const res = await post("/api/live/start", {
      lang: "it",
      provider: "google",
      clientId: "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com",
      clientSecret: "GOCSPX-abcdefghijklmnopqrstuvwxyz12",
      email: "sales@acme.com",
    });
    const { header, body } = await language(res);
    expect(header).toBe("it");
    const run = body.run as { lang: string; steps: { title: string }[] };
    expect(run.lang).toBe("it");
    expect(run.steps[0]?.title).toMatch(/^Tentativo di /);
  });

  it("validation messages name each zod issue kind correctly, in both languages", async () => {
    const empty = await app.request(`${ORIGIN}/api/redirect-uri?odooUrl=`);
    expect(String(((await empty.json()) as { detail: string }).detail)).toBe(
      "Some fields cannot be used: odooUrl: must not be empty.",
    );
    const it_ = await app.request(`${ORIGIN}/api/redirect-uri?odooUrl=&lang=it`);
    expect(String(((await it_.json()) as { detail: string }).detail)).toBe(
      "Alcuni campi non sono utilizzabili: odooUrl: non può essere vuoto.",
    );
    const missing = await app.request(`${ORIGIN}/api/redirect-uri`);
    expect(String(((await missing.json()) as { detail: string }).detail)).toContain("odooUrl: is required");
  });
});
