import { describe, expect, it } from "vitest";
import { isEmailAddress } from "./email.ts";

describe("isEmailAddress", () => {
  it.each(["sales.mycompany@gmail.com", "a+b@acme-industries.co.uk", "x@y.it"])("accepts %s", (text) => {
    expect(isEmailAddress(text)).toBe(true);
  });

  it.each([
    "",
    "plain",
    "a@b",
    "a b@gmail.com",
    "a@gmail.com,b@gmail.com",
    "<script>@gmail.com",
    "a@gmail.com\u0000",
    "a\u0000@gmail.com",
    '"quoted"@gmail.com',
    "a@-bad.com",
    "a@gmail..com",
    `${"a".repeat(320)}@gmail.com`,
  ])("refuses %j", (text) => {
    expect(isEmailAddress(text)).toBe(false);
  });
});
