import { describe, expect, it } from "vitest";
import { fill, type StringKey, strings } from "./strings.ts";
import { SCENARIOS } from "./types.ts";

const keys = Object.keys(strings.en).sort() as StringKey[];
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
const codeSpans = (text: string) => (text.match(/`/g) ?? []).length;

describe("live test strings", () => {
  it("have the same keys in English and Italian", () => {
    expect(Object.keys(strings.it).sort()).toEqual(keys);
  });

  it.each(keys)("%s is written in both languages with the same placeholders and closed code spans", (key) => {
    expect(strings.en[key].trim()).not.toBe("");
    expect(strings.it[key].trim()).not.toBe("");
    expect(placeholders(strings.it[key])).toEqual(placeholders(strings.en[key]));
    expect(codeSpans(strings.en[key]) % 2).toBe(0);
    expect(codeSpans(strings.it[key]) % 2).toBe(0);
  });

  it("are translated, not copied, wherever the words differ", () => {
    const same = keys.filter((key) => strings.en[key] === strings.it[key]);
    expect(same).toEqual([
      "hop.callback",
      "json.status",
      "run.account",
      "scenario.label",
      "secret.label",
      "severity.info",
    ]);
  });

  it("name every practice scenario", () => {
    for (const scenario of SCENARIOS) expect(strings.it[`scenario.${scenario}`]).toBeTruthy();
  });

  it("link the revoke instructions in the page's own language", () => {
    expect(strings.en["run.revokeHref"]).toBe("/live-test/#revoke");
    expect(strings.it["run.revokeHref"]).toBe("/it/live-test/#revoke");
  });

  it("fill placeholders and leave unknown ones visible", () => {
    expect(fill(strings.it["announce.progress"], { done: 3, total: 11 })).toBe("3 passi completati su 11.");
    expect(fill("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
