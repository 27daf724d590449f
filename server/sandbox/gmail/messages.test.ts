import { describe, expect, it } from "vitest";
import { placeholdersOf } from "../../../src/core/i18n.ts";
import { gmailSandboxMessages } from "./messages.ts";

describe("Gmail sandbox messages", () => {
  it("are one defineMessages table in English and Italian with the same keys and placeholders", () => {
    expect(gmailSandboxMessages.name).toBe("sandbox-gmail");
    const keys = Object.keys(gmailSandboxMessages.en) as (keyof typeof gmailSandboxMessages.en)[];
    expect(Object.keys(gmailSandboxMessages.it).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(gmailSandboxMessages.it[key].trim()).not.toBe("");
      expect(placeholdersOf(gmailSandboxMessages.it[key])).toEqual(placeholdersOf(gmailSandboxMessages.en[key]));
    }
    expect(gmailSandboxMessages.text("it", "not-started.title")).toBe("Sandbox Gmail non attiva");
  });
});
