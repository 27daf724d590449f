import { describe, expect, it } from "vitest";
import { keepsBasePath, parseOdooVersion } from "./odoo-version.ts";

describe("parseOdooVersion", () => {
  it.each([
    ["17.0", { major: 17, minor: 0, saas: false, enterprise: false }],
    ["saas~17.2", { major: 17, minor: 2, saas: true, enterprise: false }],
    ["18.0+e", { major: 18, minor: 0, saas: false, enterprise: true }],
    ["Odoo 19", { major: 19, minor: 0, saas: false, enterprise: false }],
    ["16.0-20240101", { major: 16, minor: 0, saas: false, enterprise: false }],
  ])("%s", (raw, expected) => {
    expect(parseOdooVersion(raw)).toEqual(expected);
  });
  it("rejects nonsense", () => {
    expect(parseOdooVersion("latest")).toBeUndefined();
    expect(parseOdooVersion("")).toBeUndefined();
    expect(parseOdooVersion("1.2")).toBeUndefined();
  });
  it("knows which versions keep a base path", () => {
    expect(keepsBasePath(parseOdooVersion("18.0"))).toBe(false);
    expect(keepsBasePath(parseOdooVersion("19.0"))).toBe(true);
    expect(keepsBasePath(undefined)).toBe(false);
  });
});
