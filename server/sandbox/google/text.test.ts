/** Every text of the Google emulator exists in English and Italian. */
import { describe, expect, it } from "vitest";
import { placeholdersOf } from "../../../src/core/i18n.ts";
import { googleSandboxText, type TextKey, text } from "./text.ts";

describe("the Google emulator's texts", () => {
  const en = Object.keys(googleSandboxText.en).sort() as TextKey[];

  it("are one defineMessages table with the same keys in English and Italian", () => {
    expect(googleSandboxText.name).toBe("sandbox-google");
    expect(Object.keys(googleSandboxText.it).sort()).toEqual(en);
  });

  it.each(en)("%s is translated and keeps its placeholders", (key) => {
    const italian = googleSandboxText.it[key];
    expect(italian.trim()).not.toBe("");
    expect(placeholdersOf(italian)).toEqual(placeholdersOf(googleSandboxText.en[key]));
  });

  it("keeps Google's exact headings and fills placeholders", () => {
    expect(text("en", "error.heading.request-invalid")).toBe("Access blocked: This app's request is invalid");
    expect(text("en", "error.heading.authorization")).toBe("Access blocked: Authorization Error");
    expect(text("it", "error.heading.request-invalid")).toBe(
      "Accesso bloccato: la richiesta di questa app non è valida",
    );
    expect(text("it", "error.code", { status: 400, code: "redirect_uri_mismatch" })).toBe(
      "Errore 400: redirect_uri_mismatch",
    );
    expect(text("en", "warning.go-unsafe", { app: "X" })).toBe("Go to X (unsafe)");
  });
});
