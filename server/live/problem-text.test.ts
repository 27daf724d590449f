import { describe, expect, it } from "vitest";
import { problemTexts } from "./problem-text.ts";

describe("problem-text", () => {
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

  it("has the same keys in English and Italian", () => {
    expect(Object.keys(problemTexts.it).sort()).toEqual(Object.keys(problemTexts.en).sort());
  });

  it("translates every text, keeping its placeholders", () => {
    for (const [key, english] of Object.entries(problemTexts.en)) {
      const italian = problemTexts.it[key as keyof typeof problemTexts.it];
      expect(english.trim(), key).not.toBe("");
      expect(italian.trim(), key).not.toBe("");
      expect(placeholders(italian), key).toEqual(placeholders(english));
    }
  });
});
