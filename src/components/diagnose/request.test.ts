import { describe, expect, it } from "vitest";
import { parseClientJson } from "../../core/client-json/client-json.ts";
import { buildRequest, clientPayload, EMPTY_FIELDS } from "./request.ts";

const SECRET = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";
const ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";

function client(json: unknown) {
  const parsed = parseClientJson(JSON.stringify(json));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.client;
}

describe("buildRequest", () => {
  it("returns nothing when no evidence was entered", () => {
    expect(buildRequest("en", EMPTY_FIELDS, undefined)).toBeUndefined();
    expect(buildRequest("en", { ...EMPTY_FIELDS, errorText: "   ", odooVersion: "other" }, undefined)).toBeUndefined();
  });

  it("sends the trimmed fields, a known version and the page language", () => {
    const body = buildRequest(
      "it",
      {
        ...EMPTY_FIELDS,
        errorText: " Errore 403: org_internal\n",
        odooUrl: "http://erp.example.com ",
        odooVersion: "17.0",
      },
      undefined,
    );
    expect(body).toEqual({
      lang: "it",
      errorText: "Errore 403: org_internal",
      odooUrl: "http://erp.example.com",
      odooVersion: "17.0",
    });
  });

  it("sends consent facts and the sending address only when given", () => {
    const body = buildRequest(
      "en",
      {
        ...EMPTY_FIELDS,
        publishingStatus: "testing",
        testUsers: "a@example.com\n b@example.com, ",
        email: "sales@example.com",
      },
      undefined,
    );
    expect(body).toEqual({
      lang: "en",
      consent: { publishingStatus: "testing", testUsers: ["a@example.com", "b@example.com"] },
      account: { email: "sales@example.com" },
    });
  });
});

describe("clientPayload", () => {
  it("keeps the type, ID and URIs of a Desktop client and replaces the secret", () => {
    const installed = client({
      installed: { client_id: ID, client_secret: SECRET, redirect_uris: ["http://localhost"], project_id: "p" },
    });
    const payload = clientPayload(installed);
    expect(payload).toEqual({
      installed: {
        client_id: ID,
        client_secret: "REDACTED",
        redirect_uris: ["http://localhost"],
        javascript_origins: [],
      },
    });
    expect(JSON.stringify(buildRequest("en", EMPTY_FIELDS, installed))).not.toContain("GOCSPX");
  });

  it("keeps a web client's section name and does not invent a secret the file lacked", () => {
    const web = client({ web: { client_id: ID, redirect_uris: ["https://erp.example.com/google_gmail/confirm"] } });
    expect(clientPayload(web)).toEqual({
      web: { client_id: ID, redirect_uris: ["https://erp.example.com/google_gmail/confirm"], javascript_origins: [] },
    });
  });

  it("sends a file without a type section flat, so the server still sees its ID", () => {
    const flat = client({ client_id: ID, client_secret: SECRET });
    expect(clientPayload(flat)).toEqual({
      client_id: ID,
      client_secret: "REDACTED",
      redirect_uris: [],
      javascript_origins: [],
    });
  });
});
