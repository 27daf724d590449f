/**
 * Engine budget: p99 time of one diagnosis per evidence ≤ 2 ms, over every case we keep (the shared
 * public cases when present, our pasted cases, the API bench's tickets), in English and Italian. Each
 * evidence is diagnosed once to warm up, then `rounds` times; every call is timed on its own, by the
 * wall clock and by this process's CPU time (on a shared, busy machine the wall clock also counts the
 * time spent waiting for a core). Also times the server's serialization (diagnosisJson), which runs
 * the engine and writes the answer.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnosisJson } from "../server/diagnosis-json.ts";
import { diagnose } from "../src/core/diagnose/diagnose.ts";
import type { Evidence } from "../src/core/diagnose/evidence.ts";
import { PASTED_CASES } from "../test/cases/pasted.ts";
import { ROOT } from "../test/support/site-pages.ts";
import { BENCH_EVIDENCE } from "./api-evidence.ts";

export interface EngineBench {
  evidence: number;
  calls: number;
  /** diagnose(): milliseconds per call, wall clock (includes time the process waited for a core). */
  engine: Percentiles;
  /** diagnose(): milliseconds of this process's CPU per call (what the engine itself costs). */
  engineCpu: Percentiles;
  /** diagnosisJson(): the engine plus the answer's JSON text, as the API runs it (wall clock). */
  serialized: Percentiles;
}

interface Percentiles {
  p50: number;
  p99: number;
  max: number;
}

/** The shared public cases sit beside the main checkout, or two levels above a worktree. */
function publicCases(): Evidence[] {
  for (const path of [join(ROOT, "..", "shared"), join(ROOT, "..", "..", "shared")]) {
    const file = join(path, "cases", "public.json");
    if (existsSync(file))
      return (JSON.parse(readFileSync(file, "utf8")) as { cases: { evidence: Evidence }[] }).cases.map(
        (c) => c.evidence,
      );
  }
  return [];
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Each evidence in both languages, `rounds` times after one warm-up: wall and CPU time of every call. */
function timeEach(
  evidence: Evidence[],
  rounds: number,
  call: (e: Evidence, lang: "en" | "it") => unknown,
): { wall: number[]; cpu: number[] } {
  for (const e of evidence) for (const lang of ["en", "it"] as const) call(e, lang);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const e of evidence) {
      for (const lang of ["en", "it"] as const) {
        const started = performance.now();
        const cpuStarted = cpuMs();
        call(e, lang);
        cpu.push(cpuMs() - cpuStarted);
        wall.push(performance.now() - started);
      }
    }
  }
  return { wall, cpu };
}

export function benchEngine(rounds = 50): EngineBench {
  const evidence = [...publicCases(), ...PASTED_CASES.map((c) => c.evidence), ...BENCH_EVIDENCE];
  const engine = timeEach(evidence, rounds, (e, lang) => diagnose(e, lang));
  const serialized = timeEach(evidence, rounds, (e, lang) => diagnosisJson(e, lang));
  return {
    evidence: evidence.length,
    calls: engine.wall.length,
    engine: percentiles(engine.wall),
    engineCpu: percentiles(engine.cpu),
    serialized: percentiles(serialized.wall),
  };
}
