/** Every user-visible string exists in English and Italian. */
import { describe, expect, it } from "vitest";
import { messages, t } from "../../server/messages.ts";
import { sidebar } from "../../src/sidebar.ts";

describe("server messages", () => {
  const en = Object.keys(messages.en).sort();
  const it_ = Object.keys(messages.it).sort();

  it("have the same keys in English and Italian", () => {
    expect(it_).toEqual(en);
  });

  it.each(en)("%s is translated and keeps its placeholders", (key) => {
    const english = messages.en[key as keyof typeof messages.en];
    const italian = messages.it[key as keyof typeof messages.it];
    expect(italian.trim()).not.toBe("");
    expect(english.trim()).not.toBe("");
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect(placeholders(italian)).toEqual(placeholders(english));
  });

  it("fills placeholders", () => {
    expect(t("it", "server.listening", { url: "http://x" })).toContain("http://x");
  });
});

describe("sidebar", () => {
  it("translates every group label into Italian", () => {
    const missing = sidebar.filter((group) => !group.translations?.it?.trim()).map((g) => g.label);
    expect(missing).toEqual([]);
  });
});
