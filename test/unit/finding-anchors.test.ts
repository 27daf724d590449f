/** Every finding links to a section of the guide that exists, in English and in Italian. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogEntry } from "../../src/core/findings/catalog.ts";
import { FINDING_IDS } from "../../src/core/findings/ids.ts";

const source = (path: string) => readFileSync(new URL(`../../src/content/docs/${path}.mdx`, import.meta.url), "utf8");

describe("finding guide links", () => {
  it.each(FINDING_IDS)("%s points to an existing anchor in both languages", (id) => {
    for (const lang of ["en", "it"] as const) {
      const docs = catalogEntry(id, lang).docs;
      const match = /^\/(?:it\/)?([a-z-]*)\/?#([a-z0-9-]+)$/.exec(docs);
      expect(match, docs).not.toBeNull();
      const page = `${lang === "it" ? "it/" : ""}${match?.[1] || "index"}`;
      expect(source(page), `${docs} in ${page}.mdx`).toContain(`{/* #${match?.[2]} */}`);
    }
  });
});
