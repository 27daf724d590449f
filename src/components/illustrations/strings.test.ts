/** Keys and placeholders of these tables are checked with every other table (test/unit/i18n.test.ts). */
import { describe, expect, it } from "vitest";
import { gmailSettings, illustrationTexts } from "./strings.ts";

describe.each(Object.entries(illustrationTexts))("illustration texts: %s", (_name, table) => {
  it("has a spoken description and a caption written in each language", () => {
    const spoken = Object.keys(table.en).filter((key) => /label$|caption$/i.test(key));
    expect(spoken.length).toBeGreaterThan(0);
    for (const key of spoken) expect(table.it[key], key).not.toBe(table.en[key]);
  });
});

describe("gmailSettings", () => {
  it("names the version and section in its description", () => {
    const values = {
      version: "18.0",
      settings: "S",
      section: "E-mail",
      custom: "C",
      outgoing: "O",
      gmail: "G",
      ticked: "✓",
    };
    expect(gmailSettings.text("it", "label", values)).toContain("Odoo 18.0");
    expect(gmailSettings.text("it", "caption", values)).toContain("E-mail");
  });
});
