/**
 * Removes secrets from text before it is echoed (evidence, reports) or shown: client secrets (also
 * the older ones without GOCSPX-), authorization codes, access and refresh tokens, bearer headers and
 * XOAUTH2 blobs, password fields. Secrets are found by their own shape (even glued to other words)
 * and by the name they are given, however it is written: a query or form field, JSON (also escaped
 * inside a string or URL-encoded), a Python dict, a JavaScript object, a YAML line, a console label.
 */
const KEY =
  "access[_-]?token|refresh[_-]?token|id[_-]?token|client[_-]?secret|code[_-]?verifier|password|passwd|secret|code|token";
/** Names whose value is always secret, even bare and unquoted ("client_secret: AbC…"), also prefixed (Odoo's google_gmail_client_secret). */
const SECRET_KEY =
  "[\\w.-]{0,40}(?:access[_-]?token|refresh[_-]?token|id[_-]?token|client[_-]?secret|code[_-]?verifier|password|passwd)";
/** A quoted name in JSON or a Python dict: any of the above. */
const NAME = `${SECRET_KEY}|${KEY}`;

export const REDACTION_RULES: readonly (readonly [RegExp, string])[] = [
  [/\b(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, "$1 …"],
  [/\b(AUTH\s+(?:XOAUTH2|OAUTHBEARER|PLAIN|LOGIN))\s+[A-Za-z0-9+/=]{8,}/gi, "$1 …"],
  [/dXNlcj[A-Za-z0-9+/=]{16,}/g, "…"],
  // key=value in queries, forms and keyword arguments (client_secret='…' too).
  [new RegExp(`\\b(${NAME})=(?:'[^']*'|"[^"]*"|[^&\\s"'<>]+)`, "gi"), "$1=…"],
  // "key": "value" in JSON, also escaped inside a string (\"key\": \"value\").
  [new RegExp(`((?:\\\\)*"(?:${NAME})(?:\\\\)*"\\s*:\\s*(?:\\\\)*")(?:[^"\\\\]|\\\\(?!"))*`, "gi"), "$1…"],
  // 'key': 'value' in a Python dict.
  [new RegExp(`('(?:${NAME})'\\s*:\\s*')[^']*`, "gi"), "$1…"],
  // key: "value" / key: 'value' in a JavaScript object or YAML.
  [new RegExp(`(\\b(?:${SECRET_KEY})\\s*:\\s*["'])[^"'\\n]*`, "gi"), "$1…"],
  // A bare, unquoted value after a secret's name (YAML, logs, console labels).
  [new RegExp(`(\\b(?:${SECRET_KEY})\\s*[:=]\\s*)(?!…)[A-Za-z0-9._~+/-]{8,}`, "gi"), "$1…"],
  // "key":"value" URL-encoded (a token answer pasted from an address bar or a log).
  [new RegExp(`(%22(?:${NAME})%22(?:%20|\\+)*%3A(?:%20|\\+)*%22)(?:(?!%22).)*`, "gi"), "$1…"],
  // The console's label followed by the value ("Client secret  AbCd…", "Segreto client …").
  [/\b(client[ _-]?secret|segreto(?: del)? client)(\s*[:=]?\s*)(?!…)[A-Za-z0-9_-]{20,}/gi, "$1$2…"],
  // Secrets by their own shape, last: a shape glued to a name ("4/client_secret=…") must not swallow the
  // name before the rules above have removed the value after it.
  [/GOCSPX-[A-Za-z0-9_-]{4,}/g, "GOCSPX-…"],
  [/ya29\.[A-Za-z0-9._-]+/g, "ya29.…"],
  [/1\/\/0[A-Za-z0-9._-]{8,}/g, "1//…"],
  [/\b1\/\/[A-Za-z0-9._-]{8,}/g, "1//…"],
  [/1%2F%2F0[A-Za-z0-9._%-]{8,}/gi, "1%2F%2F…"],
  [/4\/0[A-Za-z][A-Za-z0-9._/-]{8,}/g, "4/…"],
  [/\b4\/[0-9A-Za-z][A-Za-z0-9._/-]{8,}/g, "4/…"],
  [/4%2F0[A-Za-z][A-Za-z0-9._%-]{8,}/gi, "4%2F…"],
  [/\b4%2F[0-9A-Za-z][A-Za-z0-9._%-]{8,}/gi, "4%2F…"],
];

/**
 * Every rule's match contains one of these (case aside): text without any of them has nothing to
 * redact, so most excerpts skip the rules. Keep it a superset when a rule is added.
 */
const MAY_HOLD_SECRET = /GOCSPX-|ya29\.|1\/\/|1%2F%2F|4\/|4%2F|bearer|auth|dXNlcj|code|token|secret|passw|segreto/i;

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
