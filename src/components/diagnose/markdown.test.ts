import { describe, expect, it } from "vitest";
import type { Diagnosis } from "../../core/diagnose/diagnose.ts";
import { diagnosisMarkdown } from "./markdown.ts";
import { strings } from "./strings.ts";

const diagnosis: Diagnosis = {
  lang: "en",
  findings: [
    {
      id: "redirect-uri-insecure-http",
      severity: "error",
      title: "Odoo sends an http:// redirect URI (reverse proxy)",
      explanation: "Set `proxy_mode`.",
      fix: ["Set `proxy_mode = True`.", "Log in again."],
      docs: "/troubleshooting/#redirect-uri-insecure-http",
      evidence: ["odooUrl http://erp.example.com"],
    },
    {
      id: "testing-weekly-reauth",
      severity: "warning",
      title: "Testing status",
      explanation: "Tokens expire after 7 days.",
      fix: [],
      docs: "/troubleshooting/#testing-token-expired",
      evidence: [],
    },
  ],
};

describe("diagnosisMarkdown", () => {
  it("numbers the findings with their severity, fix steps, evidence and absolute links", () => {
    const md = diagnosisMarkdown(diagnosis, strings.en, "https://help.example.com");
    expect(md).toBe(
      [
        "## Gmail ↔ Odoo OAuth diagnosis",
        "",
        "1. **Error: Odoo sends an http:// redirect URI (reverse proxy)** (`redirect-uri-insecure-http`)",
        "",
        "   Set `proxy_mode`.",
        "",
        "   Fix:",
        "",
        "   1. Set `proxy_mode = True`.",
        "   2. Log in again.",
        "",
        "   Evidence:",
        "",
        "   - odooUrl http://erp.example.com",
        "",
        "   Read more: https://help.example.com/troubleshooting/#redirect-uri-insecure-http",
        "",
        "2. **Warning: Testing status** (`testing-weekly-reauth`)",
        "",
        "   Tokens expire after 7 days.",
        "",
        "   Read more: https://help.example.com/troubleshooting/#testing-token-expired",
        "",
      ].join("\n"),
    );
  });

  it("writes the labels in Italian and adds the hint when there is no finding", () => {
    const md = diagnosisMarkdown(
      { lang: "it", findings: [], hint: "Incolla il testo esatto." },
      strings.it,
      "http://x",
    );
    expect(md).toBe("## Diagnosi Gmail ↔ Odoo OAuth\n\nIncolla il testo esatto.\n");
  });
});
