/** `npm run dev`: Astro's dev server with the same API mounted under /api. */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
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

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

describe("npm run dev", async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [join(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--host", "127.0.0.1", "--port", String(port)],
    { cwd: ROOT, env: astroEnv("development"), stdio: "ignore" },
  );
  afterAll(() => {
    child.kill("SIGTERM");
  });

  it("serves the API under /api", async () => {
    await waitFor(`${base}/api/health`, 45_000);
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
