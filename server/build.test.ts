import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isBuildStale } from "./build.ts";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "companion-build-"));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "src", "page.mdx"), "# page");
  writeFileSync(join(root, "astro.config.mjs"), "export default {}");
  return root;
}

function setTime(path: string, seconds: number): void {
  utimesSync(path, seconds, seconds);
}

describe("isBuildStale", () => {
  it("is stale without dist/", () => {
    expect(isBuildStale(project())).toBe(true);
  });

  it("is fresh when dist/ is newer than every source, stale once a source changes", () => {
    const root = project();
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist", "index.html"), "x");
    writeFileSync(join(root, "dist", "404.html"), "x");
    for (const p of ["src/page.mdx", "src", "astro.config.mjs"]) setTime(join(root, p), 1_000);
    setTime(join(root, "dist", "index.html"), 2_000);
    expect(isBuildStale(root)).toBe(false);
    setTime(join(root, "src", "page.mdx"), 3_000);
    expect(isBuildStale(root)).toBe(true);
  });
});
