import { describe, expect, it } from "vitest";
import { STEP_IDS } from "./model.ts";
import { stepText, stepTexts } from "./step-text.ts";

describe("step-text", () => {
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

  it("has the same keys in English and Italian", () => {
    expect(Object.keys(stepTexts.it).sort()).toEqual(Object.keys(stepTexts.en).sort());
  });

  it("translates every text, keeping its placeholders", () => {
    for (const [key, english] of Object.entries(stepTexts.en)) {
      const italian = stepTexts.it[key as keyof typeof stepTexts.it];
      expect(english.trim(), key).not.toBe("");
      expect(italian.trim(), key).not.toBe("");
      expect(placeholders(italian), key).toEqual(placeholders(english));
    }
  });

  it("has an “Attempting to …” title for every step", () => {
    for (const id of STEP_IDS) {
      expect(stepText("en", `title.${id}` as keyof typeof stepTexts.en)).toMatch(/^Attempting to /);
      expect(stepText("it", `title.${id}` as keyof typeof stepTexts.it)).toMatch(/^Tentativo di /);
    }
  });
});
