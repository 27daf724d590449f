/** Our pasted-as-is cases (test/cases/pasted.ts): the expected cause comes first, in every language. */
import { describe, expect, it } from "vitest";
import { diagnose } from "../../src/core/diagnose/diagnose.ts";
import { FINDING_IDS } from "../../src/core/findings/ids.ts";
import { PASTED_CASES } from "../cases/pasted.ts";

describe("pasted cases", () => {
  it("are many, in several languages, with unique ids and known findings", () => {
    expect(PASTED_CASES.length).toBeGreaterThanOrEqual(80);
    const foreign = PASTED_CASES.filter((c) => c.lang !== "en");
    expect(foreign.length).toBeGreaterThanOrEqual(25);
    expect(new Set(foreign.map((c) => c.lang))).toEqual(new Set(["it", "fr", "es", "de", "pt", "tr"]));
    expect(new Set(PASTED_CASES.map((c) => c.id)).size).toBe(PASTED_CASES.length);
    for (const c of PASTED_CASES) expect(FINDING_IDS, c.id).toContain(c.expect);
  });

  it.each(PASTED_CASES)("$id → $expect", (c) => {
    const result = diagnose(c.evidence, c.lang === "it" ? "it" : "en");
    const ranked = result.findings.map((f) => `${f.id} (${f.severity})`);
    expect(result.findings[0]?.id, ranked.join(", ")).toBe(c.expect);
    expect(result.primary, ranked.join(", ")).toBe(c.expect);
    expect(result.confidence).toMatch(/^(high|medium|low)$/);
  });
});
