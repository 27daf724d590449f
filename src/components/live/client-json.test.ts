import { describe, expect, it } from "vitest";
import { MAX_CLIENT_FILE_BYTES, readingOf } from "../shared/client-file.ts";
import { parseLiveClient } from "./client-json.ts";

const ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const SECRET = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";
const web = {
  web: { client_id: ID, client_secret: SECRET, redirect_uris: ["https://erp.example.com/google_gmail/confirm"] },
};

describe("reading a client JSON for the live test", () => {
  it("keeps the whole file, secret included, for the start request", () => {
    expect(parseLiveClient(` ${JSON.stringify(web)}\n`)).toEqual({
      ok: true,
      client: { type: "web", clientId: ID, json: web },
    });
  });

  it("names a chosen file and recognises a Desktop client", () => {
    const installed = { installed: { client_id: ID, client_secret: SECRET, redirect_uris: ["http://localhost"] } };
    const reading = readingOf({ name: "client_secret_1.json", text: JSON.stringify(installed) }, parseLiveClient);
    expect(reading.name).toBe("client_secret_1.json");
    expect(reading.result.ok && reading.result.client.type).toBe("installed");
  });

  it("refuses what cannot start a run", () => {
    expect(parseLiveClient("{ nope")).toEqual({ ok: false, error: "not-json" });
    expect(parseLiveClient("[1]")).toEqual({ ok: false, error: "not-a-client-file" });
    expect(parseLiveClient(JSON.stringify({ web: { client_secret: SECRET } }))).toEqual({ ok: false, error: "no-id" });
    expect(parseLiveClient(JSON.stringify({ web: { client_id: ID } }))).toEqual({ ok: false, error: "no-secret" });
    expect(parseLiveClient(JSON.stringify({ client_id: ID, client_secret: SECRET }))).toEqual({
      ok: true,
      client: { type: "unknown", clientId: ID, json: { client_id: ID, client_secret: SECRET } },
    });
    expect(parseLiveClient("x".repeat(MAX_CLIENT_FILE_BYTES + 1))).toEqual({ ok: false, error: "too-large" });
  });
});
