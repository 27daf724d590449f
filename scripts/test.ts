/**
 * `npm test`: type check, lint + format check, then every vitest test (unit, integration and the
 * browser end-to-end tests). Stops at the first failing stage and ends with one line
 * "Tests: N passed, N failed" that CI reads.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: string) => join(root, "node_modules", ".bin", name);
// Every child runs on this same Node (24, from the `node` devDependency), whatever PATH says.
const env = {
  ...process.env,
  PATH: [dirname(process.execPath), join(root, "node_modules", ".bin"), process.env.PATH].join(delimiter),
  ASTRO_TELEMETRY_DISABLED: "1",
  FORCE_COLOR: process.env.CI ? "0" : "1",
};

function stage(title: string, command: string, args: string[]): boolean {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✖"} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

let passed = 0;
let failed = 0;

const staticChecks: [string, string, string[]][] = [
  ["Generate Astro types", process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "sync"]],
  ["Type check (tsc, strict)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]],
  ["Lint and format check (Biome)", bin("biome"), ["ci", "--colors=off", "."]],
];
for (const [title, command, args] of staticChecks) {
  if (stage(title, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`\nTests: ${passed} passed, ${failed} failed`);
    process.exit(1);
  }
}

const report = join(mkdtempSync(join(tmpdir(), "vitest-")), "report.json");
const vitestOk = stage("Unit, integration and browser tests (vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
]);
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number };
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
}
if (!vitestOk && failed === 0) failed += 1;
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && vitestOk ? 0 : 1);
