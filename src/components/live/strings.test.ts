import { describe, expect, it } from "vitest";
import { fill } from "../../core/i18n.ts";
import { type StringKey, strings } from "./strings.ts";
import { SCENARIOS } from "./types.ts";

const keys = Object.keys(strings.en).sort() as StringKey[];

describe("live test strings", () => {
  it("are translated, not copied, wherever the words differ", () => {
    const same = keys.filter((key) => strings.en[key] === strings.it[key]);
    expect(same).toEqual(["hop.callback", "run.account", "scenario.label", "secret.label", "severity.info"]);
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
