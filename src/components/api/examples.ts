/** curl examples and real example answers for the API reference, per language. */
import { diagnose } from "../../core/diagnose/diagnose.ts";
import { catalog, catalogEntry } from "../../core/findings/catalog.ts";
import type { Lang } from "../../core/lang.ts";
import { evaluateProbe } from "../../core/odoo-probe/evaluate.ts";
import type { ProbeFacts } from "../../core/odoo-probe/facts.ts";
import { buildRedirectUri } from "../../core/redirect-uri/builder.ts";

export const EXAMPLE_BASE = "http://127.0.0.1:4321";
const REDIRECT_EXAMPLE = "http://erp.acme-industries.com";

const DIAGNOSE_BODY: Record<Lang, { lang: Lang; errorText: string }> = {
  en: {
    lang: "en",
    errorText:
      "Error 400: redirect_uri_mismatch\nRequest details: redirect_uri=http://erp.acme-industries.com/google_gmail/confirm",
  },
  it: {
    lang: "it",
    errorText:
      "Errore 400: redirect_uri_mismatch\nDettagli richiesta: redirect_uri=http://erp.acme-industries.com/google_gmail/confirm",
  },
};

const PROBE_BODY = {
  odooUrl: "https://erp.acme-industries.com",
  db: "acme",
  login: "admin@acme-industries.com",
  apiKey: "<your API key>",
};

/** What a probe of an Odoo behind a proxy without proxy_mode finds (the judge's real answer to these facts). */
const PROBE_FACTS: ProbeFacts = {
  url: "https://erp.acme-industries.com",
  reach: { ok: true, https: true, status: 200 },
  version: { serverVersion: "17.0", serie: "17.0", major: 17, enterprise: false },
  callbackRoute: "present",
  auth: { ok: true, admin: true, db: "acme", login: "admin@acme-industries.com", protocol: "jsonrpc" },
  params: { webBaseUrl: "http://erp.acme-industries.com", freeze: false, clientIdSet: true, clientSecretSet: true },
  module: "installed",
  views: { gmailView: true, connectButton: true, authorizationCodeField: false },
  outgoing: [],
  failedMails: [],
};

export function curlExample(method: string, path: string, lang: Lang): string {
  if (method === "POST" && path === "/odoo/probe") {
    return [
      `curl -s -X POST ${EXAMPLE_BASE}/api/odoo/probe \\`,
      "  -H 'content-type: application/json' \\",
      `  -d '${JSON.stringify({ ...PROBE_BODY, lang })}'`,
    ].join("\n");
  }
  if (method === "POST" && path === "/diagnose") {
    return [
      `curl -s -X POST ${EXAMPLE_BASE}/api/diagnose \\`,
      "  -H 'content-type: application/json' \\",
      `  -d '${JSON.stringify(DIAGNOSE_BODY[lang])}'`,
    ].join("\n");
  }
  const query =
    path === "/findings"
      ? `?lang=${lang}`
      : path === "/redirect-uri"
        ? `?odooUrl=${encodeURIComponent(REDIRECT_EXAMPLE)}&odooVersion=17.0&lang=${lang}`
        : "";
  return `curl -s ${EXAMPLE_BASE}/api${path}${query}`;
}

/** The engine's real answer to the curl example, shortened to its first finding. */
export function exampleAnswer(method: string, path: string, lang: Lang, version: string): string {
  if (method === "POST" && path === "/odoo/probe") {
    const report = evaluateProbe(PROBE_FACTS, lang);
    const checks = report.checks.filter((c) => c.id === "web-base-url" || c.id === "redirect-uri");
    return JSON.stringify({ lang, ...report, checks, findings: report.findings.slice(0, 1) }, null, 2);
  }
  if (method === "POST" && path === "/diagnose") {
    const result = diagnose(DIAGNOSE_BODY[lang], lang);
    return JSON.stringify({ ...result, findings: result.findings.slice(0, 1) }, null, 2);
  }
  if (path === "/redirect-uri") {
    const built = buildRedirectUri(REDIRECT_EXAMPLE, "17.0");
    const first = built.problems[0];
    const findings = first ? [{ ...catalogEntry(first.id, lang), evidence: [first.reason] }] : [];
    return JSON.stringify({ lang, uri: built.uri, base: built.base, odooOnline: built.odooOnline, findings }, null, 2);
  }
  if (path === "/findings") return JSON.stringify({ lang, findings: catalog(lang).slice(0, 1) }, null, 2);
  return JSON.stringify({ status: "ok", version }, null, 2);
}
