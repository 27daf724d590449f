import { describe, expect, it } from "vitest";
import { gmailSandboxMessages } from "./messages.ts";

describe("Gmail sandbox messages", () => {
  it("exist in English and Italian with the same keys, none empty", () => {
    expect(Object.keys(gmailSandboxMessages.it).sort()).toEqual(Object.keys(gmailSandboxMessages.en).sort());
    for (const table of Object.values(gmailSandboxMessages)) {
      for (const text of Object.values(table)) expect(text.trim()).not.toBe("");
    }
    expect(gmailSandboxMessages.it["not-started.title"]).not.toBe(gmailSandboxMessages.en["not-started.title"]);
  });
});
