/**
 * Google's side in pasted text, in any language around a code: error pages ("Error 400:
 * redirect_uri_mismatch", "Errore 400: …", "Erreur 400 : …"), codes written loosely ("redirect uri
 * mismatch", "Disallowed user_agent"), token-endpoint JSON and library messages ("invalid_grant:
 * Token has been expired or revoked.") told apart by the step that failed (the code exchange or a
 * refresh), the unverified-app and test-user pages, the Cloud console's refusals of a redirect URI,
 * Gmail scopes narrower than https://mail.google.com/, and the redirect URI named in "Request details"
 * or in the older "The redirect URI in the request…" wording.
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
  policy_enforced: "policy-enforced",
  disallowed_useragent: "disallowed-useragent",
  invalid_scope: "scope-insufficient",
  invalid_rapt: "admin-policy-enforced",
};

/** Codes people also write with spaces, hyphens or capitals; `access_denied` and `invalid_request` are
 * too common as plain words (a firewall's "Access denied") to be read loosely. */
const LOOSE_CODES = [...Object.keys(CODE_FINDINGS), "invalid_grant"];
const STRICT_CODES = ["access_denied", "invalid_request"];

function loosePattern(code: string): string {
  const words = code.replace("useragent", "user_agent").split("_");
  // "redirect url mismatch", "redirect_uri_missmatch": how people retype it.
  const body = words.join("[\\s_-]*").replace("uri", "ur[il]").replace("mismatch", "mis+[\\s_-]*match");
  // "policy enforced" alone, not the end of "admin policy enforced".
  return code === "policy_enforced" ? `(?<!admin[\\s_-]{0,3})${body}` : body;
}

const CODE_PATTERN = new RegExp(`\\b(?:${[...LOOSE_CODES.map(loosePattern), ...STRICT_CODES].join("|")})\\b`, "gi");
const CANONICAL = new Map([...LOOSE_CODES, ...STRICT_CODES].map((code) => [code.replace(/_/g, ""), code]));
/** The spelling a code is looked up by: no separators, lower case, "url" read as "uri", one "s". */
const compact = (written: string) =>
  written
    .toLowerCase()
    .replace(/[\s_-]+/g, "")
    .replace(/^redirecturl/, "redirecturi")
    .replace(/mis+match$/, "mismatch");

/** The Google codes a text states, each with the line where it first appears. */
export function googleCodesIn(text: string): Map<string, string> {
  const codes = new Map<string, string>();
  for (const match of text.matchAll(CODE_PATTERN)) {
    const code = CANONICAL.get(compact(match[0]));
    if (code && !codes.has(code)) codes.set(code, lineAround(text, match.index, match[0]));
  }
  return codes;
}

/** Codes about the redirect URI itself, or answered before Google looked at it. */
export const REDIRECT_STAGE_CODES: ReadonlySet<string> = new Set(["redirect_uri_mismatch", "invalid_request"]);
/** Codes Google answers before it checks the redirect URI: the client itself is unknown or gone. */
export const CLIENT_STAGE_CODES: ReadonlySet<string> = new Set([
  "invalid_client",
  "unauthorized_client",
  "deleted_client",
]);

const TEST_USERS =
  /being tested|hasn't given you access to this app|non ti ha concesso l'accesso a questa app|developer[- ]approved testers|has not completed the (?:Google )?verification process|in fase di test|tester approvati|non ha completato la (?:procedura|verifica)|n'a pas (?:terminé|effectué) la (?:procédure|validation)|testeurs approuvés|no ha completado el proceso de verificación|testers aprobados|Bestätigungsverfahren von Google nicht abgeschlossen|vom Entwickler genehmigt|não concluiu o processo de verificação|testadores aprovados|doğrulama sürecini tamamlamadı/i;
const UNVERIFIED =
  /Google hasn't verified this app|has not been verified (?:yet )?by Google|This app is blocked|Google blocked this access|Questa app è (?:stata )?bloccata|Google ha bloccato questo accesso|Google has not verified this app|Google non ha verificato (?:questa |l.)app|app non verificata|unverified app|Go to .{1,80}\(unsafe\)|Vai a .{1,80}\(non sicur[oa]\)|Google n'a pas (?:validé|vérifié) cette application|Cette application est bloquée|Google no ha verificado esta aplicación|Esta aplicación está bloqueada|Google hat diese App nicht überprüft|Diese App (?:ist|wurde) blockiert|O Google não verificou este app|Este app está bloqueado|Google bu uygulamayı doğrulamadı|Bu uygulama engellendi/i;
const ADVANCED_PROTECTION =
  /Advanced Protection|Protezione avanzata|Protection avancée|Protección Avanzada|Erweiterte[rn]? Schutz|Proteção Avançada|Gelişmiş Koruma/i;
const CODE_PROBLEMS =
  /Code was already redeemed|Malformed auth code|code verifier|verifier is not needed|invalid code|codice (?:già|non valido)/i;
const EXPIRED = /Token has been expired or revoked|expired or revoked|token (?:è )?scadut|revocat/i;
const OOB =
  /urn:ietf:wg:oauth:2\.0:oob|out-of-band|\boob\b flow|can only be used by a Client ID for native application/i;
/** Google's wording for invalid_request pages; with that code it points at the blocked OOB flow. */
const SECURE_APPS_POLICY = /keeping apps secure|per la protezione delle app|per mantenere (?:le app|sicure)/i;
/** Google's page titles that come without their code, in the languages people paste them. */
const PAGE_TITLES: { pattern: RegExp; id: FindingId; code: string }[] = [
  {
    pattern:
      /This app's request is invalid|la richiesta di questa app non è valida|la demande de cette application n'est pas valide|la solicitud de esta aplicación no es válida|Die Anfrage dieser App ist ungültig|a solicitação deste app é inválida|Bu uygulamanın isteği geçersiz/i,
    id: "redirect-uri-mismatch",
    code: "redirect_uri_mismatch",
  },
  {
    pattern:
      /can only be used within its organization|può essere utilizzat[ao] solo all'interno della (?:sua )?organizzazione|ne peut être utilisée? qu'au sein de son organisation|solo se puede usar(?:se)? (?:dentro|en) (?:de )?su organización|kann nur innerhalb (?:der|seiner|ihrer) Organisation verwendet werden|só pode ser usado (?:dentro|na) (?:da )?(?:sua )?organização|yalnızca kendi kuruluşu içinde/i,
    id: "org-internal",
    code: "org_internal",
  },
  {
    pattern:
      /admin(?:istrator)? needs to review|Access to your account data is restricted by policies within your organization|l'amministratore .{0,40}deve (?:esaminare|verificare)|L'accesso ai dati del tuo account è limitato dai criteri della tua organizzazione/i,
    id: "admin-policy-enforced",
    code: "admin_policy_enforced",
  },
];
/** "It worked for a week, then stopped": the seven-day expiry of apps in Testing, said in words. */
const WEEKLY =
  /every (?:7|seven) days|after (?:about |roughly |exactly )?(?:a|one|1) week|after (?:7|seven) days|ogni (?:7|sette) giorni|dopo (?:circa |esattamente )?(?:una|1) settimana|dopo (?:7|sette) giorni|tous les (?:7|sept) jours|au bout d'une semaine|après (?:une semaine|7 jours)|cada (?:7|siete) días|después de (?:una semana|7 días)|alle (?:7|sieben) Tage|nach (?:einer Woche|7 Tagen)|a cada (?:7|sete) dias|depois de (?:uma semana|7 dias)|her (?:7|yedi) günde|bir hafta sonra/i;
const STOPPED =
  /stop|no longer|not (?:send|work)|reconnect|re-?authori[sz]|expire|invalid_grant|access token|non (?:invia|funziona) più|smett|ricolleg|scad|recupero del token|ne fonctionne plus|n'envoie plus|reconnecter|dej(?:a|ó) de|reconectar|funktioniert nicht mehr|neu verbinden|para de|parou|çalışmıyor|bağla/i;
const REGISTER_URI = /register the redirect URI|registra l.URI di reindirizzamento/i;
/** Gmail's API refusing a token without the scope it needs. */
const SCOPE_REFUSED = /insufficient authentication scopes|ACCESS_TOKEN_SCOPE_INSUFFICIENT|insufficientPermissions/i;
/** The console refusing an Authorized JavaScript origin: a redirect URI typed into the origins field. */
const ORIGIN_REFUSED = /Invalid Origin\b|Origine non valida/i;
const NOT_FOUND = /The OAuth client was not found|client OAuth non (?:è stato )?trovato/i;
const DELETED = /The OAuth client was deleted|client OAuth (?:è stato )?eliminato/i;
const GOOGLE_UNAVAILABLE =
  /(?:ETIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|timed? ?out|\b50[0234]\b|Service Unavailable|Internal Server Error)[\s\S]{0,100}(?:oauth2\.googleapis\.com|accounts\.google\.com|www\.googleapis\.com)|(?:oauth2\.googleapis\.com|accounts\.google\.com)[\s\S]{0,160}(?:ETIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|timed? ?out|Read timed out|\b50[0234]\b|Service Unavailable|Max retries exceeded|Failed to establish a new connection|Temporary failure in name resolution|Name or service not known|Connection refused|CERTIFICATE_VERIFY_FAILED)/i;
/** "Error 403" on Google's page, in the languages its pages come in. */
const STATUS_403 =
  /(?:\b(?:error|errore|erreur|fehler|erro|hata|fout|błąd|chyba|hiba|virhe|feil|fel|ошибка|помилка)|错误|錯誤|エラー|오류)\s*:?\s*403\b|\b403\s*[:.–-]?\s*access_denied/i;

/**
 * The Cloud console refusing a URI typed into the client ("Invalid Redirect: must end with a public
 * top-level domain (such as .com or .org).", "cannot contain a wildcard", …), English and Italian.
 */
const CONSOLE_REFUSAL =
  /Invalid Redirect\b|Invalid redirect URI|must end with a public top-level domain|cannot contain a wildcard|valid top private domain|must use (?:either http or )?https:?\/?\/? as the scheme|cannot contain (?:whitespace|a fragment|userinfo|a path traversal)|Reindirizzamento non valido|URI di reindirizzamento non valido|deve terminare con un dominio (?:pubblico )?di primo livello|non può contenere (?:un carattere jolly|caratteri jolly)|dominio privato di primo livello valido|Redirection non valide|Redirección no válida|Ungültige Weiterleitung/i;

/** A scope narrower than https://mail.google.com/ named in text ("gmail.send", "…/auth/gmail.compose"). */
const NARROW_GMAIL_SCOPE =
  /(?:https?:\/\/www\.googleapis\.com\/auth\/)?\bgmail\.(?:send|compose|modify|readonly|insert|labels|metadata|settings\.basic|settings\.sharing|addons\.[a-z.]+)\b/i;
const MAIL_SCOPE_NAMED = /https?:\/\/mail\.google\.com\/?(?![\w.-])/i;

/** The step an invalid_grant came from, when the text says. */
type GrantStage = "code" | "refresh" | "unknown";
const CODE_STAGE =
  /grant_type["'=:\s]{1,5}authorization_code|_fetch_gmail_refresh_token|google_gmail_authorization_code|\/google_gmail\/confirm|authorization code exchange|exchang(?:e|ing) the (?:authorization )?code|scambio del codice/i;
const REFRESH_STAGE =
  /grant_type["'=:\s]{1,5}refresh_token|_fetch_gmail_access_token|refreshAccessToken|refresh_access_token|RefreshError|\brefreshing\b|\brefresh(?:ing)? (?:the )?(?:access |oauth )?token|token refresh|failed to refresh|rinnovo del token|aggiornamento del token|rinnovare il token|Account has been deleted/i;
/** Odoo or a mail program logging in to Gmail: the token is refreshed there, the code is long gone. */
const SENDING =
  /Test Connection|Prova Connessione|Test di connessione|smtplib|_smtp_login|_connect__|mail\.mail|Mail delivery failed|fetchmail|\bIMAP\b|\bSMTP\b|XOAUTH2|"refresh_token"|refresh_token=/i;

function grantStage(text: string): GrantStage {
  if (REFRESH_STAGE.test(text)) return "refresh";
  if (CODE_STAGE.test(text)) return "code";
  return SENDING.test(text) ? "refresh" : "unknown";
}

const REQUEST_DETAILS =
  /(?:Request details|Dettagli (?:della )?richiesta|Détails de la requête|Detalles de la solicitud|Anfragedetails|Detalhes da solicitação)\s*:?\s*[\s\S]{0,200}?redirect_uri=(?:\s{1,2}(?=https?:|urn:))?([^\s"'<>]+)/i;
/** Google's older wording, in English ("…, X, does not match…" and "…: X did not match…") and Italian. */
const OLD_WORDING =
  /(?:The redirect URI in the request|L.URI di reindirizzamento nella richiesta|L.URI de redirection (?:dans|de) la (?:requête|demande)|El URI de redirecci(?:on)?amiento (?:en|de) la solicitud|Der Weiterleitungs-URI in der Anfrage|O URI de redirecionamento na solicitação)\s*[,:]?\s*([^\s,]+?)[,.]?\s+(?:does not match|did not match|non corrisponde|ne correspond pas|no coincide|stimmt nicht|não corresponde)/i;
const BARE_REDIRECT = /\bredirect_uri=(?:\s{1,2}(?=https?:|urn:))?([^\s&"'<>]+)/i;
/** Paths a redirect URI ends with; a URI cut by a line break ends before one of them. */
const CALLBACK_END = /\/(?:google_gmail\/confirm|google_account\/authentication|auth_oauth\/signin)$/;

/** The scope Gmail's SMTP needs (any narrower Gmail scope is refused at AUTH). */
export const MAIL_SCOPE = "https://mail.google.com/";
/** A token or tokeninfo JSON body: its granted scopes (Gmail over SMTP needs https://mail.google.com/). */
const TOKEN_JSON_KEY = /"(?:access_token|token_type|azp|expires_in)"\s*:/;
const JSON_SCOPE = /"scope"\s*:\s*"([^"]*)"/;

/** A URI that a screenshot's line break cut in two ("…/google_gmail/con" + "firm"), joined again. */
function joinBrokenLine(text: string, end: number, uri: string): string {
  if (CALLBACK_END.test(uri) || text[end] !== "\n") return uri;
  const next = /^([A-Za-z0-9._~%/-]{1,60})(?=\s|$)/.exec(text.slice(end + 1, end + 62))?.[1];
  return next && CALLBACK_END.test(uri + next) ? uri + next : uri;
}

/** The redirect URI Google says it received, if the text names one. */
export function sentRedirectUri(text: string): string | undefined {
  const match = REQUEST_DETAILS.exec(text) ?? OLD_WORDING.exec(text) ?? BARE_REDIRECT.exec(text);
  const found = match?.[1];
  if (!match || !found) return undefined;
  const end = match.index + match[0].lastIndexOf(found) + found.length;
  const cleaned = joinBrokenLine(text, end, found).replace(/[.,;)\]]+$/, "");
  try {
    return /%[0-9a-f]{2}/i.test(cleaned) && !cleaned.includes("://") ? decodeURIComponent(cleaned) : cleaned;
  } catch {
    return cleaned;
  }
}

/** Whether the text says Google refused a URI typed into the client (the Cloud console's own message). */
export function consoleRefusal(text: string): string | undefined {
  return matchLine(text, CONSOLE_REFUSAL);
}

function grantSignals(text: string, line: string, add: (s: Signal) => void): void {
  const code = "invalid_grant";
  if (CODE_PROBLEMS.test(text)) {
    add({ id: "auth-code-invalid", evidence: matchLine(text, CODE_PROBLEMS) ?? line, boost: 4, code });
    return;
  }
  if (EXPIRED.test(text)) {
    add({ id: "testing-token-expired", evidence: matchLine(text, EXPIRED) ?? line, boost: 4, code });
    return;
  }
  const stage = grantStage(text);
  if (stage === "refresh") add({ id: "refresh-token-invalid", evidence: line, boost: 4, code });
  else if (stage === "code") add({ id: "auth-code-invalid", evidence: line, boost: 3, code });
  else {
    // Nothing says which step failed: "Bad Request" is Google's usual answer for a spent or foreign
    // code; a bare invalid_grant comes more often from the refresh that runs before every send.
    const codeFirst = /Bad Request/i.test(text);
    const [likely, other]: [FindingId, FindingId] = codeFirst
      ? ["auth-code-invalid", "refresh-token-invalid"]
      : ["refresh-token-invalid", "auth-code-invalid"];
    add({ id: likely, evidence: line, boost: 2, code, ask: "grant-stage" });
    add({ id: other, evidence: line, severity: "warning", code, alternative: true });
  }
}

function accessDeniedSignals(text: string, line: string, add: (s: Signal) => void): void {
  const code = "access_denied";
  if (TEST_USERS.test(text) || STATUS_403.test(text)) add({ id: "test-user-missing", evidence: line, boost: 3, code });
  else if (/\berror=access_denied\b/i.test(text)) add({ id: "consent-cancelled", evidence: line, boost: 2, code });
  else {
    add({ id: "consent-cancelled", evidence: line, boost: 2, code, ask: "denied" });
    add({ id: "test-user-missing", evidence: line, severity: "warning", code, alternative: true });
  }
}

/**
 * invalid_request: the blocked out-of-band flow, unless Google names an http(s) redirect URI it refused
 * ("doesn't comply with Google's OAuth 2.0 policy… register the redirect URI"): then that URI is the
 * problem, and the redirect analysis says what is wrong with it.
 */
function invalidRequestSignals(
  text: string,
  line: string,
  add: (id: FindingId, evidence: string | undefined, boost?: number, code?: string) => void,
): void {
  const code = "invalid_request";
  if (OOB.test(text)) add("oob-flow-blocked", matchLine(text, OOB) ?? line, 6, code);
  else if (/^https?:\/\//i.test(sentRedirectUri(text) ?? "") || REGISTER_URI.test(text))
    add("redirect-uri-mismatch", matchLine(text, REGISTER_URI) ?? line, 2, code);
  else if (SECURE_APPS_POLICY.test(text)) add("oob-flow-blocked", matchLine(text, SECURE_APPS_POLICY) ?? line, 3, code);
}

export function googleTextSignals(text: string): Signal[] {
  const signals: Signal[] = [];
  const push = (signal: Signal) => signals.push({ ...signal, evidence: excerptOf(signal.evidence) });
  const add = (id: FindingId, evidence: string | undefined, boost = 0, code?: string) => {
    if (evidence) push(code ? { id, evidence, boost, code } : { id, evidence, boost });
  };
  const codes = googleCodesIn(text);
  for (const [code, line] of codes) {
    const mapped = CODE_FINDINGS[code];
    if (mapped) add(mapped, line, 3, code);
    else if (code === "invalid_grant") grantSignals(text, line, push);
    else if (code === "access_denied") accessDeniedSignals(text, line, push);
    else if (code === "invalid_request") invalidRequestSignals(text, line, add);
  }
  if ([...codes.keys()].every((c) => c === "invalid_grant") && WEEKLY.test(text) && STOPPED.test(text))
    add("testing-token-expired", matchLine(text, WEEKLY), 3);
  for (const title of PAGE_TITLES)
    if (!codes.has(title.code) && (codes.size === 0 || title.code !== "redirect_uri_mismatch"))
      add(title.id, matchLine(text, title.pattern), 1, title.code);
  // Google's pages without their code: they still show Google accepted the redirect URI.
  if (!codes.has("access_denied") && TEST_USERS.test(text))
    add("test-user-missing", matchLine(text, TEST_USERS), 2, "access_denied");
  if (UNVERIFIED.test(text)) add("app-unverified", matchLine(text, UNVERIFIED), 3, "unverified");
  if (!codes.has("policy_enforced") && ADVANCED_PROTECTION.test(text))
    add("policy-enforced", matchLine(text, ADVANCED_PROTECTION), 2, "policy_enforced");
  if (!codes.has("invalid_grant") && EXPIRED.test(text) && /token/i.test(text))
    add("testing-token-expired", matchLine(text, EXPIRED), 2);
  if (!codes.has("invalid_grant") && CODE_PROBLEMS.test(text))
    add("auth-code-invalid", matchLine(text, CODE_PROBLEMS), 2);
  if (OOB.test(text)) add("oob-flow-blocked", matchLine(text, OOB), 6);
  if (!codes.has("redirect_uri_mismatch") && OLD_WORDING.test(text))
    add("redirect-uri-mismatch", matchLine(text, OLD_WORDING), 3, "redirect_uri_mismatch");
  if (CONSOLE_REFUSAL.test(text)) add("redirect-uri-invalid", matchLine(text, CONSOLE_REFUSAL), 3);
  const origin = matchLine(text, ORIGIN_REFUSED);
  if (origin) push({ id: "javascript-origins-present", evidence: origin, boost: 3, severity: "warning" });
  if (SCOPE_REFUSED.test(text)) add("scope-insufficient", matchLine(text, SCOPE_REFUSED), 4);
  if (GOOGLE_UNAVAILABLE.test(text)) add("google-unavailable", matchLine(text, GOOGLE_UNAVAILABLE), 3);
  if (NOT_FOUND.test(text)) add("invalid-client", matchLine(text, NOT_FOUND), 3, "invalid_client");
  if (DELETED.test(text)) add("deleted-client", matchLine(text, DELETED), 4, "deleted_client");
  signals.push(...scopeSignals(text));
  return signals;
}

function excerptOf(evidence: Signal["evidence"]): Signal["evidence"] {
  return typeof evidence === "string" ? excerpt(evidence) : evidence;
}

/** Granted or named scopes without https://mail.google.com/: a token JSON, or a Gmail scope in text. */
function scopeSignals(text: string): Signal[] {
  const scope = TOKEN_JSON_KEY.test(text) ? JSON_SCOPE.exec(text)?.[1] : undefined;
  if (scope !== undefined) {
    if (scope.split(/\s+/).includes(MAIL_SCOPE)) return [];
    return [{ id: "scope-insufficient", evidence: excerpt(`"scope": "${scope}"`), boost: 4 }];
  }
  const narrow = matchLine(text, NARROW_GMAIL_SCOPE);
  if (narrow && !MAIL_SCOPE_NAMED.test(text))
    return [{ id: "scope-insufficient", evidence: excerpt(narrow), boost: 4 }];
  return [];
}
