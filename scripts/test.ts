/**
 * `npm test`: type check and lint + format check side by side, then every vitest test (unit,
 * integration and the browser end-to-end tests, in two lanes). Stops after the static checks if one
 * of them fails, and ends with one line "Tests: N passed, N failed" that CI reads.
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
}

interface Outcome {
  title: string;
  ok: boolean;
  seconds: number;
  /** What the stage printed, when it ran with its output held back. */
  output: string;
}

/** Runs one stage; `quiet` holds its output back (stages running side by side print it when done). */
function run({ title, command, args }: Stage, quiet: boolean): Promise<Outcome> {
  const started = Date.now();
  if (!quiet) console.log(`\n▶ ${title}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const done = (ok: boolean, extra = "") =>
      resolve({ title, ok, seconds: (Date.now() - started) / 1000, output: output + extra });
    child.on("error", (error) => done(false, `${error.message}\n`));
    child.on("close", (code) => done(code === 0));
  });
}

function report(outcome: Outcome, printOutput: boolean): void {
  if (printOutput) {
    console.log(`\n▶ ${outcome.title}`);
    if (outcome.output) process.stdout.write(outcome.output);
  }
  console.log(`${outcome.ok ? "✔" : "✖"} ${outcome.title} (${outcome.seconds.toFixed(1)} s)`);
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

// tsc needs the types astro sync writes; Biome needs neither, so it runs beside them. Vitest starts only
// after both: its site build rewrites the generated types tsc reads.
const [types, lintOutcome] = await Promise.all([
  run(sync, true).then(async (synced) => [synced, synced.ok ? await run(typecheck, true) : undefined] as const),
  run(lint, true),
]);
const staticOutcomes = [types[0], types[1], lintOutcome].filter((o): o is Outcome => o !== undefined);
for (const outcome of staticOutcomes) report(outcome, true);

let passed = staticOutcomes.filter((o) => o.ok).length;
let failed = staticOutcomes.length - passed;
if (failed > 0) {
  console.log(`\nTests: ${passed} passed, ${failed} failed`);
  process.exit(1);
}

const reportFile = join(mkdtempSync(join(tmpdir(), "vitest-")), "report.json");
const vitest = await run(
  {
    title: "Unit, integration and browser tests (vitest)",
    command: bin("vitest"),
    args: ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`],
  },
  false,
);
report(vitest, false);
if (existsSync(reportFile)) {
  const summary = JSON.parse(readFileSync(reportFile, "utf8")) as { numPassedTests: number; numFailedTests: number };
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
}
if (!vitest.ok && failed === 0) failed += 1;
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && vitest.ok ? 0 : 1);
