/**
 * What the admin pastes back: in Odoo mode, the address Odoo's Forbidden page shows (Google's answer
 * in its query, possibly wrapped in /web/login?redirect=… when the browser was not logged in to Odoo);
 * in any mode, Google's error page (its address or its text) when Google refused before consent. The
 * first is read as a callback; the second goes through the diagnose engine.
 */
import { diagnose, type Finding } from "../../src/core/diagnose/diagnose.ts";
import { urlsIn } from "../../src/core/evidence/url-signals.ts";
import type { Lang } from "../../src/core/lang.ts";

export type PasteReading =
  | { kind: "callback"; params: URLSearchParams }
  | { kind: "diagnosed"; finding: Finding }
  | { kind: "unreadable" };

const LOGIN_PATH = /\/(?:web|odoo)\/login\/?$/;
const MAX_NESTING = 3;

/** The query of Google's redirect in a pasted address (login redirects unwrapped), if it is one. */
export function callbackParams(raw: string): URLSearchParams | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  for (let depth = 0; depth < MAX_NESTING; depth++) {
    const nested = url.searchParams.get("redirect");
    if (!LOGIN_PATH.test(url.pathname) || !nested) break;
    try {
      url = new URL(nested, url.origin);
    } catch {
      return undefined;
    }
  }
  const params = url.searchParams;
  return params.has("state") && (params.has("code") || params.has("error")) ? params : undefined;
}

/** Odoo's own answers (Forbidden) are expected in Odoo mode and say nothing about Google. */
function aboutGoogle(finding: Finding): boolean {
  return !finding.id.startsWith("odoo-") && (finding.severity === "error" || finding.id === "consent-cancelled");
}

export function readPaste(input: { url?: string | undefined; text?: string | undefined }, lang: Lang): PasteReading {
  const candidates = [...(input.url ? [input.url] : []), ...urlsIn(input.text ?? "")];
  for (const candidate of candidates) {
    const params = callbackParams(candidate);
    if (params) return { kind: "callback", params };
  }
  const evidence: { url?: string; errorText?: string } = {};
  if (input.url?.trim()) evidence.url = input.url.trim();
  if (input.text?.trim()) evidence.errorText = input.text.trim();
  const finding = diagnose(evidence, lang).findings.find(aboutGoogle);
  return finding ? { kind: "diagnosed", finding } : { kind: "unreadable" };
}
