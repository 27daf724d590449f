import { describe, expect, it } from "vitest";
import { failureMessage } from "./failure.ts";
import { strings } from "./strings.ts";

describe("failureMessage", () => {
  it("explains the statuses the live test API uses, with the server's detail", () => {
    expect(failureMessage({ ok: false, status: 429, detail: "Retry in 4 minutes." }, strings.en)).toBe(
      "Too many tests from your address. Wait a few minutes. Retry in 4 minutes.",
    );
    expect(failureMessage({ ok: false, status: 410 }, strings.it)).toBe(
      "Esecuzione scaduta: dura 15 minuti. Avvia un nuovo test.",
    );
    for (const status of [400, 403, 404, 409, 413, 422]) {
      expect(failureMessage({ ok: false, status }, strings.en)).toBe(strings.en[`failure.${status}` as "failure.400"]);
    }
  });

  it("covers an unreachable server and any other status", () => {
    expect(failureMessage({ ok: false, status: 0 }, strings.en)).toBe(strings.en["failure.network"]);
    expect(failureMessage({ ok: false, status: 503 }, strings.it)).toBe(
      "Il server non ha funzionato (HTTP 503). Riprova.",
    );
  });
});
