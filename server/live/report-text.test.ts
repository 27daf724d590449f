import { describe, expect, it } from "vitest";
import { MODES, PROVIDERS, RUN_STATUSES, STEP_STATUSES } from "./model.ts";
import { reportTexts } from "./report-text.ts";

describe("report-text", () => {
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

  it("has the same keys in English and Italian", () => {
    expect(Object.keys(reportTexts.it).sort()).toEqual(Object.keys(reportTexts.en).sort());
  });

  it("translates every text, keeping its placeholders", () => {
    for (const [key, english] of Object.entries(reportTexts.en)) {
      const italian = reportTexts.it[key as keyof typeof reportTexts.it];
      expect(english.trim(), key).not.toBe("");
      expect(italian.trim(), key).not.toBe("");
      expect(placeholders(italian), key).toEqual(placeholders(english));
    }
  });

  it("names every status, provider and mode", () => {
    const keys = [
      ...[...RUN_STATUSES, ...STEP_STATUSES].map((s) => `status.${s}`),
      ...PROVIDERS.map((p) => `provider.${p}`),
      ...MODES.map((m) => `mode.${m}`),
    ];
    for (const key of keys) expect(Object.keys(reportTexts.en)).toContain(key);
  });
});
