import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excerpt, REDACTION_RULES, redact } from "./redact.ts";

/** The rules applied to every text, without redact()'s quick pre-check. */
const redactAlways = (text: string) =>
  REDACTION_RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);

describe("redact", () => {
  it.each([
    ["client_secret=GOCSPX-abcdefghijklmnopqrstuvwxyz12&x=1", "GOCSPX-abc"],
    ['{"access_token": "ya29.a0AfH6SMBx-secret", "refresh_token": "1//0gSecretValue123"}', "SMBx-secret"],
    ["https://x.odoo.com/google_gmail/confirm?code=4/0AeanS0aSecretCode&state=%7B%7D", "SecretCode"],
    ["?code=4%2F0AeanS0aSecretCode&scope=x", "SecretCode"],
    ["Authorization: Bearer abcdefghijklmnop", "abcdefghijklmnop"],
    ["AUTH XOAUTH2 dXNlcj1hQGdtYWlsLmNvbQFhdXRoPUJlYXJlciB5YTI5LnNlY3JldAEB", "dXNlcj1h"],
    ["password=hunter2hunter2", "hunter2"],
  ])("removes the secret from %s", (input, secret) => {
    expect(redact(input)).not.toContain(secret);
  });

  it("keeps ordinary text", () => {
    const text = "Error 400: redirect_uri_mismatch redirect_uri=https://x.com/google_gmail/confirm";
    expect(redact(text)).toBe(text);
  });

  it("skips only texts the rules would leave unchanged", () => {
    // Words drawn from every rule's trigger, in any case, glued with separators and noise.
    const piece = fc.constantFrom(
      "GOCSPX-",
      "gocspx-",
      "ya29.",
      "1//",
      "4/",
      "4%2f",
      "Bearer ",
      "AUTH XOAUTH2 ",
      "auth plain ",
      "dXNlcj",
      "code=",
      "Token=",
      "client_secret=",
      "PASSWORD=",
      '"refresh_token": "',
      '"code":"',
      "abcdefghij0123456789",
      "A1b2C3d4E5f6G7h8",
      "=",
      "&",
      " ",
      '"',
      "\n",
    );
    const text = fc.oneof(
      fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")),
      fc.string(),
    );
    fc.assert(
      fc.property(text, (input) => {
        expect(redact(input)).toBe(redactAlways(input));
      }),
      { numRuns: 3000 },
    );
  });

  it("makes short single-line excerpts", () => {
    expect(excerpt("a\n\n b", 10)).toBe("a b");
    expect(excerpt("x".repeat(300), 10)).toHaveLength(10);
  });
});
