import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCookieSeal, MAX_COOKIE_RUNS } from "./cookie-seal.ts";

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
    const seal = createCookieSeal(randomBytes(32));
    const ids = Array.from({ length: 12 }, (_, i) => `${ID.slice(0, 20)}${String(i).padStart(2, "0")}`);
    expect(seal.open(seal.seal(ids))).toEqual(ids.slice(-MAX_COOKIE_RUNS));
  });

  it("needs a 256-bit key", () => {
    expect(() => createCookieSeal(randomBytes(16))).toThrow(RangeError);
  });
});
