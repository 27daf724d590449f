/**
 * Removes secrets from text before it is echoed (evidence, reports) or shown: client secrets,
 * authorization codes, access and refresh tokens, bearer headers and XOAUTH2 blobs, password fields.
 */
export const REDACTION_RULES: readonly (readonly [RegExp, string])[] = [
  [/GOCSPX-[A-Za-z0-9_-]{4,}/g, "GOCSPX-…"],
  [/\bya29\.[A-Za-z0-9._-]+/g, "ya29.…"],
  [/\b1\/\/[A-Za-z0-9._-]{8,}/g, "1//…"],
  [/\b4\/[0-9A-Za-z][A-Za-z0-9._/-]{8,}/g, "4/…"],
  [/\b4%2F[0-9A-Za-z][A-Za-z0-9._%-]{8,}/gi, "4%2F…"],
  [/\b(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, "$1 …"],
  [/\b(AUTH\s+(?:XOAUTH2|OAUTHBEARER|PLAIN|LOGIN))\s+[A-Za-z0-9+/=]{8,}/gi, "$1 …"],
  [/\bdXNlcj[A-Za-z0-9+/=]{16,}/g, "…"],
  [/\b(code|access_token|refresh_token|id_token|client_secret|password|code_verifier|token)=([^&\s"'<>]+)/gi, "$1=…"],
  [/("(?:access_token|refresh_token|id_token|client_secret|code|password|code_verifier)"\s*:\s*")[^"]*(")/gi, "$1…$2"],
];

/**
 * Every rule's match contains one of these (case aside): text without any of them has nothing to
 * redact, so most excerpts skip the ten rules. Keep it a superset when a rule is added.
 */
const MAY_HOLD_SECRET = /GOCSPX-|ya29\.|1\/\/|4\/|4%2F|bearer|auth|dXNlcj|code|token|secret|password/i;

export function redact(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of REDACTION_RULES) out = out.replace(pattern, replacement);
  return out;
}

/** A short, single-line, redacted excerpt for evidence lists. */
export function excerpt(text: string, max = 200): string {
  const line = redact(text).replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
