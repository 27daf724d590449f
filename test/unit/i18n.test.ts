/**
 * Every user-visible string exists in English and Italian. Every message table of the project is
 * found in the sources (a `defineMessages("name", …)` call in src/ or server/) and checked here:
 * same keys in both languages, nothing empty, the same `{placeholders}`, closed code spans.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type MessageTable, placeholdersOf } from "../../src/core/i18n.ts";
import { sidebar } from "../../src/sidebar.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const DEFINITION = /defineMessages\(\s*"([^"]+)"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(root, dir, file));
}

const declared = new Map<string, string>();
for (const file of [...sourceFiles("src"), ...sourceFiles("server")]) {
  if (file.endsWith(join("core", "i18n.ts"))) continue;
  for (const match of readFileSync(file, "utf8").matchAll(DEFINITION)) {
    const name = match[1] ?? "";
    if (declared.has(name)) throw new Error(`Two message tables are named "${name}".`);
    declared.set(name, file);
  }
}

function isTable(value: unknown): value is MessageTable<string> {
  return typeof value === "object" && value !== null && "name" in value && "en" in value && "it" in value;
}

const tables: MessageTable<string>[] = [];
for (const file of new Set(declared.values())) {
  const module = (await import(file)) as Record<string, unknown>;
  for (const value of Object.values(module)) if (isTable(value)) tables.push(value);
}

describe("message tables", () => {
  it("are all found and exported", () => {
    expect(declared.size).toBeGreaterThan(10);
    expect(tables.map((table) => table.name).sort()).toEqual([...declared.keys()].sort());
  });

  describe.each(tables.map((table) => [table.name, table] as const))("%s", (name, table) => {
    const keys = Object.keys(table.en).sort();

    it("has the same keys in English and Italian", () => {
      expect(Object.keys(table.it).sort(), relative(root, declared.get(name) ?? "")).toEqual(keys);
    });

    it("writes every key in both languages with the same placeholders and closed code spans", () => {
      const wrong: string[] = [];
      for (const key of keys) {
        const en = table.en[key] ?? "";
        const it_ = table.it[key] ?? "";
        if (!en.trim() || !it_.trim()) wrong.push(`${key}: empty`);
        if (placeholdersOf(en).join() !== placeholdersOf(it_).join()) wrong.push(`${key}: placeholders differ`);
        const ticks = (text: string) => (text.match(/`/g) ?? []).length % 2;
        if (ticks(en) || ticks(it_)) wrong.push(`${key}: unclosed code span`);
      }
      expect(wrong).toEqual([]);
    });
  });
});

describe("sidebar", () => {
  it("translates every group label into Italian", () => {
    const groups = sidebar.filter((entry) => "items" in entry);
    expect(groups.length).toBeGreaterThan(0);
    const missing = groups.filter((group) => !group.translations?.it?.trim()).map((g) => g.label);
    expect(missing).toEqual([]);
  });
});
