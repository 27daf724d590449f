import { describe, expect, it } from "vitest";
import type { ClientFile } from "./client-json.ts";
import { buildStartBody, EMPTY_FIELDS, type LiveFields } from "./start-body.ts";

const ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const SECRET = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";
const filled: LiveFields = {
  ...EMPTY_FIELDS,
  clientId: ` ${ID} `,
  clientSecret: `${SECRET}\n`,
  email: " sales@example.com",
};

describe("buildStartBody", () => {
  it("sends only the scenario, the mode and the language for a practice run, whatever else was typed", () => {
    const built = buildStartBody(
      "it",
      { ...filled, practice: true, scenario: "wrong-secret", mode: "odoo" },
      undefined,
    );
    expect(built).toEqual({
      ok: true,
      body: { provider: "sandbox", practice: { scenario: "wrong-secret" }, mode: "odoo", lang: "it" },
    });
    expect(JSON.stringify(built)).not.toContain("GOCSPX");
  });

  it("sends the trimmed client ID, secret and address for a direct run", () => {
    expect(buildStartBody("en", filled, undefined)).toEqual({
      ok: true,
      body: {
        provider: "google",
        clientId: ID,
        clientSecret: SECRET,
        email: "sales@example.com",
        mode: "direct",
        lang: "en",
      },
    });
  });

  it("sends the client JSON instead of the fields, and Odoo's redirect URI in Odoo mode", () => {
    const json = { web: { client_id: ID, client_secret: SECRET } };
    const client: ClientFile = { type: "web", clientId: ID, json };
    const fields = { ...EMPTY_FIELDS, email: "sales@example.com", mode: "odoo" as const };
    expect(
      buildStartBody("en", { ...fields, odooRedirectUri: "https://mycompany.odoo.com/google_gmail/confirm" }, client),
    ).toEqual({
      ok: true,
      body: {
        provider: "google",
        clientId: ID,
        clientSecretJson: json,
        email: "sales@example.com",
        mode: "odoo",
        odooRedirectUri: "https://mycompany.odoo.com/google_gmail/confirm",
        lang: "en",
      },
    });
  });

  it("lists every field to fix, in form order", () => {
    expect(buildStartBody("en", { ...EMPTY_FIELDS, mode: "odoo", email: "not-an-address" }, undefined)).toEqual({
      ok: false,
      errors: ["clientId", "secret", "email", "odooUri"],
    });
    expect(buildStartBody("en", { ...filled, mode: "odoo", odooRedirectUri: "mycompany.odoo.com" }, undefined)).toEqual(
      {
        ok: false,
        errors: ["odooUri"],
      },
    );
  });
});
