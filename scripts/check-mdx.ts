/**
 * Compiles MDX pages without a full site build and lists their heading anchors.
 * Usage: node scripts/check-mdx.ts src/content/docs/troubleshooting.mdx [...]
 * Exits 1 when a page does not compile or has an h2/h3 without an explicit `{/* #id *\/}`.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { mdxToJs } from "satteri";

const files = process.argv.slice(2);
let failed = false;
for (const file of files) {
  const source = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  try {
    await mdxToJs(source, { fileURL: pathToFileURL(file), jsxImportSource: "astro" });
  } catch (error) {
    failed = true;
    console.error(`${file}: does not compile: ${(error as Error).message}`);
    continue;
  }
  const anchors: string[] = [];
  let inFence = false;
  for (const [index, line] of source.split("\n").entries()) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !/^#{2,4}\s/.test(line)) continue;
    const match = /\{\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/\}\s*$/.exec(line);
    if (match?.[1]) anchors.push(match[1]);
    else {
      failed = true;
      console.error(`${file}:${index + 1}: heading without an explicit {/* #id */}: ${line}`);
    }
  }
  console.log(`${file}: ok, anchors: ${anchors.join(", ")}`);
}
process.exit(failed ? 1 : 0);
