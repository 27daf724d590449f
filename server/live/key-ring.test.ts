import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createKeyRing, parseKey } from "./key-ring.ts";

describe("key ring", () => {
  it("keeps purposes apart: a cookie never opens as a record", () => {
    const ring = createKeyRing();
    const sealed = ring.seal("cookie", Buffer.from("x"));
    expect(ring.open("cookie", sealed)?.toString()).toBe("x");
    expect(ring.open("store", sealed)).toBeUndefined();
    expect(ring.open("cookie", Buffer.alloc(10))).toBeUndefined();
  });
});

describe("parseKey", () => {
  it("reads 32 bytes in base64 or base64url, nothing else", () => {
    const key = randomBytes(32);
    expect(parseKey(key.toString("base64"))?.equals(key)).toBe(true);
    expect(parseKey(` ${key.toString("base64url")} `)?.equals(key)).toBe(true);
    expect(parseKey(randomBytes(16).toString("base64"))).toBeUndefined();
    expect(parseKey("not a key")).toBeUndefined();
    expect(parseKey(undefined)).toBeUndefined();
  });
});
