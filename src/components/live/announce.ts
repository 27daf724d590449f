/**
 * What the polite live region says when a run changes: that it started, how many steps are done, a
 * step that failed, and the final result. Elapsed times and repeated snapshots say nothing, so a
 * screen reader hears each milestone once, not every update.
 */
import { fill } from "../../core/i18n.ts";
import type { Strings } from "./strings.ts";
import { isFinal, type Run, type StepStatus } from "./types.ts";

const DONE: readonly StepStatus[] = ["passed", "warning", "failed", "skipped"];

const doneCount = (run: Run): number => run.steps.filter((step) => DONE.includes(step.status)).length;

/** The announcement for the change from `previous` to `next`, or `undefined` when nothing worth saying changed. */
export function announcement(previous: Run | undefined, next: Run, s: Strings): string | undefined {
  const failed = next.steps.find(
    (step) => step.status === "failed" && previous?.steps.find((p) => p.id === step.id)?.status !== "failed",
  );
  const parts: string[] = [];
  if (failed) parts.push(fill(s["announce.failed"], { title: failed.title }));
  if (isFinal(next.status)) {
    if (previous?.status !== next.status)
      parts.push(fill(s["announce.final"], { status: s[`run.status.${next.status}`] }));
  } else if (next.status === "running") {
    if (previous?.status !== "running") parts.push(s["announce.running"]);
    else if (doneCount(next) !== doneCount(previous)) {
      parts.push(fill(s["announce.progress"], { done: doneCount(next), total: next.steps.length }));
    }
  }
  return parts.length > 0 ? parts.join(" ") : undefined;
}
