/**
 * The sandbox-only process (`npm run sandbox`, server/sandbox/start.ts) as a child process for the
 * tests: on 127.0.0.1 and free ports (HTTP and Gmail SMTP), for the companion origin given, with a
 * control key. Resolves once it prints where it listens; `stop()` ends it with SIGTERM (and SIGKILL
 * if it lingers).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface SandboxProcess {
  /** http://127.0.0.1:<port>, its origin (SANDBOX_URL of the instances). */
  url: string;
  /** Everything it printed so far (tests check that it never prints the key). */
  output(): string;
  stop(): Promise<void>;
}

const START = fileURLToPath(new URL("../../server/sandbox/start.ts", import.meta.url));

export function startSandboxProcess(options: { companionUrl: string; controlKey: string }): Promise<SandboxProcess> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    LANG: "C",
    HOST: "127.0.0.1",
    PORT: "0",
    SANDBOX_SMTP_PORT: "0",
    COMPANION_URL: options.companionUrl,
    SANDBOX_CONTROL_KEY: options.controlKey,
  };
  // The test runner's own Node (24, from node_modules), which runs TypeScript directly like npm scripts.
  const child: ChildProcess = spawn(process.execPath, [START], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.once("exit", () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill("SIGTERM");
    });
  return new Promise<SandboxProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The sandbox process did not start in time:\n${output.slice(-1000)}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, output: () => output, stop });
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox process exited with ${code}:\n${output.slice(-1000)}`));
    });
  });
}
