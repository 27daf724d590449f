import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientIdFormatOk, parseClientJson } from "./client-json.ts";

const id = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";

describe("parseClientJson", () => {
  it("reads a Web application client", () => {
    const result = parseClientJson({
      web: {
        client_id: id,
        client_secret: "GOCSPX-abcdefghijklmnopqrstuvwxyz12",
        redirect_uris: ["https://mycompany.odoo.com/google_gmail/confirm"],
        javascript_origins: ["https://mycompany.odoo.com"],
        project_id: "odoo-mail",
      },
    });
    expect(result).toEqual({
      ok: true,
      client: {
        type: "web",
        clientId: id,
        hasSecret: true,
        secretLooksRedacted: false,
        secretFormatOk: true,
        redirectUris: ["https://mycompany.odoo.com/google_gmail/confirm"],
        javascriptOrigins: ["https://mycompany.odoo.com"],
        projectId: "odoo-mail",
      },
    });
  });

  it("recognises a Desktop app client given as text, and a redacted secret", () => {
    const result = parseClientJson(
      JSON.stringify({
        installed: { client_id: id, client_secret: "GOCSPX-REDACTED", redirect_uris: ["http://localhost"] },
      }),
    );
    expect(result.ok && result.client.type).toBe("installed");
    expect(result.ok && result.client.secretLooksRedacted).toBe(true);
  });

  it("says what is wrong with other input", () => {
    expect(parseClientJson("{not json")).toEqual({ ok: false, error: "not-json" });
    expect(parseClientJson({ hello: 1 })).toEqual({ ok: false, error: "not-a-client-file" });
    expect(parseClientJson(null)).toEqual({ ok: false, error: "not-a-client-file" });
    expect(parseClientJson([1, 2])).toEqual({ ok: false, error: "not-a-client-file" });
  });

  it("never throws on any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void parseClientJson(value)));
    fc.assert(fc.property(fc.string(), (value) => void parseClientJson(value)));
  });
});

describe("clientIdFormatOk", () => {
  it("accepts Google's format only", () => {
    expect(clientIdFormatOk(id)).toBe(true);
    expect(clientIdFormatOk(` ${id} `)).toBe(true);
    expect(clientIdFormatOk("908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m")).toBe(false);
    expect(clientIdFormatOk("GOCSPX-abcdefghijklmnopqrstuvwxyz12")).toBe(false);
  });
});
