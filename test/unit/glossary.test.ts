/**
 * docs/glossary.md chooses one Italian term per concept; an Italian page that uses, in its own prose, a
 * form the glossary lists under "Not on Italian pages" fails here. Product labels and messages quoted
 * as shown (in «…», in bold, in code) are exempt.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { glossaryRules, glossaryViolations } from "../support/glossary.ts";
import { DOCS, ROOT } from "../support/site-pages.ts";

const rules = glossaryRules(readFileSync(join(ROOT, "docs", "glossary.md"), "utf8"));
const italianPages = readdirSync(join(DOCS, "it"), { recursive: true })
  .map(String)
  .filter((file) => /\.mdx?$/.test(file))
  .sort();

describe("glossary", () => {
  it("lists forms to avoid for the terms that vary", () => {
    expect(rules.length).toBeGreaterThan(20);
    const avoided = rules.flatMap((rule) => rule.avoid);
    expect(avoided).toEqual(expect.arrayContaining(["refresh token", "email", "Testing", "Audience"]));
  });

  it.each(italianPages)("it/%s follows it", (file) => {
    const source = readFileSync(join(DOCS, "it", file), "utf8");
    expect(glossaryViolations(source, rules), relative(ROOT, join(DOCS, "it", file))).toEqual([]);
  });
});

describe("glossaryViolations", () => {
  const sample = [
    "---",
    "title: Il refresh token",
    "---",
    "Salva il refresh token; la pagina Audience.",
    "Quotato: «Token has been expired», **Audience**, `refresh token`, [testo](/it/x/#audience).",
    "```text",
    "refresh token",
    "```",
    "Un token di aggiornamento: l'indirizzo e-mail, userinfo.email.",
  ].join("\n");

  it("flags avoided forms in the page's own prose, with their line", () => {
    expect(glossaryViolations(sample, rules)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2: "refresh token"/),
        expect.stringMatching(/^4: "refresh token"/),
        expect.stringMatching(/^4: "Audience"/),
      ]),
    );
  });

  it("leaves quoted product text, code, links and chosen forms alone", () => {
    const flagged = glossaryViolations(sample, rules).map((line) => Number.parseInt(line, 10));
    expect(flagged.filter((line) => line >= 5)).toEqual([]);
  });
});
