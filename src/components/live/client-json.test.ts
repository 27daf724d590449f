import { describe, expect, it } from "vitest";
import { MAX_CLIENT_FILE_BYTES, readClientFile, readClientText } from "./client-json.ts";

const ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const SECRET = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";
const web = {
  web: { client_id: ID, client_secret: SECRET, redirect_uris: ["https://erp.example.com/google_gmail/confirm"] },
};

describe("reading a client JSON for the live test", () => {
  it("keeps the whole file, secret included, for the start request", () => {
    const reading = readClientText(` ${JSON.stringify(web)}\n`);
    expect(reading).toEqual({ result: { ok: true, client: { type: "web", clientId: ID, json: web } } });
  });

  it("names a chosen file and recognises a Desktop client", async () => {
    const installed = { installed: { client_id: ID, client_secret: SECRET, redirect_uris: ["http://localhost"] } };
    const reading = await readClientFile(new File([JSON.stringify(installed)], "client_secret_1.json"));
    expect(reading.name).toBe("client_secret_1.json");
    expect(reading.result.ok && reading.result.client.type).toBe("installed");
  });

  it("refuses what cannot start a run", async () => {
    expect(readClientText("{ nope").result).toEqual({ ok: false, error: "not-json" });
    expect(readClientText("[1]").result).toEqual({ ok: false, error: "not-a-client-file" });
    expect(readClientText(JSON.stringify({ web: { client_secret: SECRET } })).result).toEqual({
      ok: false,
      error: "no-id",
    });
    expect(readClientText(JSON.stringify({ web: { client_id: ID } })).result).toEqual({
      ok: false,
      error: "no-secret",
    });
    expect(readClientText(JSON.stringify({ client_id: ID, client_secret: SECRET })).result).toEqual({
      ok: true,
      client: { type: "unknown", clientId: ID, json: { client_id: ID, client_secret: SECRET } },
    });
    const big = new File(["x".repeat(MAX_CLIENT_FILE_BYTES + 1)], "big.json");
    expect((await readClientFile(big)).result).toEqual({ ok: false, error: "too-large" });
  });
});
