/**
 * Who may log in to the Gmail sandbox, decided as Gmail decides it. XOAUTH2 succeeds only with a live
 * access token (known to the Google emulator, unexpired in sandbox time) that carries
 * https://mail.google.com/ (gmail.send is not enough for SMTP) and was granted by the account named
 * in `user=`. Password logins never succeed (the sandbox keeps no passwords and emulates no app
 * passwords): accounts with 2-step verification get 534-5.7.9, every other user 535-5.7.8.
 */
import type { AccessTokenVerifier, SandboxAccount, SandboxClock } from "../contracts.ts";
import { MAIL_SCOPE } from "./replies.ts";

export interface LoginContext {
  verifier: AccessTokenVerifier;
  accounts: () => SandboxAccount[];
  clock: SandboxClock;
}

/** Who an XOAUTH2 login authenticates: the account and the OAuth client its token was issued to. */
export interface SmtpLogin {
  email: string;
  clientId: string;
}

/** The login an XOAUTH2 string proves, or undefined when Gmail would refuse it. */
export function xoauth2Account(context: LoginContext, user: string, accessToken: string): SmtpLogin | undefined {
  const token = context.verifier.verifyAccessToken(accessToken);
  if (!token) return undefined;
  if (token.expiresAt <= context.clock.now(token.clientId)) return undefined;
  if (!token.scopes.includes(MAIL_SCOPE)) return undefined;
  if (token.email.toLowerCase() !== user.trim().toLowerCase()) return undefined;
  return { email: token.email, clientId: token.clientId };
}

/** How Gmail refuses a LOGIN or PLAIN login for `user`. */
export function passwordRefusal(
  accounts: SandboxAccount[],
  user: string,
): "second-factor-required" | "bad-credentials" {
  const wanted = user.trim().toLowerCase();
  const account = accounts.find((candidate) => candidate.email.toLowerCase() === wanted);
  return account?.twoStepVerification ? "second-factor-required" : "bad-credentials";
}
