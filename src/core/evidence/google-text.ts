/**
 * Google's side in pasted text, English or Italian: error pages ("Error 400: redirect_uri_mismatch",
 * "Errore 400: …"), token-endpoint JSON and library messages ("invalid_grant: Token has been expired
 * or revoked."), the unverified-app screen, and the redirect URI named in "Request details".
 */

import { lineAround, matchLine, type Signal } from "../diagnose/signal.ts";
import type { FindingId } from "../findings/ids.ts";
import { excerpt } from "../redact.ts";

/** Google error codes and the finding each one means when nothing more specific is known. */
const CODE_FINDINGS: Record<string, FindingId> = {
  redirect_uri_mismatch: "redirect-uri-mismatch",
  invalid_client: "invalid-client",
  unauthorized_client: "invalid-client",
  deleted_client: "deleted-client",
  org_internal: "org-internal",
  admin_policy_enforced: "admin-policy-enforced",
  access_not_configured: "admin-policy-enforced",
  disallowed_useragent: "disallowed-useragent",
  invalid_scope: "scope-insufficient",
};

const CODE_PATTERN =
  /\b(redirect_uri_mismatch|invalid_client|unauthorized_client|deleted_client|org_internal|admin_policy_enforced|access_not_configured|disallowed_useragent|invalid_scope|invalid_grant|invalid_request|access_denied|invalid_rapt)\b/gi;

const TEST_USERS =
  /being tested|developer[- ]approved testers|has not completed the (?:Google )?verification process|in fase di test|tester approvati|non ha completato la (?:procedura|verifica)/i;
const UNVERIFIED =
  /Google hasn.?t verified this app|This app is blocked|Google blocked this access|Questa app è (?:stata )?bloccata|Google ha bloccato questo accesso|Google has not verified this app|Google non ha verificato (?:questa |l.)app|app non verificata|unverified app|Go to .{1,80}\(unsafe\)|Vai a .{1,80}\(non sicur[oa]\)/i;
const CODE_PROBLEMS =
  /Code was already redeemed|Malformed auth code|code verifier|verifier is not needed|invalid code|codice (?:già|non valido)/i;
const EXPIRED = /Token has been expired or revoked|expired or revoked|token (?:è )?scadut|revocat/i;
const OOB =
  /urn:ietf:wg:oauth:2\.0:oob|out-of-band|\boob\b flow|can only be used by a Client ID for native application/i;
/** Google's wording for invalid_request pages; with that code it points at the blocked OOB flow. */
const SECURE_APPS_POLICY = /keeping apps secure|per la protezione delle app|per mantenere (?:le app|sicure)/i;
const NOT_FOUND = /The OAuth client was not found|client OAuth non (?:è stato )?trovato/i;
const DELETED = /The OAuth client was deleted|client OAuth (?:è stato )?eliminato/i;
const GOOGLE_UNAVAILABLE =
  /(?:ETIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|timed? ?out|\b50[0234]\b|Service Unavailable|Internal Server Error)[\s\S]{0,100}(?:oauth2\.googleapis\.com|accounts\.google\.com|www\.googleapis\.com)|(?:oauth2\.googleapis\.com|accounts\.google\.com)[\s\S]{0,100}(?:ETIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|timed? ?out|Read timed out|\b50[0234]\b|Service Unavailable)/i;
const REQUEST_DETAILS =
  /(?:Request details|Dettagli (?:della )?richiesta)\s*:?\s*[\s\S]{0,200}?redirect_uri=([^\s"'<>]+)/i;
const OLD_WORDING =
  /(?:The redirect URI in the request|L.URI di reindirizzamento nella richiesta),?\s*([^\s,]+),?\s*(?:does not match|non corrisponde)/i;
/** A token or tokeninfo JSON body: its granted scopes (Gmail over SMTP needs https://mail.google.com/). */
/** The scope Gmail's SMTP needs (any narrower Gmail scope is refused at AUTH). */
export const MAIL_SCOPE = "https://mail.google.com/";
const TOKEN_JSON_KEY = /"(?:access_token|token_type|azp|expires_in)"\s*:/;
const JSON_SCOPE = /"scope"\s*:\s*"([^"]*)"/;
/"(?:access_token|token_type|azp|expires_in)"[\s\S]{0,4000}?"scope"\s*:\s*"([^"]*)"|"scope"\s*:\s*"([^"]*)"[\s\S]{0,4000}?"(?:access_token|token_type|azp|expires_in)"/;
const BARE_REDIRECT = /\bredirect_uri=([^\s&"'<>]+)/i;

/** The redirect URI Google says it received, if the text names one. */
export function sentRedirectUri(text: string): string | undefined {
  const found = REQUEST_DETAILS.exec(text)?.[1] ?? OLD_WORDING.exec(text)?.[1] ?? BARE_REDIRECT.exec(text)?.[1];
  if (!found) return undefined;
  const cleaned = found.replace(/[.,;)\]]+$/, "");
  try {
    return /%[0-9a-f]{2}/i.test(cleaned) && !cleaned.includes("://") ? decodeURIComponent(cleaned) : cleaned;
  } catch {
    return cleaned;
  }
}

export function googleTextSignals(text: string): Signal[] {
  const signals: Signal[] = [];
  const add = (id: FindingId, evidence: string | undefined, boost = 0) => {
    if (evidence) signals.push({ id, evidence: excerpt(evidence), boost });
  };
  // Each code once, with the line where it first appears.
  const codes = new Map<string, string>();
  for (const match of text.matchAll(CODE_PATTERN)) {
    const code = (match[1] ?? "").toLowerCase();
    if (!codes.has(code)) codes.set(code, lineAround(text, match.index, match[0]));
  }
  for (const [code, line] of codes) {
    const mapped = CODE_FINDINGS[code];
    if (mapped) add(mapped, line, 3);
    else if (code === "invalid_grant") {
      if (CODE_PROBLEMS.test(text)) add("auth-code-invalid", matchLine(text, CODE_PROBLEMS) ?? line, 4);
      else if (EXPIRED.test(text)) add("testing-token-expired", matchLine(text, EXPIRED) ?? line, 4);
      else if (/Bad Request/i.test(text)) add("auth-code-invalid", line, 2);
      else add("testing-token-expired", line, 1);
    } else if (code === "invalid_rapt") add("admin-policy-enforced", line, 3);
    else if (code === "access_denied") {
      if (TEST_USERS.test(text) || /\b(?:Error|Errore|Erreur)\s*403\b/i.test(text)) add("test-user-missing", line, 3);
      else add("consent-cancelled", line, 2);
    } else if (code === "invalid_request") {
      if (OOB.test(text)) add("oob-flow-blocked", matchLine(text, OOB) ?? line, 6);
      else if (SECURE_APPS_POLICY.test(text)) add("oob-flow-blocked", matchLine(text, SECURE_APPS_POLICY) ?? line, 3);
    }
  }
  if (!codes.has("access_denied") && TEST_USERS.test(text)) add("test-user-missing", matchLine(text, TEST_USERS), 2);
  if (UNVERIFIED.test(text)) add("app-unverified", matchLine(text, UNVERIFIED), 3);
  if (!codes.has("invalid_grant") && EXPIRED.test(text) && /token/i.test(text))
    add("testing-token-expired", matchLine(text, EXPIRED), 2);
  if (!codes.has("invalid_grant") && CODE_PROBLEMS.test(text))
    add("auth-code-invalid", matchLine(text, CODE_PROBLEMS), 2);
  if (OOB.test(text)) add("oob-flow-blocked", matchLine(text, OOB), 6);
  if (GOOGLE_UNAVAILABLE.test(text)) add("google-unavailable", matchLine(text, GOOGLE_UNAVAILABLE), 3);
  if (NOT_FOUND.test(text)) add("invalid-client", matchLine(text, NOT_FOUND), 3);
  if (DELETED.test(text)) add("deleted-client", matchLine(text, DELETED), 4);
  const scope = TOKEN_JSON_KEY.test(text) ? JSON_SCOPE.exec(text)?.[1] : undefined;
  if (scope !== undefined && !scope.split(/\s+/).includes(MAIL_SCOPE)) {
    signals.push({ id: "scope-insufficient", evidence: excerpt(`"scope": "${scope}"`), boost: 4 });
  }
  return signals;
}
