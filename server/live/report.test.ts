import { describe, expect, it } from "vitest";
import { findingOf } from "./finding-map.ts";
import { type LiveRecord, STEP_IDS } from "./model.ts";
import { reportJson, reportMarkdown } from "./report.ts";
import { Secret } from "./secret.ts";

function record(lang: "en" | "it"): LiveRecord {
  return {
    run: {
      id: "kP3w0J9c2qXbq1tZ5uYvVw",
      status: "failed",
      provider: "google",
      mode: "odoo",
      lang,
      email: "sales@example.com",
      redirectUri: "https://erp.example.com/google_gmail/confirm",
      authUrl: "https://accounts.google.com/o/oauth2/v2/auth?state=kP3w0J9c2qXbq1tZ5uYvVw.nonce",
      createdAt: "2026-01-01T10:00:00.000Z",
      expiresAt: "2026-01-01T10:15:00.000Z",
      steps: STEP_IDS.map((id) => ({
        id,
        status: id === "token" ? "failed" : id === "cleanup" || id === "preflight" ? "passed" : "skipped",
        title: `Attempting ${id} | pipe`,
        result: id === "token" ? "Google said ya29.a0AfB_secret-token-value" : "ok",
        elapsedMs: id === "token" ? 12 : null,
        ...(id === "token"
          ? {
              finding: findingOf("invalid-client", lang, ["invalid_client: Unauthorized"]),
              details: ["code=4/0Aabcdefghijk"],
            }
          : {}),
      })),
      sendsLeft: 3,
    },
    clientId: "id",
    stateNonce: "nonce",
    createdAtMs: 0,
    expiresAtMs: 0,
    endpoints: {
      oauth2AuthBaseUrl: "",
      oauth2TokenUrl: "",
      oauth2RevokeUrl: "https://oauth2.googleapis.com/revoke",
      tokenInfoUrl: "",
      userinfoUrl: "",
    },
    smtp: { host: "smtp.gmail.com", port: 587 },
    sending: false,
    secrets: {
      clientSecret: new Secret("GOCSPX-abcdefghijklmnopqrstuvwxyz12"),
      refreshToken: new Secret("1//0gSecretRefresh"),
    },
  };
}

describe("report", () => {
  it("JSON: the run without its authorization URL, the grant note, redacted", () => {
    const report = reportJson(record("en"));
    const text = JSON.stringify(report);
    expect(report.run).not.toHaveProperty("authUrl");
    expect(report.grant).toMatchObject({ revoked: false });
    expect(report.grant.howToRevoke).toContain("https://myaccount.google.com/connections");
    expect(report.grant.howToRevoke).toContain("POST https://oauth2.googleapis.com/revoke?token=…");
    expect(text).not.toMatch(/ya29\.a0|4\/0Aabc|GOCSPX-a|1\/\/0g|nonce/);
  });

  it("Markdown: a table of steps, findings with fix steps and absolute guide links, the revoke note", () => {
    const md = reportMarkdown(record("it"), "https://companion.example.com");
    expect(md.startsWith("# Test di connessione dal vivo: non riuscito")).toBe(true);
    expect(md).toContain("| 4 | Attempting token \\| pipe | non riuscito | Google said ya29.… | 12 ms |");
    expect(md).toContain("(`invalid-client`, error)");
    expect(md).toContain("Guida: https://companion.example.com/it/troubleshooting/#invalid-client");
    expect(md).toMatch(/\n1\. /);
    expect(md).toContain("## Autorizzazione non revocata — come revocarla a mano");
    expect(md).toContain("https://myaccount.google.com/connections");
    expect(md).not.toMatch(/ya29\.a0|4\/0Aabc|GOCSPX-a|1\/\/0g/);
  });

  it("Markdown: quoted input is shown as it is, never as Markdown or HTML", () => {
    const r = record("en");
    r.run.email = "a`b <script>alert(1)</script> [x](javascript:y)\n# heading";
    r.run.redirectUri = "https://x.com/google_gmail/confirm`<img src=x onerror=y>`";
    const step = r.run.steps[0];
    if (step) step.details = ["<b>bold</b> *x* [l](http://e.example)"];
    const md = reportMarkdown(r, "https://companion.example.com");
    expect(md).toContain("- Account: `a'b <script>alert(1)</script> [x](javascript:y) # heading`");
    expect(md).toContain("`https://x.com/google_gmail/confirm'<img src=x onerror=y>'`");
    expect(md).toContain("- \\<b\\>bold\\</b\\> \\*x\\* \\[l\\](http://e.example)");
    expect(md).not.toMatch(/^# heading/m);
  });
});
