import { describe, expect, it } from "vitest";
import { evaluateProbe } from "../../core/odoo-probe/evaluate.ts";
import { probeMarkdown, requestProbe } from "./report.ts";

const report = {
  lang: "en" as const,
  ...evaluateProbe(
    {
      url: "https://erp.example.com",
      reach: { ok: true, https: true, status: 200 },
      version: { serverVersion: "17.0", serie: "17.0", major: 17, enterprise: false },
      callbackRoute: "present",
      auth: { ok: true, admin: true, login: "admin", db: "prod", protocol: "jsonrpc" },
      params: { webBaseUrl: "http://erp.example.com", freeze: false, clientIdSet: true, clientSecretSet: true },
      module: "installed",
      views: { gmailView: true, connectButton: false, authorizationCodeField: true },
      outgoing: [],
      failedMails: [],
    },
    "en",
  ),
};

describe("probeMarkdown", () => {
  it("lists every check and each finding with its fix, values as code", () => {
    const md = probeMarkdown(report, "en");
    expect(md).toMatch(/^# Check my Odoo: `https:\/\/erp\.example\.com`/);
    expect(md).toContain("**failed** — web.base.url and web.base.url.freeze");
    expect(md).toContain("### Error: The Google Gmail module is not upgraded in the database");
    expect(md).toMatch(/- `probe|- `ir\.ui\.view/);
  });

  it("writes Italian labels in Italian", () => {
    expect(probeMarkdown(report, "it")).toContain("## Controlli");
  });
});

describe("requestProbe", () => {
  it("returns the problem's detail on a refusal, and status 0 when the companion is unreachable", async () => {
    const refused = await requestProbe({ odooUrl: "http://10.0.0.1", lang: "en" }, async () =>
      Response.json({ detail: "refused" }, { status: 422 }),
    );
    expect(refused).toEqual({ ok: false, status: 422, detail: "refused" });
    const down = await requestProbe({ odooUrl: "x", lang: "en" }, async () => {
      throw new TypeError("fetch failed");
    });
    expect(down).toEqual({ ok: false, status: 0 });
  });
});
