/**
 * `npm run bench`: measures the budgets the issues name and prints a report (also written to
 * bench/results/latest.json). A benchmark, not a test: it reports figures and flags missed budgets.
 * `npm run bench -- api`, `-- engine` or `-- site` runs one part; `-- lighthouse /google-setup/` scores one page.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { ROOT } from "../test/support/site-pages.ts";
import { type ApiBench, benchApi } from "./api.ts";
import { benchEngine, type EngineBench } from "./engine.ts";
import { benchLighthouse, type LighthouseBench } from "./lighthouse.ts";
import { benchLive, type LiveBench } from "./live.ts";
import { benchRedis, type RedisBench } from "./redis.ts";
import { benchSite, type SiteBench } from "./site.ts";
import { benchSse, type SseBench } from "./sse.ts";
import { benchStartup, type StartupBench } from "./startup.ts";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
const args = process.argv.slice(2);
const parts = args.filter((arg) => !arg.startsWith("/"));
const onlyPaths = args.filter((arg) => arg.startsWith("/"));
const wants = (part: string) => parts.length === 0 || parts.includes(part);
const results: {
  site?: SiteBench;
  engine?: EngineBench;
  api?: ApiBench;
  startup?: StartupBench;
  live?: LiveBench;
  sse?: SseBench;
  redis?: RedisBench;
  lighthouse?: LighthouseBench;
} = {};

console.log(`Benchmark on ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}\n`);

if (wants("site")) {
  const site = benchSite();
  results.site = site;
  const worst = Math.max(...site.buildSeconds);
  console.log(
    `npm run build: ${site.buildSeconds.map((s) => `${s.toFixed(1)} s`).join(", ")} (budget ≤ 20 s: ${verdict(worst <= 20)})\n`,
  );
  console.log("Page weight, gzip (HTML + CSS + JS), ours vs a bare Starlight page with the same text:");
  console.log(
    `${"page".padEnd(26)}${"ours".padStart(10)}${"bare".padStart(10)}${"diff".padStart(10)}${"island JS".padStart(11)}`,
  );
  for (const { path, ours, bare } of site.pages) {
    console.log(
      `${path.padEnd(26)}${kb(ours.total).padStart(10)}${kb(bare.total).padStart(10)}${kb(ours.total - bare.total).padStart(10)}${kb(ours.islandJs).padStart(11)}`,
    );
  }
  const seen = new Set<string>();
  for (const page of site.pages) {
    for (const island of page.ours.islands) {
      const key = `${island.name} ${page.path.startsWith("/it/") ? "(it)" : "(en)"}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // The live test's budget is 20 KB; every other island's is 15 KB.
      const budget = island.name === "LiveTest" ? 20 : 15;
      console.log(
        `island ${key.padEnd(26)} ${kb(island.js)} gzip with Preact (budget ≤ ${budget} KB: ${verdict(island.js <= budget * 1024)})`,
      );
    }
  }
  console.log("");
}

if (wants("engine")) {
  const engine = benchEngine();
  results.engine = engine;
  const ms = (l: { p50: number; p99: number; max: number }) =>
    `p50 ${l.p50.toFixed(3)} ms, p99 ${l.p99.toFixed(3)} ms, max ${l.max.toFixed(2)} ms`;
  console.log(
    `Engine over ${engine.evidence} cases × 2 languages (${engine.calls} calls), per evidence: CPU ${ms(engine.engineCpu)} (budget p99 ≤ 2 ms: ${verdict(engine.engineCpu.p99 <= 2)}); wall clock ${ms(engine.engine)}`,
  );
  console.log(`  with the answer's JSON text (diagnosisJson): ${ms(engine.serialized)}\n`);
}

if (wants("api")) {
  const api = await benchApi();
  results.api = api;
  const row = (label: string, t: { rps: number; cpuMicros: number }, budget?: boolean) => {
    const ratio = t.rps / api.hello.rps;
    const verdictText = budget === undefined ? "" : ` (budget ≥ 0.5×: ${verdict(ratio >= 0.5)})`;
    console.log(
      `  ${label.padEnd(52)}${t.rps.toFixed(0).padStart(7)} req/s ${ratio.toFixed(2).padStart(5)}× hello, ${t.cpuMicros.toFixed(0).padStart(4)} µs CPU/request${verdictText}`,
    );
  };
  console.log("API (autocannon, 10 connections, 10 s each, same server process):");
  row("GET /bench/hello (bare Hono, the reference)", api.hello);
  row("POST /bench/floor (bare Hono, same answer, no work)", api.floor);
  row("POST /api/diagnose, repeated evidence (memo hits)", api.memo, true);
  row("POST /api/diagnose, unique evidence (engine runs)", api.unique, true);
  const f = api.fixedRate;
  const show = (l: { p50: number; p99: number; max: number }) =>
    `p50 ${l.p50.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(1)} ms`;
  console.log(`  POST /api/diagnose, unique evidence, at ${f.rate} req/s (budget p99 ≤ 10 ms):`);
  console.log(`    autocannon --overallRate, as reported: ${show(f.autocannon)} (${verdict(f.autocannon.p99 <= 10)})`);
  console.log(
    `    autocannon --overallRate, without its 1 ms back-fill: ${show(f.autocannonRaw)} (${verdict(f.autocannonRaw.p99 <= 10)})`,
  );
  console.log(`    evenly spaced, from each request's due time: ${show(f.steady)} (${verdict(f.steady.p99 <= 10)})`);
  console.log(`    errors ${f.errors}, non-2xx ${f.non2xx}`);
}

if (wants("startup")) {
  const startup = await benchStartup();
  results.startup = startup;
  console.log(
    `\nServer start to listening (median of 7): ${startup.sandboxOffMs.toFixed(0)} ms with SANDBOX=off, ${startup.sandboxOnMs.toFixed(0)} ms with the sandbox: +${startup.addedMs.toFixed(0)} ms (budget ≤ 300 ms: ${verdict(startup.addedMs <= 300)})`,
  );
}

if (wants("live")) {
  const live = await benchLive();
  results.live = live;
  console.log(
    `\nLive test, whole healthy sandbox run (${live.runs} runs): companion overhead beyond the sandbox's own work p50 ${live.overheadMsP50} ms, p95 ${live.overheadMsP95} ms (budget ≤ 50 ms: ${verdict(live.overheadMsP50 <= 50)})`,
  );
}

if (wants("sse")) {
  const sse = await benchSse();
  results.sse = sse;
  console.log(
    `\n${sse.streams} idle Server-Sent Event streams: +${sse.rssMb} MB server RSS, +${sse.heapMb} MB heap (budget ≤ 40 MB: ${verdict(sse.rssMb <= 40)})`,
  );
}

if (wants("redis")) {
  const redis = await benchRedis();
  results.redis = redis;
  console.log(
    `\nWith Redis (REDIS_URL), whole healthy sandbox run (${redis.runs} runs): companion overhead p50 ${redis.overheadMsP50} ms, p95 ${redis.overheadMsP95} ms (budget ≤ 50 ms: ${verdict(redis.overheadMsP50 <= 50)})`,
  );
  console.log(
    `  interleaved in-memory runs: p50 ${redis.memoryOverheadMsP50} ms, so Redis adds ${(redis.overheadMsP50 - redis.memoryOverheadMsP50).toFixed(1)} ms; process CPU per run ${redis.cpuMsPerRun} ms with Redis, ${redis.memoryCpuMsPerRun} ms in memory; load average ${redis.load[0]} → ${redis.load[1]} on ${cpus().length} cores`,
  );
  console.log(
    `${redis.waitingRuns} runs waiting at consent: +${redis.memoryMb} MB in Redis, ${redis.bytesPerRun} bytes per run (budget ≤ 20 MB: ${verdict(redis.memoryMb <= 20)})`,
  );
}

if (wants("lighthouse")) {
  const lh = await benchLighthouse({ only: onlyPaths });
  results.lighthouse = lh;
  console.log(`\nLighthouse, mobile (median performance of ${lh.runs} runs per page, ${lh.chromium}):`);
  console.log(
    `${"page".padEnd(26)}${"perf".padStart(6)}${"a11y".padStart(6)}${"bp".padStart(6)}${"seo".padStart(6)}${"TBT".padStart(9)}${"LCP".padStart(9)}`,
  );
  for (const page of lh.pages) {
    const s = page.scores;
    const ok = s.performance >= 98 && s.accessibility === 100 && s["best-practices"] === 100 && s.seo === 100;
    console.log(
      `${page.path.padEnd(26)}${String(s.performance).padStart(6)}${String(s.accessibility).padStart(6)}${String(s["best-practices"]).padStart(6)}${String(s.seo).padStart(6)}${`${page.tbtMs} ms`.padStart(9)}${`${page.lcpMs} ms`.padStart(9)}  ${verdict(ok)}${page.failing.length ? `  (${page.failing.join(", ")})` : ""}`,
    );
  }
  console.log("Budget: performance ≥ 98, accessibility, best practices and SEO 100 on every page.");
}

mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(join(ROOT, "bench", "results", "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
