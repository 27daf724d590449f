import { describe, expect, it } from "vitest";
import { fill, illustrationTexts } from "./strings.ts";

const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();

describe.each(Object.entries(illustrationTexts))("illustration texts: %s", (_name, table) => {
  it("has the same keys in English and Italian, none empty", () => {
    expect(Object.keys(table.it).sort()).toEqual(Object.keys(table.en).sort());
    for (const lang of ["en", "it"] as const) {
      for (const [key, value] of Object.entries(table[lang])) expect(value.trim(), `${lang}.${key}`).not.toBe("");
    }
  });

  it("keeps the placeholders of every text", () => {
    for (const [key, english] of Object.entries(table.en)) {
      expect(placeholders(table.it[key] ?? ""), key).toEqual(placeholders(english));
    }
  });

  it("has a spoken description and a caption written in each language", () => {
    for (const [key, english] of Object.entries(table.en)) {
      if (/label$|caption$/i.test(key)) expect(table.it[key], key).not.toBe(english);
    }
  });
});

describe("fill", () => {
  it("fills known placeholders and leaves unknown ones visible", () => {
    expect(fill("{a} and {b}", { a: "x" })).toBe("x and {b}");
  });
});
