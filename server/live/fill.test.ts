import { describe, expect, it } from "vitest";
import { textLookup } from "./fill.ts";

describe("textLookup", () => {
  const t = textLookup({ en: { hi: "Hi {name}, {missing}" }, it: { hi: "Ciao {name}, {missing}" } });
  it("fills known placeholders and leaves unknown ones", () => {
    expect(t("en", "hi", { name: "Ada" })).toBe("Hi Ada, {missing}");
    expect(t("it", "hi", { name: 3 })).toBe("Ciao 3, {missing}");
  });
});
