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

  it.each([
    [
      "URL-encoded token JSON",
      "%7B%22access_token%22%3A%22AbCdEfGh12345678%22%2C%22refresh_token%22%3A%22XyZ98765432%22%7D",
      ["AbCdEfGh12345678", "XyZ98765432"],
    ],
    [
      "escaped JSON in a log string",
      '"body": "{\\"client_secret\\": \\"legacyLegacy1234567890ab\\"}"',
      ["legacyLegacy1234567890ab"],
    ],
    [
      "a Python dict",
      "{'client_secret': 'xYzLegacySecret123456', 'code': '4/0AeanS0aSecretCode'}",
      ["xYzLegacySecret123456", "SecretCode"],
    ],
    [
      "a JavaScript object",
      "{ clientSecret: 'legacySecretValue1234', refreshToken: \"1//0gRefreshSecret\" }",
      ["legacySecretValue1234", "RefreshSecret"],
    ],
    ["keyword arguments", "flow.fetch_token(client_secret='legacySecretValue1234')", ["legacySecretValue1234"]],
    [
      "a YAML line",
      "client_secret: legacySecretValue1234\nclient_id: 1-a.apps.googleusercontent.com",
      ["legacySecretValue1234"],
    ],
    [
      "Odoo's system parameter",
      '{"key": "google_gmail_client_secret", "google_gmail_client_secret": "legacySecretValue1234"}',
      ["legacySecretValue1234"],
    ],
    ["the console's label", "Client secret   AbCdEfGhIjKlMnOpQrStUvWx", ["AbCdEfGhIjKlMnOpQrStUvWx"]],
    [
      "tokens glued to words",
      "tokenya29.a0AfH6SMBxSecret refresh1//0gGluedSecret12 code4/0AeanS0aGluedCode",
      ["SMBxSecret", "GluedSecret12", "GluedCode"],
    ],
    [
      // Found by the property test below: the code's shape must not swallow the name before its value.
      "a name glued to a code's shape",
      "4/client_secret=ZqAAAAAAAAAAAA&x=1 1//refresh_token=RefreshSecret99",
      ["ZqAAAAAAAAAAAA", "RefreshSecret99"],
    ],
  ])("removes secrets written as %s", (_shape, input, secrets) => {
    const out = redact(input);
    for (const secret of secrets) expect(out).not.toContain(secret);
  });

  it("removes a generated secret from every shape it can be written in", () => {
    const secretChar = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-".split(""));
    const value = fc.string({ unit: secretChar, minLength: 12, maxLength: 40 }).map((v) => `Zq${v}`);
    const key = fc.constantFrom(
      "client_secret",
      "clientSecret",
      "access_token",
      "accessToken",
      "refresh_token",
      "refresh-token",
      "id_token",
      "code_verifier",
      "password",
      "google_gmail_client_secret",
    );
    const shape = fc.constantFrom(
      (k: string, v: string) => `{"${k}": "${v}"}`,
      (k: string, v: string) => `{\\"${k}\\":\\"${v}\\"}`,
      (k: string, v: string) => encodeURIComponent(`{"${k}":"${v}"}`),
      (k: string, v: string) => `{'${k}': '${v}'}`,
      (k: string, v: string) => `{ ${k}: "${v}" }`,
      (k: string, v: string) => `{ ${k}: '${v}' }`,
      (k: string, v: string) => `${k}=${v}&x=1`,
      (k: string, v: string) => `f(${k}='${v}')`,
      (k: string, v: string) => `${k}: ${v}`,
    );
    const around = fc.string({ maxLength: 20 }).filter((t) => !/["'\\%]/.test(t));
    fc.assert(
      fc.property(key, value, shape, around, around, (k, v, write, before, after) => {
        expect(redact(`${before}${write(k, v)}${after}`)).not.toContain(v);
      }),
      { numRuns: 3000 },
    );
  });

  it("removes tokens by their shape, glued to any word", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcXYZ_012".split("")), maxLength: 8 });
    const tail = fc.string({ unit: fc.constantFrom(..."ABCdef0123-_".split("")), minLength: 12, maxLength: 30 });
    const token = fc.constantFrom("ya29.a0", "1//0g", "4/0A", "GOCSPX-");
    fc.assert(
      fc.property(word, token, tail, word, (before, prefix, rest, after) => {
        const secret = `${prefix}${rest}`;
        expect(redact(`${before}${secret} ${after}`)).not.toContain(rest);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps ordinary text", () => {
    for (const text of [
      "Error 400: redirect_uri_mismatch redirect_uri=https://x.com/google_gmail/confirm",
      "{ code: 'EAUTH', responseCode: 535, command: 'AUTH XOAUTH2' }",
      '{"error": {"code": 400, "status": "INVALID_ARGUMENT"}}',
      "token_type: Bearer",
    ]) {
      expect(redact(text)).toBe(text);
    }
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
      "passwd: ",
      '"refresh_token": "',
      '"code":"',
      "'clientSecret': '",
      '\\"access_token\\":\\"',
      "%22access_token%22%3A%22",
      "1%2F%2F0",
      "Client secret ",
      "segreto client ",
      "xya29.",
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
