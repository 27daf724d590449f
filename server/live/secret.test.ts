import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { REDACTED, Secret, secretOf } from "./secret.ts";

const VALUE = "GOCSPX-abcdefghijklmnopqrstuvwx12";

describe("Secret", () => {
  const secret = new Secret(VALUE);
  const holder = { secrets: { clientSecret: secret }, nested: [secret] };

  it("gives its value only to reveal()", () => {
    expect(secret.reveal()).toBe(VALUE);
  });

  it.each([
    ["JSON", () => JSON.stringify(holder)],
    ["String()", () => String(secret)],
    ["template literal", () => `${secret}`],
    ["concatenation", () => `x${secret}`],
    ["util.inspect", () => inspect(holder, { depth: 10, showHidden: true })],
    ["Object.entries", () => JSON.stringify(Object.entries(secret))],
    ["structuredClone", () => inspect(structuredClone({ ...holder.secrets }), { showHidden: true })],
  ])("never shows the value through %s", (_how, render) => {
    const text = render();
    expect(text).not.toContain(VALUE);
  });

  it("shows [redacted] where it is printed", () => {
    expect(JSON.stringify({ s: secret })).toBe(`{"s":"${REDACTED}"}`);
    expect(inspect(secret)).toBe(REDACTED);
  });

  it("is made only for a non-empty value", () => {
    expect(secretOf("")).toBeUndefined();
    expect(secretOf(undefined)).toBeUndefined();
    expect(secretOf(null)).toBeUndefined();
    expect(secretOf("x")?.reveal()).toBe("x");
  });
});
