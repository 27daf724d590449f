/** Identifiers in Google's formats and within Google's size limits. */
import { describe, expect, it } from "vitest";
import {
  FORMATS,
  newAccessToken,
  newAuthorizationCode,
  newClientId,
  newClientSecret,
  newLegacyClientSecret,
  newRefreshToken,
  subjectOf,
} from "./formats.ts";

describe("identifiers in Google's formats", () => {
  it("match the formats and stay within Google's size limits", () => {
    for (let i = 0; i < 20; i++) {
      expect(newClientId()).toMatch(FORMATS.clientId);
      expect(newClientSecret()).toMatch(FORMATS.clientSecret);
      expect(newLegacyClientSecret()).toMatch(FORMATS.legacyClientSecret);
      const code = newAuthorizationCode();
      expect(code).toMatch(FORMATS.code);
      expect(code).toContain("/");
      expect(Buffer.byteLength(code)).toBeLessThanOrEqual(256);
      const access = newAccessToken();
      expect(access).toMatch(FORMATS.accessToken);
      expect(Buffer.byteLength(access)).toBeLessThanOrEqual(2048);
      const refresh = newRefreshToken();
      expect(refresh).toMatch(FORMATS.refreshToken);
      expect(Buffer.byteLength(refresh)).toBeLessThanOrEqual(512);
    }
  });

  it("are random", () => {
    expect(new Set(Array.from({ length: 50 }, newAccessToken)).size).toBe(50);
    expect(newClientId()).not.toBe(newClientId());
  });

  it("make stable 21-digit subjects", () => {
    expect(subjectOf("a@gmail.com")).toBe(subjectOf("A@gmail.com"));
    expect(subjectOf("a@gmail.com")).not.toBe(subjectOf("b@gmail.com"));
    expect(subjectOf("a@gmail.com")).toMatch(/^1\d{20}$/);
  });
});
