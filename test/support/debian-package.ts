/**
 * What the tests need from the machine (Chromium, redis-server): found on PATH, or on Debian or
 * Ubuntu run as root installed from Debian's packages (saying so); anywhere else the caller fails
 * with a message that says exactly what to install.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync("/etc/os-release", "utf8"));
  } catch {
    return false;
  }
}

/** Installs a Debian package when this machine can (Debian-like, root); false when it cannot. */
export function installDebianPackage(name: string, log: (line: string) => void = console.log): boolean {
  if (!isDebianLike() || process.getuid?.() !== 0) return false;
  log(`Not found: installing Debian's \`${name}\` package with apt-get (one time)…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", name], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return true;
}
