import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose.ts";
import { hasEvidence } from "./evidence.ts";
import { probeSignals, withProbeFacts } from "./probe-evidence.ts";

describe("a probe result as evidence", () => {
  it("its findings become findings, with the probe's evidence lines", () => {
    const diagnosis = diagnose(
      {
        probe: {
          findings: [
            { id: "odoo-module-outdated", evidence: ["ir.ui.view ir.mail_server: google_gmail_authorization_code"] },
          ],
        },
      },
      "en",
    );
    expect(diagnosis.findings[0]?.id).toBe("odoo-module-outdated");
    expect(diagnosis.findings[0]?.evidence).toEqual([
      "probe: ir.ui.view ir.mail_server: google_gmail_authorization_code",
    ]);
  });

  it("unknown ids are ignored and evidence lines are redacted", () => {
    const signals = probeSignals({
      findings: [{ id: "made-up" }, { id: "smtp-password-auth", evidence: ["client_secret=GOCSPX-abcdefghijklmnop"] }],
    });
    expect(signals).toEqual([{ id: "smtp-password-auth", evidence: "probe: client_secret=…" }]);
  });

  it("its Odoo URL and version fill the fields the request left out, never override them", () => {
    const probe = { odoo: { url: "http://erp.example.com", serie: "17.0" } };
    expect(withProbeFacts({ probe })).toMatchObject({ odooUrl: "http://erp.example.com", odooVersion: "17.0" });
    expect(withProbeFacts({ probe, odooUrl: "https://x.example.com" }).odooUrl).toBe("https://x.example.com");
    const diagnosis = diagnose({ probe }, "it");
    expect(diagnosis.findings.map((f) => f.id)).toContain("redirect-uri-insecure-http");
  });

  it("counts as evidence", () => {
    expect(hasEvidence({ probe: { findings: [] } })).toBe(true);
    expect(hasEvidence({ probe: {} })).toBe(false);
  });
});
