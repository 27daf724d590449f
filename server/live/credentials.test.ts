import { describe, expect, it } from "vitest";
import { readCredentials } from "./credentials.ts";

const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const SECRET = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";

describe("readCredentials", () => {
  it("takes ID and secret as typed", () => {
    expect(readCredentials({ clientId: CLIENT_ID, clientSecret: SECRET })).toEqual({
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      clientJson: undefined,
      jsonUnusable: false,
    });
  });

  it("reads them from the client JSON, object or text", () => {
    const file = { web: { client_id: CLIENT_ID, client_secret: SECRET, redirect_uris: ["https://x.example/cb"] } };
    for (const clientSecretJson of [file, JSON.stringify(file)]) {
      const read = readCredentials({ clientSecretJson });
      expect(read).toMatchObject({ clientId: CLIENT_ID, clientSecret: SECRET, jsonUnusable: false });
      expect(read.clientJson?.redirectUris).toEqual(["https://x.example/cb"]);
    }
  });

  it("refuses a redacted secret or a file that is not a client JSON", () => {
    const redacted = { installed: { client_id: CLIENT_ID, client_secret: "GOCSPX-REDACTED" } };
    expect(readCredentials({ clientSecretJson: redacted })).toMatchObject({
      clientSecret: undefined,
      jsonUnusable: true,
    });
    expect(readCredentials({ clientSecretJson: redacted, clientSecret: SECRET }).jsonUnusable).toBe(false);
    expect(readCredentials({ clientSecretJson: "{not json" }).jsonUnusable).toBe(true);
  });
});

describe("readCredentials with text that cannot be encoded", () => {
  it("treats a client file whose ID or secret holds a lone surrogate as unusable", () => {
    const bad = readCredentials({ clientSecretJson: { web: { client_id: "x\ud800", client_secret: "GOCSPX-a" } } });
    expect(bad.jsonUnusable).toBe(true);
    const badSecret = readCredentials({
      clientSecretJson: { web: { client_id: "1-a.apps.googleusercontent.com", client_secret: "GOCSPX-\udfff" } },
    });
    expect(badSecret.clientSecret).toBeUndefined();
    expect(badSecret.jsonUnusable).toBe(true);
  });
});
