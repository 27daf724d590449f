/**
 * Gmail's SMTP replies as users paste them: raw reply lines, Python tracebacks
 * (`SMTPAuthenticationError: (535, b'5.7.8 …')`, `SMTPSenderRefused`), nodemailer errors
 * (`Invalid login: 535-5.7.8 …`), Odoo's "Connection Test Failed!" text (reference §5–§6), Gmail's
 * limits (`454 4.7.0`, `550 5.4.5`), and Google's "sign-in attempt blocked" / "less secure app" /
 * "critical security alert" mails and pages in English, Italian, French, Spanish and German, which
 * follow a password login.
 */

import { phrase } from "../diagnose/evidence-text.ts";
import { matchLine, type Signal } from "../diagnose/signal.ts";
import { excerpt } from "../redact.ts";

/** How the client authenticated, when the evidence says so. */
export type SmtpAuthMethod = "xoauth2" | "password" | "unknown";

/** Gmail refusing a login: SMTP's 535-5.7.8, and IMAP's own words for the same refusal. */
const R535 =
  /\b535[- ,(]*(?:b['"])?5\.7\.8\b|Username and Password not accepted|BadCredentials|\[AUTHENTICATIONFAILED\] Invalid credentials|\[ALERT\] Invalid credentials/i;
const R534_APP_PASSWORD = /\b534[- ,(]*(?:b['"])?5\.7\.9\b|Application-specific password required|InvalidSecondFactor/i;
const R534_WEB_LOGIN =
  /\b534[- ,(]*(?:b['"])?5\.7\.14\b|Please log in via your web browser|WebLoginRequired|\[ALERT\] Please log in via your web browser/i;
const R530_AUTH = /\b530[- ,(]*(?:b['"])?5\.7\.0\b[\s\S]{0,40}Authentication Required|WantAuthError/i;
const R_STARTTLS_FIRST = /Must issue a STARTTLS command first/i;
const R_TLS_MISMATCH =
  /wrong version number|WRONG_VERSION_NUMBER|SSL: UNKNOWN_PROTOCOL|ssl3_get_record|tlsv1 alert|SSLError|unexpected EOF while reading/i;
const R_UNREACHABLE =
  /(?:ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|Connection (?:refused|timed out)|Greeting never received|timed? ?out)[\s\S]{0,80}(?:smtp\.gmail\.com|:587\b)|smtp\.gmail\.com[\s\S]{0,80}(?:ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|timed? ?out|\brefused\b)|(?:Connection Test Failed|Test di connessione non riuscito|smtplib)[\s\S]{0,120}(?:Network is unreachable|Connection refused|timed out|No route to host|Name or service not known|Temporary failure in name resolution|getaddrinfo failed)/i;
const R_XOAUTH2_CHALLENGE = /\b334\s+(eyJ[A-Za-z0-9+/=]+)/;
const R_RATE_LIMITED =
  /\b(?:421|454)[- ,(]*(?:b['"])?4\.7\.0\b|\b550[- ,(]*(?:b['"])?5\.4\.5\b|Too many login attempts|Daily user sending (?:quota|limit) exceeded|sending limit exceeded|Too many simultaneous connections|Account exceeded command or bandwidth limits/i;
/** Google telling the account owner that a password sign-in from a mail program was blocked. */
const R_SIGN_IN_BLOCKED =
  /Sign-in attempt (?:was )?(?:blocked|prevented)|(?:blocked|prevented) (?:a |the )?(?:suspicious )?sign-in(?: attempt)?|sign-in prevented|blocked someone with the password|Critical security alert|less secure app|Less secure apps?|used your password to (?:try to )?sign in|Tentativo di accesso (?:bloccato|impedito)|Avviso di sicurezza critico|app meno sicure|accesso (?:alle |delle )?app meno sicure|ha bloccato un tentativo di accesso|Tentative de connexion bloquée|Alerte de sécurité critique|applications? moins sécurisées?|Intento de inicio de sesión bloqueado|Alerta de seguridad crítica|aplicaciones? menos seguras?|Anmeldeversuch (?:wurde )?(?:blockiert|verhindert)|Kritische Sicherheitswarnung|weniger sichere Apps?|Tentativa de (?:login|início de sessão) bloqueada|Alerta de segurança crítico|apps? menos seguros?|Oturum açma girişimi engellendi|Kritik güvenlik uyarısı|daha az güvenli uygulama/i;

export function authMethodIn(text: string): SmtpAuthMethod {
  // Gmail's own reply texts mention "Password" whatever the method: they say nothing here.
  const context = text.replace(/Username and Password not accepted|Application-specific password required/gi, "");
  if (/XOAUTH2|OAUTHBEARER|OAuth2|oauth/i.test(context)) return "xoauth2";
  if (
    /AUTH\s+(?:LOGIN|PLAIN)|\bpassword\b|\bmot de passe\b|\bcontraseña\b|\bpasswort\b|\bsenha\b|\bşifre/i.test(context)
  )
    return "password";
  return "unknown";
}

function decodeChallenge(b64: string): string | undefined {
  try {
    const json = JSON.parse(atob(b64)) as { status?: unknown; scope?: unknown };
    return typeof json.status === "string" ? `status ${json.status}, scope ${String(json.scope ?? "")}` : undefined;
  } catch {
    return undefined;
  }
}

export function smtpTextSignals(text: string, method: SmtpAuthMethod): Signal[] {
  const signals: Signal[] = [];
  const line = (pattern: RegExp) => excerpt(matchLine(text, pattern) ?? "");
  const challenge = R_XOAUTH2_CHALLENGE.exec(text)?.[1];
  const signInBlocked = R_SIGN_IN_BLOCKED.test(text);
  const guessed = method === "unknown" ? authMethodIn(text) : method;
  // Google's "sign-in blocked" mail follows a password login: that settles how the server logs in.
  const effective: SmtpAuthMethod = challenge
    ? "xoauth2"
    : guessed === "unknown" && signInBlocked
      ? "password"
      : guessed;

  if (R534_APP_PASSWORD.test(text))
    signals.push({ id: "smtp-password-auth", evidence: line(R534_APP_PASSWORD), boost: 5 });
  if (R534_WEB_LOGIN.test(text)) signals.push({ id: "smtp-password-auth", evidence: line(R534_WEB_LOGIN), boost: 4 });
  if (signInBlocked) signals.push({ id: "smtp-password-auth", evidence: line(R_SIGN_IN_BLOCKED), boost: 4 });
  if (R535.test(text)) {
    if (effective === "password") signals.push({ id: "smtp-password-auth", evidence: line(R535), boost: 4 });
    else if (effective === "xoauth2") signals.push({ id: "smtp-auth-rejected", evidence: line(R535), boost: 4 });
    else {
      // A bare 535-5.7.8 fits a password login and a token of another account equally: ask how it logs in.
      signals.push({ id: "smtp-auth-rejected", evidence: line(R535), boost: 2, ask: "smtp-login" });
      signals.push({ id: "smtp-password-auth", evidence: line(R535), severity: "warning", alternative: true });
    }
  }
  if (R_RATE_LIMITED.test(text)) signals.push({ id: "smtp-rate-limited", evidence: line(R_RATE_LIMITED), boost: 4 });
  if (challenge) {
    const detail = decodeChallenge(challenge);
    signals.push({
      id: "smtp-auth-rejected",
      evidence: detail ? `334 ${detail}` : phrase("xoauth2-challenge"),
      boost: 4,
    });
  }
  if (R530_AUTH.test(text)) signals.push({ id: "smtp-auth-rejected", evidence: line(R530_AUTH), boost: 3 });
  if (R_UNREACHABLE.test(text)) signals.push({ id: "smtp-unreachable", evidence: line(R_UNREACHABLE), boost: 3 });
  if (R_STARTTLS_FIRST.test(text)) signals.push({ id: "smtp-encryption", evidence: line(R_STARTTLS_FIRST), boost: 3 });
  if (R_TLS_MISMATCH.test(text) && /smtp|587|465|mail/i.test(text)) {
    signals.push({ id: "smtp-encryption", evidence: line(R_TLS_MISMATCH), boost: 2 });
  }
  return signals;
}
