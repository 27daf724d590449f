import { describe, expect, it } from "vitest";
import { parseClientJson } from "../../src/core/client-json/client-json.ts";
import { preflight } from "./preflight.ts";

const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const SECRET = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";
const ODOO = "https://mycompany.odoo.com/google_gmail/confirm";

function json(type: "web" | "installed", redirectUris: string[]) {
  const parsed = parseClientJson({
    [type]: { client_id: CLIENT_ID, client_secret: SECRET, redirect_uris: redirectUris },
  });
  if (!parsed.ok) throw new Error("bad fixture");
  return parsed.client;
}

const base = { clientId: CLIENT_ID, clientSecret: SECRET, clientJson: undefined, lang: "en" as const };

describe("preflight", () => {
  it("passes a Web client with the Odoo redirect URI registered", () => {
    const outcome = preflight({ ...base, mode: "odoo", redirectUri: ODOO, clientJson: json("web", [ODOO]) });
    expect(outcome.status).toBe("passed");
    expect(outcome.finding).toBeUndefined();
    expect(outcome.details).toEqual([`Redirect URI: ${ODOO}`]);
  });

  it("stops a Desktop client", () => {
    const outcome = preflight({
      ...base,
      mode: "odoo",
      redirectUri: ODOO,
      clientJson: json("installed", ["http://localhost"]),
    });
    expect(outcome.status).toBe("failed");
    expect(outcome.finding).toMatchObject({ id: "client-type-desktop", severity: "error" });
  });

  it("stops the out-of-band URI", () => {
    const outcome = preflight({ ...base, mode: "odoo", redirectUri: "urn:ietf:wg:oauth:2.0:oob" });
    expect(outcome).toMatchObject({ status: "failed", finding: { id: "oob-flow-blocked" } });
  });

  it("warns, and goes on, about an unregistered callback, odd formats and an http Odoo", () => {
    const callback = "https://companion.example.com/api/live/callback";
    const direct = preflight({ ...base, mode: "direct", redirectUri: callback, clientJson: json("web", [ODOO]) });
    expect(direct).toMatchObject({ status: "warning", finding: { id: "redirect-uri-mismatch", severity: "warning" } });
    expect(direct.details?.join(" ")).toContain(`add ${callback}`);
    const formats = preflight({ ...base, mode: "odoo", redirectUri: ODOO, clientId: "123", clientSecret: "short" });
    expect(formats.status).toBe("warning");
    expect(formats.finding?.id).toBe("client-id-malformed");
    expect(formats.details).toContain(
      preflight({ ...base, mode: "odoo", redirectUri: ODOO, clientSecret: "x" }).finding?.title,
    );
    const http = preflight({
      ...base,
      mode: "odoo",
      redirectUri: "http://erp.acme-industries.com/google_gmail/confirm",
    });
    expect(http).toMatchObject({ status: "warning", finding: { id: "redirect-uri-insecure-http" } });
  });

  it("speaks Italian", () => {
    const outcome = preflight({
      ...base,
      lang: "it",
      mode: "odoo",
      redirectUri: ODOO,
      clientJson: json("installed", []),
    });
    expect(outcome.result).toBe("Così com'è, questo client non può funzionare con Odoo: correggilo prima del test.");
    expect(outcome.finding?.docs.startsWith("/it/")).toBe(true);
    expect(outcome.finding?.evidence).toEqual(['JSON del client: "installed" (app desktop)']);
  });

  it("names a rule's reason in the run's language", () => {
    const uri = "http://erp.acme-industries.com/google_gmail/confirm";
    const en = preflight({ ...base, mode: "odoo", redirectUri: uri });
    const it = preflight({ ...base, lang: "it", mode: "odoo", redirectUri: uri });
    expect(en.finding?.evidence).toEqual([`${uri} (http://, not https://)`]);
    expect(it.finding?.evidence).toEqual([`${uri} (http:// invece di https://)`]);
  });
});
