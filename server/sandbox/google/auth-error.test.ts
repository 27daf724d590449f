/** The authError protobuf of Google's error page URL. */
import { describe, expect, it } from "vitest";
import { decodeAuthError, encodeAuthError } from "./auth-error.ts";

/** authError values from public reports (docs/sandbox.md): onyx-dot-app/onyx#7854, AlistGo/alist#3259. */
const PRIVATE_IP =
  "Cg9pbnZhbGlkX3JlcXVlc3QSXmRldmljZV9pZCBhbmQgZGV2aWNlX25hbWUgYXJlIHJlcXVpcmVkIGZvciBwcml2YXRlIElQOiBodHRwOi8vMTkyLjE2OC4xLjEyNDo4MDQ1L2F1dGgvY2FsbGJhY2saN2h0dHBzOi8vZGV2ZWxvcGVycy5nb29nbGUuY29tL2lkZW50aXR5L3Byb3RvY29scy9vYXV0aDIgkAM=";
const OOB =
  "Cg9pbnZhbGlkX3JlcXVlc3QS3gEK5oKo5peg5rOV55m75b2V5q2k5bqU55So77yM5Zug5Li65a6D5LiN56ym5ZCIIEdvb2dsZSDkuLrkv53pmpzlupTnlKjlronlhajogIzliLblrprnmoQgT0F1dGggMi4wIOaUv-etlueahOinhOWumuOAggoK5oKo5Y-v5Lul6YCa55-l5bqU55So5byA5Y-R6ICF77yM6K6p5YW25LqG6Kej6K-l5bqU55So5LiN56ym5ZCI5LiA6aG55oiW5aSa6aG5IEdvb2dsZSDpqozor4Hop4TliJnjgIIKICAaM2h0dHBzOi8vc3VwcG9ydC5nb29nbGUuY29tL2FjY291bnRzL2Fuc3dlci8xMjM3OTM4NCCQAyopCgxyZWRpcmVjdF91cmkSGXVybjppZXRmOndnOm9hdXRoOjIuMDpvb2IyowIIARLNAVRoZSBvdXQtb2YtYmFuZCAoT09CKSBmbG93IGhhcyBiZWVuIGJsb2NrZWQgaW4gb3JkZXIgdG8ga2VlcCB1c2VycyBzZWN1cmUuIEZvbGxvdyB0aGUgT3V0LW9mLUJhbmQgKE9PQikgZmxvdyBtaWdyYXRpb24gZ3VpZGUgbGlua2VkIGluIHRoZSBkZXZlbG9wZXIgZG9jcyBiZWxvdyB0byBtaWdyYXRlIHlvdXIgYXBwIHRvIGFuIGFsdGVybmF0aXZlIG1ldGhvZC4aT2h0dHBzOi8vZGV2ZWxvcGVycy5nb29nbGUuY29tL2lkZW50aXR5L3Byb3RvY29scy9vYXV0aDIvcmVzb3VyY2VzL29vYi1taWdyYXRpb24";

describe("authError (base64 protobuf)", () => {
  it("reads Google's own values: code, description, help URL, numeric status, request details", () => {
    expect(decodeAuthError(PRIVATE_IP)).toEqual({
      error: "invalid_request",
      description: "device_id and device_name are required for private IP: http://192.168.1.124:8045/auth/callback",
      docUrl: "https://developers.google.com/identity/protocols/oauth2",
      status: 400,
      details: [],
      params: {},
    });
    expect(decodeAuthError(OOB)).toMatchObject({
      error: "invalid_request",
      status: 400,
      docUrl: "https://support.google.com/accounts/answer/12379384",
      details: [["redirect_uri", "urn:ietf:wg:oauth:2.0:oob"]],
    });
  });

  it("round-trips details, params, long (multi-byte length) and non-ASCII values, base64url and base64", () => {
    const payload = {
      error: "redirect_uri_mismatch",
      description: `The redirect URI in the request, https://x.example/${"p".repeat(300)}, does not match…`,
      docUrl: "https://developers.google.com/identity/protocols/oauth2",
      status: 400,
      details: [["redirect_uri", "https://x.example/è"]] as [string, string][],
      params: { domain: "othercorp.example", app: "Odoo = Mail" },
    };
    const encoded = encodeAuthError(payload);
    expect(encoded).not.toMatch(/[+/=]/);
    expect(decodeAuthError(encoded)).toEqual(payload);
    expect(decodeAuthError(Buffer.from(encoded, "base64url").toString("base64"))).toEqual(payload);
  });

  it("rejects what is not such a message", () => {
    expect(decodeAuthError("")).toBeUndefined();
    expect(decodeAuthError("%%%")).toBeUndefined();
    expect(decodeAuthError(Buffer.from([0x08, 0x01]).toString("base64"))).toBeUndefined();
    expect(decodeAuthError(Buffer.from([0x0a, 0x10, 0x41]).toString("base64"))).toBeUndefined();
    expect(decodeAuthError(Buffer.from([0x0a, 0x02, 0xff, 0xfe]).toString("base64"))).toBeUndefined();
    expect(decodeAuthError(Buffer.from([0x0b, 0x01]).toString("base64"))).toBeUndefined();
    expect(decodeAuthError("A".repeat(9000))).toBeUndefined();
  });
});
