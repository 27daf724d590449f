import { describe, expect, it } from "vitest";
import { excerpt, redact } from "./redact.ts";

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

  it("makes short single-line excerpts", () => {
    expect(excerpt("a\n\n b", 10)).toBe("a b");
    expect(excerpt("x".repeat(300), 10)).toHaveLength(10);
  });
});
