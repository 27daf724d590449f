import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeAuthError } from "./auth-error.ts";

describe("decodeAuthError", () => {
  it("decodes Google's invalid_client value", () => {
    expect(decodeAuthError("Cg5pbnZhbGlkX2NsaWVudBIfVGhlIE9BdXRoIGNsaWVudCB3YXMgbm90IGZvdW5kLiCRAw==")).toEqual({
      code: "invalid_client",
      description: "The OAuth client was not found.",
    });
  });
  it("decodes URL-safe base64 without padding", () => {
    expect(decodeAuthError("Cg5pbnZhbGlkX2NsaWVudBIfVGhlIE9BdXRoIGNsaWVudCB3YXMgbm90IGZvdW5kLiCRAw")?.code).toBe(
      "invalid_client",
    );
  });
  it("rejects other values without throwing", () => {
    expect(decodeAuthError("hello")).toBeUndefined();
    expect(decodeAuthError("%%%")).toBeUndefined();
    fc.assert(fc.property(fc.string(), (s) => void decodeAuthError(s)));
    fc.assert(fc.property(fc.base64String(), (s) => void decodeAuthError(s)));
  });
});
