import { describe, expect, it } from "vitest";
import { STEP_IDS } from "./model.ts";
import { stepText, type stepTexts } from "./step-text.ts";

describe("step-text", () => {
  it("has an “Attempting to …” title for every step", () => {
    for (const id of STEP_IDS) {
      expect(stepText("en", `title.${id}` as keyof typeof stepTexts.en)).toMatch(/^Attempting to /);
      expect(stepText("it", `title.${id}` as keyof typeof stepTexts.it)).toMatch(/^Tentativo di /);
    }
  });
});
