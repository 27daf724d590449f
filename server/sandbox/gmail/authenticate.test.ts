import { describe, expect, it } from "vitest";
import { passwordRefusal, xoauth2Account } from "./authenticate.ts";
import { ADA, BOB, createFakeWorld } from "./fake-world.ts";

describe("XOAUTH2 logins", () => {
  it("authenticate the account that granted a live token with the mail scope", () => {
    const world = createFakeWorld();
    world.grant("t", ADA);
    expect(xoauth2Account(world, ADA, "t")).toEqual({ email: ADA, clientId: "sandbox-client" });
    expect(xoauth2Account(world, " ADA@Gmail.com ", "t")?.email).toBe(ADA);
  });

  it("refuse unknown tokens, other users, tokens without https://mail.google.com/ and expired tokens", () => {
    const world = createFakeWorld();
    world.grant("t", ADA);
    world.grant("send-only", ADA, ["https://www.googleapis.com/auth/gmail.send"]);
    expect(xoauth2Account(world, ADA, "nope")).toBeUndefined();
    expect(xoauth2Account(world, BOB, "t")).toBeUndefined();
    expect(xoauth2Account(world, ADA, "send-only")).toBeUndefined();
    world.clock.advance(3600 * 1000);
    expect(xoauth2Account(world, ADA, "t")).toBeUndefined();
  });
});

describe("password logins", () => {
  it("ask accounts with 2-step verification for an app password and refuse everyone else", () => {
    const accounts = createFakeWorld().accounts();
    expect(passwordRefusal(accounts, BOB)).toBe("second-factor-required");
    expect(passwordRefusal(accounts, BOB.toUpperCase())).toBe("second-factor-required");
    expect(passwordRefusal(accounts, ADA)).toBe("bad-credentials");
    expect(passwordRefusal(accounts, "stranger@example.com")).toBe("bad-credentials");
  });
});
