/**
 * Finds a Chromium for the browser tests: CHROME_PATH, then the system's chromium / google-chrome,
 * then Playwright's cache. On Debian or Ubuntu, run as root, it installs Debian's `chromium` package
 * (and says so); anywhere else it fails with a message that says exactly what to install.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { installDebianPackage, which } from "./debian-package.ts";

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

function fromPlaywrightCache(): string | undefined {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), ".cache", "ms-playwright");
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith("chromium"))
    .sort()
    .reverse()) {
    for (const rel of [
      "chrome-linux/chrome",
      "chrome-linux64/chrome",
      "chrome-headless-shell-linux64/chrome-headless-shell",
    ]) {
      const candidate = join(cache, dir, rel);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

export function locateChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file exists there.`);
    return fromEnv;
  }
  for (const name of SYSTEM_NAMES) {
    const found = which(name);
    if (found) return found;
  }
  return fromPlaywrightCache();
}

export function findOrInstallChromium(log: (line: string) => void = console.log): string {
  const found = locateChromium();
  if (found) return found;
  if (installDebianPackage("chromium", log)) {
    const installed = locateChromium();
    if (installed) return installed;
  }
  throw new Error(
    [
      "The browser tests need Chromium or Google Chrome, and none was found.",
      "Install one of them, for example:",
      "  Debian/Ubuntu:  sudo apt-get install chromium",
      "  Fedora:         sudo dnf install chromium",
      "  macOS:          brew install --cask chromium",
      "or point CHROME_PATH at an existing Chrome/Chromium executable.",
    ].join("\n"),
  );
}

/** Flags for headless runs on machines without a network beyond loopback. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown version";
  }
}
