/**
 * A throwaway copy of the project for tests that run `npm start` (server/start.ts) as a process:
 *
 *   const project = copyProject();   // in beforeAll; spawn(process.execPath, ["server/start.ts"], { cwd: project.root })
 *   project.remove();                // in afterAll
 *
 * server/start.ts rebuilds its own root's dist/ when a source is newer than it. Started from the
 * project itself, it would rebuild the dist/ every other browser test reads whenever someone edits a
 * source during the run. The copy has its own server/, src/, public/ and config files, node_modules
 * linked, and a copy of the built dist/ made last, so it is never older than the copied sources.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isBuildStale } from "../../server/build.ts";
import { DIST, ROOT } from "./site-pages.ts";

const COPIED = ["package.json", "astro.config.mjs", "tsconfig.json", "server", "src", "public"];

export interface ProjectCopy {
  root: string;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), "companion-start-"));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
  cpSync(DIST, join(root, "dist"), { recursive: true });
  if (isBuildStale(root)) throw new Error(`the copy of dist/ in ${root} is older than its sources`);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
