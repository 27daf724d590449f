/** The shared real-world cases (../shared/cases/public.json): top-1 is the expected finding. */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Lang } from "../lang.ts";
import { diagnose } from "./diagnose.ts";
import type { Evidence } from "./evidence.ts";

interface Case {
  id: string;
  lang?: Lang;
  expect: string[];
  evidence: Evidence;
}

// The shared folder sits beside the main checkout (/work/main → /work/shared) and two levels above a
// worktree (/work/wt/<branch> → /work/shared).
const file = ["../../../../shared/cases/public.json", "../../../../../shared/cases/public.json"]
  .map((path) => new URL(path, import.meta.url))
  .find((url) => existsSync(url));
const cases: Case[] = file ? (JSON.parse(readFileSync(file, "utf8")) as { cases: Case[] }).cases : [];

describe.runIf(cases.length > 0)("public cases", () => {
  it.each(cases)("$id → $expect", (c) => {
    const result = diagnose(c.evidence, c.lang ?? "en");
    if (c.expect.length === 0) {
      expect(result.findings.filter((f) => f.severity === "error").map((f) => f.id)).toEqual([]);
    } else {
      expect(result.findings[0]?.id, JSON.stringify(result.findings.map((f) => f.id))).toBe(c.expect[0]);
    }
  });
});
