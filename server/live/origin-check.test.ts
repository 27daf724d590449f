import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "./origin-check.ts";

describe("Origin check", () => {
  const url = "http://127.0.0.1:4321/api/live/start";
  it("accepts the request's own origin and the public origin", () => {
    expect(isAllowedOrigin("http://127.0.0.1:4321", url, undefined)).toBe(true);
    expect(isAllowedOrigin("https://companion.example.com", url, "https://companion.example.com/")).toBe(true);
    expect(isAllowedOrigin("HTTPS://Companion.example.com", url, "https://companion.example.com")).toBe(true);
  });
  it("refuses other, missing and opaque origins", () => {
    expect(isAllowedOrigin("https://evil.example", url, "https://companion.example.com")).toBe(false);
    expect(isAllowedOrigin("http://127.0.0.1:4322", url, undefined)).toBe(false);
    expect(isAllowedOrigin(undefined, url, undefined)).toBe(false);
    expect(isAllowedOrigin("null", url, undefined)).toBe(false);
  });
});
