import { describe, expect, it } from "vitest";
import { readServerConfig } from "./config.ts";

describe("readServerConfig", () => {
  it("defaults to 127.0.0.1:4321 in English", () => {
    expect(readServerConfig({})).toEqual({ host: "127.0.0.1", port: 4321, lang: "en" });
  });
  it("reads HOST, PORT and the console language", () => {
    expect(readServerConfig({ HOST: "0.0.0.0", PORT: "8080", LANG: "it_IT.UTF-8" })).toEqual({
      host: "0.0.0.0",
      port: 8080,
      lang: "it",
    });
  });
  it("refuses a port that is not a number in range", () => {
    for (const PORT of ["abc", "-1", "70000", "80.5"]) {
      expect(() => readServerConfig({ PORT })).toThrow(/PORT must be a whole number/);
    }
    expect(() => readServerConfig({ PORT: "x", LANG: "it_IT.UTF-8" })).toThrow(/PORT deve essere un numero intero/);
  });
});
