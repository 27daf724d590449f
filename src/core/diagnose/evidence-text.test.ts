import { describe, expect, it } from "vitest";
import { checkOdooRedirectUri, hasPlaceholder } from "../redirect-uri/rules.ts";
import { diagnose } from "./diagnose.ts";
import { phrase, reasonPhrase, renderEvidence } from "./evidence-text.ts";

describe("evidence phrases", () => {
  it("name every reason the redirect URI rules give", () => {
    const uris = [
      "http://erp.acme.com/google_gmail/confirm",
      "https://203.0.113.9/google_gmail/confirm",
      "https://erp.acme.internal/google_gmail/confirm",
      "https://erp/google_gmail/confirm",
      "https://user:pw@erp.acme.com/google_gmail/confirm",
      "https://erp.acme.com:80a/google_gmail/confirm",
      "ftp://erp.acme.com/google_gmail/confirm",
      "https://x.googleusercontent.com/google_gmail/confirm",
      "https://goo.gl/google_gmail/confirm",
      "https://erp.acme.com/google_gmail/confirm#x",
      "https://*.acme.com/google_gmail/confirm",
      "https://erp.acme.com/a/../google_gmail/confirm",
      "https://erp.acme.com/google_gmail/confirm%00",
      "https://erp.acme.com/google_gmail/confirm%zz",
      " https://erp.acme.com/google_gmail/confirm",
      "erp.acme.com",
      "urn:ietf:wg:oauth:2.0:oob",
      "https://erp.acme.com/google_gmail/confirm?x=1",
      "https://erp.acme.com/google_gmail/confirm/",
      "https://erp.acme.com//google_gmail/confirm",
      "https://erp.acme.com/",
      "https://erp.acme.com/Google_Gmail/Confirm",
      "https://erp.acme.com/auth_oauth/signin",
      "https://erp.acme.com/odoo/google_gmail/confirm",
      "https://erp.acme.com/google-gmail/confirm",
      "https://erp.acme.com/web",
      "https://{db}.odoo.com/google_gmail/confirm",
      "https://erp.example.com/google_gmail/confirm",
    ];
    const reasons = new Set(uris.flatMap((uri) => checkOdooRedirectUri(uri).map((p) => p.reason)));
    expect(reasons.size).toBeGreaterThan(20);
    for (const reason of reasons) {
      if (hasPlaceholder(`https://${reason}.odoo.com`) === reason) continue; // a quoted placeholder word
      expect(typeof reasonPhrase(reason), reason).toBe("object");
    }
  });

  it("are written in the answer's language, with quoted input untouched", () => {
    const line = phrase("odoo-sends", { sent: "http://x.it/google_gmail/confirm", registered: phrase("none") });
    expect(renderEvidence(line, "en")).toBe("Odoo sends http://x.it/google_gmail/confirm; registered: none");
    expect(renderEvidence(line, "it")).toBe("Odoo invia http://x.it/google_gmail/confirm; registrati: nessuno");
    const it = diagnose(
      {
        redirectUri: "http://192.168.1.5/google_gmail/confirm",
        consent: { publishingStatus: "testing", testUsers: [] },
      },
      "it",
    );
    const lines = it.findings.flatMap((f) => f.evidence).join("\n");
    expect(lines).toContain("URI di reindirizzamento: http://192.168.1.5/google_gmail/confirm (un indirizzo IP)");
    expect(lines).toContain("testUsers: nessuno");
    expect(lines).not.toMatch(/internal host|registered:|not among/);
  });
});
