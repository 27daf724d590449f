import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../server/app.ts";
import { requestDiagnosis } from "./api.ts";

const app = createApp({ distDir: tmpdir() });
/** The real API, answering the form's relative URL as the browser would. */
const viaApp = ((input: string, init?: RequestInit) => app.request(input, init)) as typeof fetch;

describe("requestDiagnosis", () => {
  it("returns the ranked findings in the page language", async () => {
    const outcome = await requestDiagnosis({ lang: "it", errorText: "Errore 403: org_internal" }, viaApp);
    expect(outcome.ok && outcome.diagnosis.findings[0]?.docs).toBe("/it/troubleshooting/#org-internal");
  });

  it("returns the status and the localized problem detail when the API refuses", async () => {
    const outcome = await requestDiagnosis({ lang: "it", errorText: "x".repeat(20_001) }, viaApp);
    expect(outcome).toEqual({
      ok: false,
      status: 400,
      detail: "Alcuni campi non sono utilizzabili: errorText: più lungo di 20000 caratteri.",
    });
  });

  it("reports an unreachable service as status 0", async () => {
    const offline = (() => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch;
    expect(await requestDiagnosis({ lang: "en", errorText: "x" }, offline)).toEqual({ ok: false, status: 0 });
  });
});
