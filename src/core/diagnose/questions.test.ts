import { describe, expect, it } from "vitest";
import { FINDING_IDS } from "../findings/ids.ts";
import { QUESTION_KEYS, QUESTION_TEXT, question, questionLeadsTo } from "./questions.ts";

describe("questions", () => {
  it.each(QUESTION_KEYS)("%s decides between two catalog findings, in English and Italian", (key) => {
    const leads = questionLeadsTo(key);
    expect(leads).toHaveLength(2);
    expect(new Set(leads).size).toBe(2);
    for (const id of leads) expect(FINDING_IDS).toContain(id);
    const en = question(key, "en");
    const it = question(key, "it");
    expect(en.fact).not.toBe(it.fact);
    expect(en.choices.map((c) => c.leadsTo)).toEqual(it.choices.map((c) => c.leadsTo));
    for (const [index, choice] of en.choices.entries()) expect(choice.answer).not.toBe(it.choices[index]?.answer);
  });

  it("has the same keys in both languages, none empty, no placeholders", () => {
    expect(Object.keys(QUESTION_TEXT.it).sort()).toEqual(Object.keys(QUESTION_TEXT.en).sort());
    for (const table of [QUESTION_TEXT.en, QUESTION_TEXT.it])
      for (const text of Object.values(table)) {
        expect(text.trim()).not.toBe("");
        expect(text).not.toMatch(/\{\w+\}/);
      }
  });
});
