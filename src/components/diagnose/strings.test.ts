import { describe, expect, it } from "vitest";
import { fill } from "../../core/i18n.ts";
import { type StringKey, strings } from "./strings.ts";

const keys = Object.keys(strings.en).sort() as StringKey[];

describe("diagnostics form strings", () => {
  it("are translated, not copied, wherever the words differ", () => {
    const same = keys.filter((key) => strings.en[key] === strings.it[key]);
    expect(same).toEqual(["severity.info"]);
  });

  it("fill placeholders and leave unknown ones visible", () => {
    expect(fill(strings.it["status.many"], { count: 3 })).toBe("3 risultati, dalla causa più probabile.");
    expect(fill("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
