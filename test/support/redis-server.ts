/**
 * A real redis-server for the tests, on 127.0.0.1 and a free port, without persistence. Found on
 * PATH (or REDIS_SERVER_PATH), else installed from Debian's `redis-server` package where the
 * machine can. `kill()` stops it like a crash; `start()` brings it back on the same port.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { installDebianPackage, which } from "./debian-package.ts";

export interface TestRedis {
  url: string;
  port: number;
  start(): Promise<void>;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export function findOrInstallRedis(): string {
  const configured = process.env.REDIS_SERVER_PATH;
  if (configured) return configured;
  const found = which("redis-server");
  if (found) return found;
  if (installDebianPackage("redis-server")) {
    const installed = which("redis-server");
    if (installed) return installed;
  }
  throw new Error(
    [
      "The scale-out tests need redis-server, and none was found.",
      "  Debian/Ubuntu:  sudo apt-get install redis-server",
      "  macOS:          brew install redis",
      "or point REDIS_SERVER_PATH at a redis-server executable.",
    ].join("\n"),
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startTestRedis(): Promise<TestRedis> {
  const binary = findOrInstallRedis();
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
      const proc = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
      child = proc;
      let output = "";
      const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${output.slice(-500)}`)), 10_000);
      proc.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}: ${output.slice(-500)}`));
      });
    });

  const stopWith = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      const proc = child;
      if (!proc || proc.exitCode !== null) return resolve();
      proc.removeAllListeners("exit");
      proc.once("exit", () => resolve());
      proc.kill(signal);
    });

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    kill: () => stopWith("SIGKILL"),
    stop: () => stopWith("SIGTERM"),
  };
}
