import { describe, expect, it } from "vitest";
import { DiagnosisCache } from "./diagnosis-cache.ts";

describe("DiagnosisCache", () => {
  it("keeps the most recently used entries up to its size", () => {
    const cache = new DiagnosisCache(2);
    cache.set("a", "1");
    cache.set("b", "2");
    expect(cache.get("a")).toBe("1");
    cache.set("c", "3");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("1");
    expect(cache.get("c")).toBe("3");
    expect(cache.size).toBe(2);
  });

  it("keys by digest, never by the evidence itself", () => {
    const secret = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";
    const body = JSON.stringify({ errorText: secret });
    const key = DiagnosisCache.key(body, "en");
    expect(key).not.toContain("abcdefgh");
    expect(key).toHaveLength(44);
    expect(DiagnosisCache.key(body, "it")).not.toBe(key);
    expect(DiagnosisCache.key(body, "en")).toBe(key);
  });
});
