/** Checks the finding text tables: complete for every id, plain text, short titles, really translated. */
import { describe, expect, it } from "vitest";
import { FINDING_IDS } from "./ids.ts";
import { findingTextEn } from "./text.en.ts";
import { findingTextIt } from "./text.it.ts";
import type { FindingText, FindingTextTable } from "./types.ts";

const tables: [string, FindingTextTable][] = [
  ["en", findingTextEn],
  ["it", findingTextIt],
];

/** Every string of one entry, labelled for readable failures. */
function fieldsOf(text: FindingText): [string, string][] {
  return [
    ["title", text.title],
    ["explanation", text.explanation],
    ...text.fix.map((step, index): [string, string] => [`fix[${index}]`, step]),
  ];
}

describe.each(tables)("finding texts (%s)", (_lang, table) => {
  it("has exactly the catalog's ids", () => {
    expect(Object.keys(table).sort()).toEqual([...FINDING_IDS].sort());
  });

  it.each(FINDING_IDS)("%s is complete and within limits", (id) => {
    const text = table[id];
    expect(text.title.length).toBeLessThanOrEqual(90);
    expect(text.fix.length).toBeGreaterThanOrEqual(1);
    expect(text.fix.length).toBeLessThanOrEqual(8);
    for (const [field, value] of fieldsOf(text)) {
      expect(value.trim(), `${id}.${field} is empty`).not.toBe("");
      expect(value, `${id}.${field} has surrounding whitespace`).toBe(value.trim());
    }
  });

  it.each(FINDING_IDS)("%s is plain text without placeholders", (id) => {
    for (const [field, value] of fieldsOf(table[id])) {
      const where = `${id}.${field}`;
      expect(value, `${where} has a { placeholder`).not.toContain("{");
      expect(value, `${where} has a Markdown link`).not.toMatch(/\[[^\]]*\]\([^)]*\)/);
      expect(value, `${where} has Markdown emphasis`).not.toMatch(/\*\*|__/);
      expect(value, `${where} has HTML`).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect((value.match(/`/g) ?? []).length % 2, `${where} has an unbalanced backtick`).toBe(0);
    }
  });
});

describe("finding texts across languages", () => {
  it.each(FINDING_IDS)("%s is translated, not copied", (id) => {
    const en = findingTextEn[id];
    const it = findingTextIt[id];
    expect(it.title).not.toBe(en.title);
    expect(it.explanation).not.toBe(en.explanation);
    for (const step of it.fix) expect(en.fix).not.toContain(step);
  });
});
