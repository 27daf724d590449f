import { describe, expect, it } from "vitest";
import { readSandboxConfig } from "./config.ts";

const KEY = "s3cr3t-".repeat(6);

describe("readSandboxConfig", () => {
  it("defaults to 127.0.0.1:8788 with the Gmail emulator on 127.0.0.1:2587", () => {
    expect(readSandboxConfig({ COMPANION_URL: "http://127.0.0.1:4321/", SANDBOX_CONTROL_KEY: KEY })).toEqual({
      host: "127.0.0.1",
      port: 8788,
      companionUrl: "http://127.0.0.1:4321",
      controlKey: KEY,
      smtpHost: "127.0.0.1",
      smtpPort: 2587,
      trustProxy: false,
      lang: "en",
    });
  });
  it("reads its own public origin, the SMTP address, TRUST_PROXY and the console language", () => {
    expect(
      readSandboxConfig({
        HOST: "0.0.0.0",
        PORT: "0",
        PUBLIC_URL: "https://sandbox.example.com",
        COMPANION_URL: "https://companion.example.com",
        SANDBOX_CONTROL_KEY: KEY,
        SANDBOX_SMTP_HOST: "sandbox.internal",
        SANDBOX_SMTP_PORT: "0",
        TRUST_PROXY: "1",
        LANG: "it_IT.UTF-8",
      }),
    ).toMatchObject({
      host: "0.0.0.0",
      port: 0,
      publicUrl: "https://sandbox.example.com",
      smtpHost: "sandbox.internal",
      smtpPort: 0,
      trustProxy: true,
      lang: "it",
    });
  });
  it("needs the companion's origin and the control key, and refuses bad values clearly", () => {
    expect(() => readSandboxConfig({ SANDBOX_CONTROL_KEY: KEY })).toThrow(/needs COMPANION_URL/);
    expect(() => readSandboxConfig({ COMPANION_URL: "http://127.0.0.1:4321" })).toThrow(/SANDBOX_CONTROL_KEY/);
    expect(() => readSandboxConfig({ COMPANION_URL: "http://127.0.0.1:4321", LANG: "it_IT.UTF-8" })).toThrow(
      /richiede COMPANION_URL/,
    );
    const base = { COMPANION_URL: "http://127.0.0.1:4321", SANDBOX_CONTROL_KEY: KEY };
    expect(() => readSandboxConfig({ ...base, COMPANION_URL: "companion" })).toThrow(/COMPANION_URL must be/);
    expect(() => readSandboxConfig({ ...base, SANDBOX_CONTROL_KEY: "too-short" })).toThrow(/at least 32/);
    expect(() => readSandboxConfig({ ...base, PORT: "http" })).toThrow(/PORT must be/);
    for (const SANDBOX_SMTP_HOST of ["0.0.0.0", "::"]) {
      expect(() => readSandboxConfig({ ...base, SANDBOX_SMTP_HOST })).toThrow(/not a wildcard/);
    }
  });
});
