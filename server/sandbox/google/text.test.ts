/** Every text of the Google emulator exists in English and Italian. */
import { describe, expect, it } from "vitest";
import { type TextKey, text, texts } from "./text.ts";

describe("the Google emulator's texts", () => {
  const en = Object.keys(texts.en).sort();

  it("have the same keys in English and Italian", () => {
    expect(Object.keys(texts.it).sort()).toEqual(en);
  });

  it.each(en)("%s is translated and keeps its placeholders", (key) => {
    const placeholders = (value: string) => (value.match(/\{\w+\}/g) ?? []).sort();
    const english = texts.en[key as TextKey];
    const italian = texts.it[key as TextKey];
    expect(italian.trim()).not.toBe("");
    expect(placeholders(italian)).toEqual(placeholders(english));
  });

  it("keeps Google's exact headings and fills placeholders", () => {
    expect(text("en", "error.heading.request-invalid")).toBe("Access blocked: This app's request is invalid");
    expect(text("it", "error.heading.request-invalid")).toBe(
      "Accesso bloccato: la richiesta di questa app non è valida",
    );
    expect(text("it", "error.code", { status: 400, code: "redirect_uri_mismatch" })).toBe(
      "Errore 400: redirect_uri_mismatch",
    );
    expect(text("en", "warning.go-unsafe", { app: "X" })).toBe("Go to X (unsafe)");
  });
});
