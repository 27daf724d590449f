import { describe, expect, it } from "vitest";
import { MODES, PROVIDERS, RUN_STATUSES, STEP_STATUSES } from "./model.ts";
import { reportTexts } from "./report-text.ts";

describe("report-text", () => {
  it("names every status, provider and mode", () => {
    const keys = [
      ...[...RUN_STATUSES, ...STEP_STATUSES].map((s) => `status.${s}`),
      ...PROVIDERS.map((p) => `provider.${p}`),
      ...MODES.map((m) => `mode.${m}`),
    ];
    for (const key of keys) expect(Object.keys(reportTexts.en)).toContain(key);
  });
});
