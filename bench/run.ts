/**
 * `npm run bench`: measures the budgets the issues name and prints a report (also written to
 * bench/results/latest.json). A benchmark, not a test: it reports figures and flags budgets it misses.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { ROOT } from "../test/support/site-pages.ts";
import { benchSite } from "./site.ts";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const BUILD_BUDGET_S = 20;

console.log(`Benchmark on ${cpus().length} cores, Node ${process.version}\n`);
const site = benchSite();
const worstBuild = Math.max(...site.buildSeconds);
console.log(
  `npm run build: ${site.buildSeconds.map((s) => `${s.toFixed(1)} s`).join(", ")} (budget ≤ ${BUILD_BUDGET_S} s: ${worstBuild <= BUILD_BUDGET_S ? "met" : "MISSED"})\n`,
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
mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(join(ROOT, "bench", "results", "latest.json"), `${JSON.stringify({ site }, null, 2)}\n`);
