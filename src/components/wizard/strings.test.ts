import { describe, expect, it } from "vitest";
import { fill } from "../../core/i18n.ts";
import { clientJsonWords } from "../shared/client-json-words.ts";
import { strings } from "./strings.ts";
import { builderStrings } from "./strings-builder.ts";
import { clientStrings } from "./strings-client.ts";
import { consentStrings } from "./strings-consent.ts";
import { progressStrings } from "./strings-progress.ts";

type Table = Record<"en" | "it", Record<string, string>>;
const TABLES: [string, Table][] = [
  ["shared", strings],
  ["builder", builderStrings],
  ["client", clientStrings],
  ["consent", consentStrings],
  ["progress", progressStrings],
];

describe("setup-check strings", () => {
  it("are translated, not copied, wherever the words differ", () => {
    const same = TABLES.flatMap(([, table]) => Object.keys(table.en).filter((k) => table.en[k] === table.it[k]));
    expect(same).toEqual([]);
  });

  it("never use one key in two tables", () => {
    const all = TABLES.flatMap(([, table]) => Object.keys(table.en));
    expect(new Set(all).size).toBe(all.length);
  });

  it("use the labels the issue names", () => {
    expect([builderStrings.en["b.url.label"], builderStrings.it["b.url.label"]]).toEqual(["Odoo URL", "URL di Odoo"]);
    expect([clientJsonWords.en["j.legend"], clientJsonWords.it["j.legend"]]).toEqual([
      "Client JSON",
      "JSON del client",
    ]);
  });

  it("fill placeholders and leave unknown ones visible", () => {
    expect(fill(clientStrings.it["c.summary.fail"], { count: 2, total: 5 })).toBe("Controlli non superati: 2 su 5.");
    expect(fill("{a} {b}", { a: 1 })).toBe("1 {b}");
  });
});
