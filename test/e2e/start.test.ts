/**
 * `npm start`'s process: one Node process serving site and API, clean exit on SIGINT and SIGTERM. It
 * runs in a copy of the project (test/support/project-copy.ts), so it never rebuilds the shared dist/.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, type ProjectCopy } from "../support/project-copy.ts";

let project: ProjectCopy;
beforeAll(() => {
  project = copyProject();
});
afterAll(() => {
  project?.remove();
});

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; url: Promise<string> } {
  const child = spawn(process.execPath, ["server/start.ts"], {
    cwd: project.root,
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", SANDBOX_SMTP_PORT: "0", LANG: "en_US.UTF-8", ...env },
  });
  let output = "";
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, output: () => output, url };
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on("exit", (code) => resolve(code)));
}

describe("npm start (server/start.ts)", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("serves the guide and the API, then exits 0 on %s", async (signal) => {
    const { child, url, output } = await Promise.resolve(start({}));
    const base = await url;
    expect(output()).toContain(`running at ${base}`);
    const health = await fetch(`${base}/api/health`);
    expect(await health.json()).toMatchObject({ status: "ok" });
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("<html");
    const exited = exitCode(child);
    child.kill(signal);
    expect(await exited).toBe(0);
  });

  it("runs the sandbox emulators by default, on their own SMTP port", async () => {
    const { child, url, output } = start({});
    const base = await url;
    const world = (await (await fetch(`${base}/sandbox/google/world`)).json()) as {
      clients: { name: string; redirect_uris: string[] }[];
    };
    expect(world.clients.find((c) => c.name === "healthy")?.redirect_uris).toContain(`${base}/api/live/callback`);
    const gmail = (await (await fetch(`${base}/sandbox/gmail/config`)).json()) as { port: number; ca: string };
    expect(gmail.port).toBeGreaterThan(0);
    expect(gmail.ca).toContain("BEGIN CERTIFICATE");
    expect(output()).toContain("Sandbox: Google OAuth emulator");
    const exited = exitCode(child);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("removes every sandbox route with SANDBOX=off", async () => {
    const { child, url, output } = start({ SANDBOX: "off" });
    const base = await url;
    expect((await fetch(`${base}/sandbox/google/world`)).status).toBe(404);
    expect((await fetch(`${base}/sandbox/gmail/config`)).status).toBe(404);
    expect(output()).not.toContain("Sandbox:");
    const exited = exitCode(child);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("prints its messages in Italian for an Italian locale", async () => {
    const { child, url, output } = start({ LANG: "it_IT.UTF-8" });
    await url;
    expect(output()).toContain("è in esecuzione su");
    const exited = exitCode(child);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("refuses a bad PORT with a clear message and exit code 1", async () => {
    const child = spawn(process.execPath, ["server/start.ts"], {
      cwd: project.root,
      env: { ...process.env, PORT: "http" },
    });
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    expect(await exitCode(child)).toBe(1);
    expect(output).toContain("PORT must be a whole number");
  });
});
