import { describe, expect, it } from "vitest";
import { MAX_CLIENT_FILE_BYTES, readClientFile, readClientText } from "./client-file.ts";

const json = JSON.stringify({ web: { client_id: "1-x", client_secret: "GOCSPX-abcdefghijklmnopqrstuvwxyz12" } });

describe("reading a client JSON", () => {
  it("recognises a pasted web client and keeps no secret", () => {
    const reading = readClientText(json);
    expect(reading.name).toBeUndefined();
    expect(reading.result.ok && reading.result.client.type).toBe("web");
    expect(JSON.stringify(reading)).not.toContain("GOCSPX");
  });

  it("names the file it read", async () => {
    const reading = await readClientFile(new File([json], "client_secret_1.json", { type: "application/json" }));
    expect(reading.name).toBe("client_secret_1.json");
    expect(reading.result.ok).toBe(true);
  });

  it("reports text that is not JSON, JSON that is not a client file, and oversize files", async () => {
    expect(readClientText("{ nope").result).toEqual({ ok: false, error: "not-json" });
    expect(readClientText("[1, 2]").result).toEqual({ ok: false, error: "not-a-client-file" });
    const big = new File(["x".repeat(MAX_CLIENT_FILE_BYTES + 1)], "big.json");
    expect((await readClientFile(big)).result).toEqual({ ok: false, error: "too-large" });
  });
});
