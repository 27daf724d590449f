/**
 * `npm test`, in two phases on two cores:
 *   1. side by side: astro sync then tsc, Biome, and the unit + integration tests (vitest project "unit");
 *   2. if the type check and Biome passed: the browser tests (vitest project "e2e", which builds the site
 *      once if dist/ is stale), two files at a time.
 * It ends with one line "Tests: N passed, N failed" that CI reads.
 */
import { spawn } from "node:child_process";
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

interface Stage {
  title: string;
  command: string;
  args: string[];
  /** Where a vitest stage writes its JSON report (its test counts). */
  report?: string;
}

interface Outcome {
  title: string;
  ok: boolean;
  seconds: number;
  /** What the stage printed, when it ran with its output held back. */
  output: string;
  passed: number;
  failed: number;
}

/** Runs one stage; `quiet` holds its output back (printed by `show` once the stage is over). */
function run(stage: Stage, quiet: boolean): Promise<Outcome> {
  const started = Date.now();
  if (!quiet) console.log(`\n▶ ${stage.title}`);
  return new Promise((resolve) => {
    const child = spawn(stage.command, stage.args, {
      cwd: root,
      env,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const done = (ok: boolean, extra = "") => {
      let passed = ok ? 1 : 0;
      let failed = ok ? 0 : 1;
      if (stage.report && existsSync(stage.report)) {
        const counts = JSON.parse(readFileSync(stage.report, "utf8")) as {
          numPassedTests: number;
          numFailedTests: number;
        };
        passed = counts.numPassedTests;
        // A run that failed without a failed test (an import error, an error in a hook) still counts one.
        failed = counts.numFailedTests || (ok ? 0 : 1);
      }
      resolve({
        title: stage.title,
        ok,
        seconds: (Date.now() - started) / 1000,
        output: output + extra,
        passed,
        failed,
      });
    };
    child.on("error", (error) => done(false, `${error.message}\n`));
    child.on("close", (code) => done(code === 0));
  });
}

function show(outcome: Outcome, withOutput: boolean): void {
  if (withOutput) {
    console.log(`\n▶ ${outcome.title}`);
    if (outcome.output) process.stdout.write(outcome.output);
  }
  console.log(`${outcome.ok ? "✔" : "✖"} ${outcome.title} (${outcome.seconds.toFixed(1)} s)`);
}

function vitest(title: string, project: string): Stage {
  const report = join(mkdtempSync(join(tmpdir(), "vitest-")), "report.json");
  return {
    title,
    command: bin("vitest"),
    args: ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    report,
  };
}

const astro = join(root, "node_modules/astro/bin/astro.mjs");
const sync: Stage = { title: "Generate Astro types", command: process.execPath, args: [astro, "sync"] };
const typecheck: Stage = {
  title: "Type check (tsc, strict)",
  command: bin("tsc"),
  args: ["--noEmit", "-p", "tsconfig.json"],
};
const lint: Stage = {
  title: "Lint and format check (Biome)",
  command: bin("biome"),
  args: ["ci", "--colors=off", "."],
};

// Phase 1. tsc needs the types astro sync writes; Biome and the unit tests need neither. The unit tests
// print as they go; the static checks print when all three are over. The browser tests wait for
// phase 2: their site build rewrites the generated types tsc reads.
const [types, lintOutcome, unit] = await Promise.all([
  run(sync, true).then(async (synced) => [synced, synced.ok ? await run(typecheck, true) : undefined] as const),
  run(lint, true),
  run(vitest("Unit and integration tests (vitest, project unit)", "unit"), false),
]);
const staticOutcomes = [types[0], types[1], lintOutcome].filter((o): o is Outcome => o !== undefined);
for (const outcome of staticOutcomes) show(outcome, true);
show(unit, false);
const outcomes = [...staticOutcomes, unit];

// Phase 2, unless a static check failed.
if (staticOutcomes.every((o) => o.ok)) {
  const browser = await run(vitest("Browser tests (vitest, project e2e)", "e2e"), false);
  show(browser, false);
  outcomes.push(browser);
} else {
  console.log("\nBrowser tests not run: a static check failed.");
}

const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && outcomes.every((o) => o.ok) ? 0 : 1);
