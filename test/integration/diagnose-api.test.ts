/** POST /api/diagnose, GET /api/findings and GET /api/openapi.json through the real app. */
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { DiagnoseResponseSchema } from "../../server/schemas/diagnose.ts";
import { FINDING_IDS } from "../../src/core/findings/ids.ts";
import { PASTED_CASES } from "../cases/pasted.ts";

const app = createApp({ distDir: tmpdir() });

function post(body: unknown, headers: Record<string, string> = {}) {
  return app.request("/api/diagnose", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("POST /api/diagnose", () => {
  it("answers the contract's shape, most likely cause first", async () => {
    const res = await post({
      errorText: "Error 400: redirect_uri_mismatch",
      redirectUri: "http://erp.acme.com/google_gmail/confirm",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { lang: string; findings: { id: string; docs: string; fix: string[] }[] };
    expect(body.lang).toBe("en");
    expect(body.findings[0]?.id).toBe("redirect-uri-insecure-http");
    expect(body.findings[0]?.docs).toBe("/troubleshooting/#redirect-uri-insecure-http");
    expect(body.findings[0]?.fix.length).toBeGreaterThan(0);
  });

  it("answers in Italian from the body, the query or Accept-Language", async () => {
    for (const res of [
      await post({ lang: "it", errorText: "Errore 403: org_internal" }),
      await post({ errorText: "Errore 403: org_internal" }, { "accept-language": "it-IT,it;q=0.9" }),
    ]) {
      const body = (await res.json()) as { lang: string; findings: { docs: string }[] };
      expect(body.lang).toBe("it");
      expect(body.findings[0]?.docs).toBe("/it/troubleshooting/#org-internal");
    }
  });

  it("passes the shared public cases over HTTP", async () => {
    // Beside the main checkout (/work/main → /work/shared), or two levels above a worktree.
    const file = ["../../../shared/cases/public.json", "../../../../shared/cases/public.json"]
      .map((path) => new URL(path, import.meta.url))
      .find((url) => existsSync(url));
    if (!file) return;
    const { cases } = JSON.parse(readFileSync(file, "utf8")) as {
      cases: { lang?: string; expect: string[]; evidence: object }[];
    };
    for (const c of cases) {
      const res = await post({ ...c.evidence, ...(c.lang ? { lang: c.lang } : {}) });
      const body = (await res.json()) as { findings: { id: string; severity: string }[] };
      if (c.expect.length === 0) expect(body.findings.filter((f) => f.severity === "error")).toEqual([]);
      else expect(body.findings[0]?.id).toBe(c.expect[0]);
    }
  });

  it("answers every pasted case with its cause first, in the documented response shape", async () => {
    for (const c of PASTED_CASES) {
      const res = await post({ ...c.evidence, lang: c.lang === "it" ? "it" : "en" });
      expect(res.status).toBe(200);
      const body: unknown = await res.json();
      // The schema drops what it does not declare: an answer equal to its parse has no undocumented field.
      expect(DiagnoseResponseSchema.parse(body), c.id).toEqual(body);
      expect((body as { primary?: string }).primary, c.id).toBe(c.expect);
    }
  });

  it("asks the deciding question and groups what the primary cause explains", async () => {
    const asked = (await (
      await post({ lang: "it", errorText: "535-5.7.8 Username and Password not accepted." })
    ).json()) as {
      primary: string;
      confidence: string;
      question: { fact: string; choices: { answer: string; leadsTo: string }[] };
    };
    expect(asked).toMatchObject({ primary: "smtp-auth-rejected", confidence: "low" });
    expect(asked.question.fact).toMatch(/Autentica con/);
    expect(asked.question.choices.map((c) => c.leadsTo)).toEqual(["smtp-auth-rejected", "smtp-password-auth"]);
    const grouped = (await (
      await post({ errorText: "Error 400: redirect_uri_mismatch", odooUrl: "http://erp.acme.com" })
    ).json()) as {
      confidence: string;
      question?: unknown;
      findings: { id: string; explains?: string[] }[];
    };
    expect(grouped.findings[0]).toMatchObject({
      id: "redirect-uri-insecure-http",
      explains: ["redirect-uri-mismatch"],
    });
    expect(grouped.confidence).toBe("high");
    expect(grouped.question).toBeUndefined();
  });

  it("refuses an errorText over 20,000 characters with a localized problem", async () => {
    const res = await post({ errorText: "x".repeat(20_001) }, { "accept-language": "it" });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { title: string; detail: string; errors: { pointer: string }[] };
    expect(body.title).toBe("Richiesta non valida");
    expect(body.detail).toContain("errorText: più lungo di 20000 caratteri");
    expect(body.errors[0]?.pointer).toBe("/errorText");
  });

  it("names every unusable field", async () => {
    const res = await post({ errorText: 42, smtp: { port: "abc", encryption: "quantum" } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { pointer: string; detail: string }[] };
    const pointers = body.errors.map((e) => e.pointer).sort();
    expect(pointers).toEqual(["/errorText", "/smtp/encryption", "/smtp/port"]);
    expect(body.errors.find((e) => e.pointer === "/smtp/encryption")?.detail).toMatch(
      /must be one of "none", "starttls", "ssl"/,
    );
  });

  it("asks for evidence when none is sent", async () => {
    const res = await post({ lang: "en" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/at least one piece of evidence: errorText, url/);
  });

  it("refuses malformed JSON and non-JSON bodies clearly", async () => {
    const malformed = await post("{not json", { "accept-language": "it" });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { detail: string }).detail).toBe(
      "Il corpo della richiesta non è un JSON valido.",
    );
    const text = await app.request("/api/diagnose", {
      method: "POST",
      body: "Error 400",
      headers: { "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);
    expect(text.headers.get("content-type")).toMatch(/problem\+json/);
  });

  it("normalises common spellings from support tools", async () => {
    const res = await post({
      smtp: {
        host: "smtp.gmail.com",
        port: "465",
        encryption: "SSL/TLS",
        authentication: "Gmail OAuth Authentication",
      },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { findings: { id: string }[] }).findings[0]?.id).toBe("smtp-encryption");
  });

  it("never echoes secrets", async () => {
    const secret = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";
    const res = await post({
      errorText: `invalid_client client_secret=${secret}`,
      clientSecretJson: { web: { client_id: "1-x.apps.googleusercontent.com", client_secret: secret } },
      url: "https://x.odoo.com/google_gmail/confirm?code=4/0AeanS0aVerySecretCode&state=%7B%7D",
    });
    const text = await res.text();
    expect(text).not.toContain("abcdefghijklmnop");
    expect(text).not.toContain("VerySecretCode");
  });

  it("never answers 5xx to random JSON", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              errorText: fc.jsonValue(),
              url: fc.jsonValue(),
              smtp: fc.jsonValue(),
              consent: fc.jsonValue(),
              clientSecretJson: fc.jsonValue(),
            },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          const res = await post(body);
          expect(res.status).toBeLessThan(500);
          if (res.status !== 200) expect(res.headers.get("content-type")).toMatch(/problem\+json/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("GET /api/findings", () => {
  it("lists every catalog id in the asked language", async () => {
    const res = await app.request("/api/findings?lang=it");
    const body = (await res.json()) as { lang: string; findings: { id: string; docs: string }[] };
    expect(body.lang).toBe("it");
    expect(body.findings.map((f) => f.id).sort()).toEqual([...FINDING_IDS].sort());
    expect(body.findings.every((f) => f.docs.startsWith("/it/"))).toBe(true);
  });
});

describe("GET /api/openapi.json", () => {
  it("is an OpenAPI 3.1 document generated from the schemas", async () => {
    const res = await app.request("/api/openapi.json");
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/diagnose",
      "/findings",
      "/health",
      "/live/callback",
      "/live/start",
      "/live/{id}",
      "/live/{id}/events",
      "/live/{id}/paste",
      "/live/{id}/report",
      "/live/{id}/send-test",
      "/odoo/probe",
      "/redirect-uri",
    ]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["DiagnoseRequest", "DiagnoseResponse", "Finding", "Problem"]),
    );
  });
});

describe("GET /api/redirect-uri", () => {
  it("computes the URI Odoo sends and lists its problems in the asked language", async () => {
    const res = await app.request(
      `/api/redirect-uri?odooUrl=${encodeURIComponent("http://erp.acme-industries.com")}&odooVersion=17.0&lang=it`,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { uri: string; findings: { id: string; docs: string }[] };
    expect(body.uri).toBe("http://erp.acme-industries.com/google_gmail/confirm");
    expect(body.findings[0]?.id).toBe("redirect-uri-insecure-http");
    expect(body.findings[0]?.docs).toBe("/it/troubleshooting/#redirect-uri-insecure-http");
  });

  it("answers a clean URI with no findings", async () => {
    const res = await app.request("/api/redirect-uri?odooUrl=mycompany&odooVersion=18.0");
    expect(await res.json()).toMatchObject({
      uri: "https://mycompany.odoo.com/google_gmail/confirm",
      odooOnline: true,
      findings: [],
    });
  });

  it("refuses a missing odooUrl with a localized problem", async () => {
    const res = await app.request("/api/redirect-uri?lang=it");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    expect(((await res.json()) as { title: string }).title).toBe("Richiesta non valida");
  });
});
