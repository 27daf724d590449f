import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCookieSeal, MAX_COOKIE_RUNS } from "./cookie-seal.ts";
import { createKeyRing } from "./key-ring.ts";

const ID = "kP3w0J9c2qXbq1tZ5uYvVw";

describe("cookie seal", () => {
  it("opens what it sealed, and nothing else", () => {
    const seal = createCookieSeal();
    const value = seal.seal([ID]);
    expect(value).not.toContain(ID);
    expect(seal.open(value)).toEqual([ID]);
    expect(seal.seal([ID])).not.toBe(value);
    const tampered = `${value.slice(0, 20)}${value[20] === "A" ? "B" : "A"}${value.slice(21)}`;
    expect(seal.open(tampered)).toEqual([]);
    expect(createCookieSeal().open(value)).toEqual([]);
    expect(seal.open(undefined)).toEqual([]);
    expect(seal.open("not base64!")).toEqual([]);
  });

  it("keeps the newest ten ids", () => {
    const seal = createCookieSeal(createKeyRing({ key: randomBytes(32) }));
    const ids = Array.from({ length: 12 }, (_, i) => `${ID.slice(0, 20)}${String(i).padStart(2, "0")}`);
    expect(seal.open(seal.seal(ids))).toEqual(ids.slice(-MAX_COOKIE_RUNS));
  });

  it("needs a 256-bit key", () => {
    expect(() => createKeyRing({ key: randomBytes(16) })).toThrow(RangeError);
  });

  it("opens another instance's cookie when they share the key, and the previous key's for one run lifetime", () => {
    const key = randomBytes(32);
    const a = createCookieSeal(createKeyRing({ key }));
    const b = createCookieSeal(createKeyRing({ key }));
    expect(b.open(a.seal([ID]))).toEqual([ID]);
    let now = 0;
    const rotated = createCookieSeal(
      createKeyRing({ key: randomBytes(32), previous: key, previousUntilMs: 900_000, now: () => now }),
    );
    const old = a.seal([ID]);
    expect(rotated.open(old)).toEqual([ID]);
    now = 900_001;
    expect(rotated.open(old)).toEqual([]);
  });
});
