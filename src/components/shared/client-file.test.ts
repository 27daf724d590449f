import { describe, expect, it } from "vitest";
import { clientFacts, MAX_CLIENT_FILE_BYTES, readClientFile, readingOf } from "./client-file.ts";

describe("readClientFile", () => {
  it("reads a file's text with its name", async () => {
    expect(await readClientFile(new File(['{"web":{}}'], "client_secret_1.json"))).toEqual({
      name: "client_secret_1.json",
      text: '{"web":{}}',
    });
  });

  it("refuses a file too large to be a client JSON without reading it", async () => {
    const big = new File(["x".repeat(MAX_CLIENT_FILE_BYTES + 1)], "big.json");
    expect(await readClientFile(big)).toEqual({ name: "big.json", error: "too-large" });
  });

  it("reports a file the browser cannot read", async () => {
    const broken = { name: "gone.json", size: 10, text: () => Promise.reject(new Error("NotReadableError")) } as File;
    expect(await readClientFile(broken)).toEqual({ name: "gone.json", error: "unreadable" });
  });
});

describe("readingOf", () => {
  const parse = (text: string) => ({ ok: true as const, length: text.length });

  it("parses pasted text with the island's parser, without a name", () => {
    expect(readingOf({ text: "abc" }, parse)).toEqual({ result: { ok: true, length: 3 } });
  });

  it("keeps a file's name and its read error", () => {
    expect(readingOf({ name: "x.json", error: "unreadable" }, parse)).toEqual({
      name: "x.json",
      result: { ok: false, error: "unreadable" },
    });
  });
});

describe("clientFacts", () => {
  const json = JSON.stringify({ web: { client_id: "1-x", client_secret: "GOCSPX-abcdefghijklmnopqrstuvwxyz12" } });

  it("recognises a web client and keeps no secret", () => {
    const reading = clientFacts({ name: "client_secret_1.json", text: json });
    expect(reading.name).toBe("client_secret_1.json");
    expect(reading.result.ok && reading.result.client.type).toBe("web");
    expect(JSON.stringify(reading)).not.toContain("GOCSPX");
  });

  it("reports text that is not JSON and JSON that is not a client file", () => {
    expect(clientFacts({ text: "{ nope" }).result).toEqual({ ok: false, error: "not-json" });
    expect(clientFacts({ text: "[1, 2]" }).result).toEqual({ ok: false, error: "not-a-client-file" });
  });
});
