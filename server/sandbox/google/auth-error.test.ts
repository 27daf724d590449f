/** The authError protobuf of Google's error page URL. */
import { describe, expect, it } from "vitest";
import { decodeAuthError, encodeAuthError } from "./auth-error.ts";

describe("authError (base64 protobuf)", () => {
  it("encodes field 1 (code) and field 2 (description) like Google's", () => {
    const encoded = encodeAuthError({
      error: "invalid_client",
      description: "The OAuth client was not found.",
      details: [],
      params: {},
    });
    expect(encoded).toBe("Cg5pbnZhbGlkX2NsaWVudBIfVGhlIE9BdXRoIGNsaWVudCB3YXMgbm90IGZvdW5kLg==");
  });

  it("round-trips details, params, long (multi-byte length) and non-ASCII values", () => {
    const payload = {
      error: "redirect_uri_mismatch",
      description: `The redirect URI in the request, https://x.example/${"p".repeat(300)}, does not match…`,
      details: ["redirect_uri=https://x.example/è", "flowName=GeneralOAuthFlow"],
      params: { domain: "othercorp.example", app: "Odoo = Mail" },
    };
    expect(decodeAuthError(encodeAuthError(payload))).toEqual(payload);
  });

  it("rejects what is not such a message", () => {
    expect(decodeAuthError("")).toBeUndefined();
    expect(decodeAuthError("%%%")).toBeUndefined();
    expect(decodeAuthError(Buffer.from([0x08, 0x01]).toString("base64"))).toBeUndefined();
    expect(decodeAuthError(Buffer.from([0x0a, 0x10, 0x41]).toString("base64"))).toBeUndefined();
    expect(decodeAuthError(Buffer.from([0x0a, 0x02, 0xff, 0xfe]).toString("base64"))).toBeUndefined();
    expect(decodeAuthError("A".repeat(9000))).toBeUndefined();
  });
});
