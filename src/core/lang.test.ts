import { describe, expect, it } from "vitest";
import { langOfPath, pickLang } from "./lang.ts";

describe("pickLang", () => {
  it("prefers an explicit language", () => {
    expect(pickLang("en-US", "it")).toBe("it");
    expect(pickLang("it-IT", "EN")).toBe("en");
  });
  it("ignores an unsupported explicit language and falls back to the header", () => {
    expect(pickLang("it-IT,it;q=0.9", "fr")).toBe("it");
  });
  it("honours quality values and region subtags", () => {
    expect(pickLang("fr-FR,fr;q=0.9,it;q=0.8,en;q=0.5")).toBe("it");
    expect(pickLang("en;q=0.2, it-CH;q=0.7")).toBe("it");
    expect(pickLang("it;q=0, en")).toBe("en");
  });
  it("falls back to English", () => {
    expect(pickLang(undefined)).toBe("en");
    expect(pickLang("de-DE, fr")).toBe("en");
    expect(pickLang(";;;,,q=abc")).toBe("en");
  });
});

describe("langOfPath", () => {
  it("recognises the Italian prefix only as a whole segment", () => {
    expect(langOfPath("/it/")).toBe("it");
    expect(langOfPath("/it")).toBe("it");
    expect(langOfPath("/it/troubleshooting/")).toBe("it");
    expect(langOfPath("/items/")).toBe("en");
    expect(langOfPath("/")).toBe("en");
  });
});
