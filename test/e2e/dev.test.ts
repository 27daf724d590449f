/** `npm run dev`: Astro's dev server with the same API mounted under /api. */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { astroEnv } from "../../server/build.ts";
import { ROOT } from "../support/site-pages.ts";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Resolves once the dev server prints its address (it listens from then on). */
function listening(child: ChildProcess, base: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`no "${base}" within ${timeoutMs} ms: ${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString());
      if (output.includes(base)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`astro dev exited with ${code}: ${output}`)));
  });
}

describe("npm run dev", async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [join(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--host", "127.0.0.1", "--port", String(port)],
    { cwd: ROOT, env: astroEnv("development"), stdio: ["ignore", "pipe", "pipe"] },
  );
  const ready = listening(child, base, 45_000);
  ready.catch(() => undefined); // reported by the first test, which awaits it
  afterAll(() => {
    child.kill("SIGTERM");
  });

  it("serves the API under /api", async () => {
    await ready;
    expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ status: "ok" });
    const missing = await fetch(`${base}/api/nope?lang=it`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/problem\+json/);
    expect(await missing.json()).toMatchObject({ title: "Non trovato" });
  });

  it("renders guide pages in both languages", async () => {
    for (const path of ["/troubleshooting/", "/it/troubleshooting/"]) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
    }
  });
});
