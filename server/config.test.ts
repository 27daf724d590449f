import { describe, expect, it } from "vitest";
import { readServerConfig, sandboxChoice } from "./config.ts";

describe("readServerConfig", () => {
  it("defaults to 127.0.0.1:4321 in English with the sandbox on port 2587", () => {
    expect(readServerConfig({})).toEqual({
      host: "127.0.0.1",
      port: 4321,
      lang: "en",
      sandbox: true,
      sandboxReason: "loopback",
      sandboxSmtpPort: 2587,
      probePrivate: false,
      trustProxy: false,
    });
  });
  it("reads HOST, PORT, the console language, the sandbox settings, TRUST_PROXY and PUBLIC_URL", () => {
    expect(
      readServerConfig({
        HOST: "0.0.0.0",
        PORT: "8080",
        LANG: "it_IT.UTF-8",
        SANDBOX: "off",
        SANDBOX_SMTP_PORT: "0",
        PUBLIC_URL: "https://companion.example.com/",
        TRUST_PROXY: "1",
      }),
    ).toEqual({
      host: "0.0.0.0",
      port: 8080,
      lang: "it",
      sandbox: false,
      sandboxReason: "asked-off",
      sandboxSmtpPort: 0,
      probePrivate: false,
      trustProxy: true,
      publicUrl: "https://companion.example.com",
    });
  });
  it("refuses a port that is not a number in range, in the console's language", () => {
    for (const PORT of ["abc", "-1", "70000", "80.5"]) {
      expect(() => readServerConfig({ PORT })).toThrow(/PORT must be a whole number/);
    }
    expect(() => readServerConfig({ PORT: "x", LANG: "it_IT.UTF-8" })).toThrow(/PORT deve essere un numero intero/);
    expect(() => readServerConfig({ SANDBOX_SMTP_PORT: "smtp" })).toThrow(/SANDBOX_SMTP_PORT must be/);
    expect(() => readServerConfig({ PUBLIC_URL: "companion" })).toThrow(/PUBLIC_URL must be an origin/);
  });
  it("runs the sandbox on a loopback HOST unless asked off, elsewhere only when asked on", () => {
    for (const SANDBOX of ["off", "OFF", "0", "false", "no"])
      expect(sandboxChoice({ SANDBOX }, "127.0.0.1")).toBe("asked-off");
    for (const SANDBOX of ["on", "1", "yes", "TRUE"]) expect(sandboxChoice({ SANDBOX }, "0.0.0.0")).toBe("asked-on");
    for (const host of ["127.0.0.1", "::1", "localhost", "127.0.0.5"]) expect(sandboxChoice({}, host)).toBe("loopback");
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "companion.example.com"]) {
      expect(sandboxChoice({ SANDBOX: "" }, host)).toBe("not-loopback");
    }
    expect(readServerConfig({ HOST: "0.0.0.0" }).sandbox).toBe(false);
    expect(readServerConfig({ HOST: "0.0.0.0", SANDBOX: "on" }).sandbox).toBe(true);
  });
});

describe("a sandbox in its own process (SANDBOX_URL)", () => {
  const KEY = `${"k".repeat(20)}0123456789ABCDEF`;
  it("points practice runs at it with the control key, and runs no emulator here", () => {
    const config = readServerConfig({ SANDBOX_URL: "http://127.0.0.1:8788/", SANDBOX_CONTROL_KEY: KEY });
    expect(config).toMatchObject({
      sandbox: false,
      sandboxReason: "remote",
      sandboxUrl: "http://127.0.0.1:8788",
      sandboxControlKey: KEY,
    });
    expect(
      readServerConfig({ SANDBOX: "off", SANDBOX_URL: "https://sandbox.example.com", SANDBOX_CONTROL_KEY: KEY }),
    ).toMatchObject({ sandbox: false, sandboxReason: "remote" });
    expect(readServerConfig({ SANDBOX_CONTROL_KEY: KEY })).not.toHaveProperty("sandboxControlKey");
  });
  it("refuses a bad URL, SANDBOX=on beside it, a missing or short key, without quoting the key", () => {
    expect(() => readServerConfig({ SANDBOX_URL: "sandbox:8788", SANDBOX_CONTROL_KEY: KEY })).toThrow(
      /SANDBOX_URL must be the origin/,
    );
    expect(() => readServerConfig({ SANDBOX_URL: "http://h/path", SANDBOX_CONTROL_KEY: KEY })).toThrow(/SANDBOX_URL/);
    expect(() =>
      readServerConfig({ SANDBOX: "on", SANDBOX_URL: "http://127.0.0.1:8788", SANDBOX_CONTROL_KEY: KEY }),
    ).toThrow(/exclude each other/);
    expect(() => readServerConfig({ SANDBOX_URL: "http://127.0.0.1:8788" })).toThrow(/needs SANDBOX_CONTROL_KEY/);
    expect(() => readServerConfig({ SANDBOX_URL: "http://127.0.0.1:8788", LANG: "it_IT.UTF-8" })).toThrow(
      /richiede SANDBOX_CONTROL_KEY/,
    );
    for (const short of ["short-secret-value", `${KEY.slice(0, 20)} with space ${KEY}`]) {
      let message = "";
      try {
        readServerConfig({ SANDBOX_URL: "http://127.0.0.1:8788", SANDBOX_CONTROL_KEY: short });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/at least 32 visible characters/);
      expect(message).not.toContain(short.slice(0, 12));
    }
  });
});
