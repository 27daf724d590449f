/**
 * Builds the guide when dist/ is missing or older than what it is built from.
 * Used by `npm start` and by the end-to-end test setup.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What the site is built from, relative to the project root. */
const SOURCES = ["src", "public", "astro.config.mjs", "package.json", "server/dev-integration.ts"];
const STAMP = "index.html";

export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isBuildStale(root: string, distDir = join(root, "dist")): boolean {
  const stamp = join(distDir, STAMP);
  if (!existsSync(stamp) || !existsSync(join(distDir, "404.html"))) return true;
  const built = statSync(stamp).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

/**
 * The environment for an Astro child process: without the test runner's variables (Astro behaves
 * differently under VITEST=true: pages 404 in dev) and with the given NODE_ENV.
 */
export function astroEnv(nodeEnv: "production" | "development"): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NODE_ENV: nodeEnv, ASTRO_TELEMETRY_DISABLED: "1" };
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith("VITEST") && key !== "NODE_ENV" && key !== "TEST") env[key] = value;
  }
  return env;
}

/** Runs `astro build` with the same Node binary; resolves when it succeeded. */
export function buildSite(root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const astro = join(root, "node_modules", "astro", "bin", "astro.mjs");
    const child = spawn(process.execPath, [astro, "build"], {
      cwd: root,
      stdio: "inherit",
      // A build started from the test runner (NODE_ENV=test) must still be a production build.
      env: astroEnv("production"),
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}`))));
  });
}

export async function ensureBuilt(root: string, onBuild?: () => void): Promise<boolean> {
  if (!isBuildStale(root)) return false;
  onBuild?.();
  await buildSite(root);
  return true;
}
