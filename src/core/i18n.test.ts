import { describe, expect, it } from "vitest";
import { defineMessages, fill, placeholdersOf } from "./i18n.ts";

describe("fill", () => {
  it("fills known placeholders and leaves unknown ones visible", () => {
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(fill("no placeholders")).toBe("no placeholders");
    expect(fill("{n}{n}", { n: "x" })).toBe("xx");
  });

  it("does not treat a filled value as a template", () => {
    expect(fill("{a}", { a: "{b}", b: "no" })).toBe("{b}");
  });
});

describe("placeholdersOf", () => {
  it("lists placeholders sorted", () => {
    expect(placeholdersOf("{b} {a} {b}")).toEqual(["{a}", "{b}", "{b}"]);
    expect(placeholdersOf("none")).toEqual([]);
  });
});

describe("defineMessages", () => {
  const table = defineMessages("example", { hello: "Hello {name}" }, { hello: "Ciao {name}" });

  it("looks a key up in the chosen language and fills it", () => {
    expect(table.text("it", "hello", { name: "Ada" })).toBe("Ciao Ada");
    expect(table.text("en", "hello", { name: "Ada" })).toBe("Hello Ada");
  });

  it("exposes each language's table for islands that read many keys", () => {
    expect(table.en.hello).toBe("Hello {name}");
    expect(table.it.hello).toBe("Ciao {name}");
    expect(table.name).toBe("example");
  });
});
