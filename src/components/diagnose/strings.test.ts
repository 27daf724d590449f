import { describe, expect, it } from "vitest";
import { fill, type StringKey, strings } from "./strings.ts";

const keys = Object.keys(strings.en).sort() as StringKey[];
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe("diagnostics form strings", () => {
  it("have the same keys in English and Italian", () => {
    expect(Object.keys(strings.it).sort()).toEqual(keys);
  });

  it.each(keys)("%s is written in both languages with the same placeholders", (key) => {
    expect(strings.en[key].trim()).not.toBe("");
    expect(strings.it[key].trim()).not.toBe("");
    expect(placeholders(strings.it[key])).toEqual(placeholders(strings.en[key]));
  });

  it("are translated, not copied, wherever the words differ", () => {
    const same = keys.filter((key) => strings.en[key] === strings.it[key]);
    expect(same).toEqual(["client.status", "severity.info"]);
  });

  it("fill placeholders and leave unknown ones visible", () => {
    expect(fill(strings.it["status.many"], { count: 3 })).toBe("3 risultati, dalla causa più probabile.");
    expect(fill("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
