/**
 * Sandbox start budget: time from spawning `npm start`'s process until it prints its URL, with the
 * sandbox (default) and with SANDBOX=off, median of several runs (dist/ already built).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../test/support/site-pages.ts";

function timeStart(env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, "server", "start.ts")], {
      cwd: ROOT,
      env: { ...process.env, HOST: "127.0.0.1", PORT: "0", SANDBOX_SMTP_PORT: "0", LANG: "en_US.UTF-8", ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (/running at http/.test(output)) {
        const elapsed = performance.now() - started;
        child.kill("SIGTERM");
        resolve(elapsed);
      }
    });
    child.on("exit", (code) => {
      if (!/running at/.test(output)) reject(new Error(`start exited with ${code}: ${output}`));
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export interface StartupBench {
  sandboxOnMs: number;
  sandboxOffMs: number;
  addedMs: number;
}

export async function benchStartup(runs = 7): Promise<StartupBench> {
  const on: number[] = [];
  const off: number[] = [];
  await timeStart({}); // warm the file cache
  for (let i = 0; i < runs; i += 1) {
    off.push(await timeStart({ SANDBOX: "off" }));
    on.push(await timeStart({}));
  }
  const sandboxOnMs = median(on);
  const sandboxOffMs = median(off);
  return { sandboxOnMs, sandboxOffMs, addedMs: sandboxOnMs - sandboxOffMs };
}
