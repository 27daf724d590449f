/**
 * The Gmail sandbox's SMTP server: smtp-server configured like smtp.gmail.com:587 (STARTTLS required
 * before AUTH, authentication required before MAIL), with the login decisions of authenticate.ts and
 * accepted messages recorded in the mailbox (sender rewritten as Gmail does). A practice run's faulty
 * server also stages its fault (smtp-faults.ts). Nothing here logs a credential or a message body.
 */
import type { SMTPServerOptions } from "smtp-server";
import { type LoginContext, passwordRefusal, type SmtpLogin, xoauth2Account } from "./authenticate.ts";
import type { SandboxCertificates } from "./certificates.ts";
import { GmailSmtpServer } from "./gmail-dialect.ts";
import { describeMessage, type Mailbox } from "./mailbox.ts";
import { readHeaderBlock } from "./message-headers.ts";
import { GMAIL_SIZE_LIMIT, XOAUTH2_FAILURE } from "./replies.ts";
import { MAX_GREETING_DELAY_MS, type SmtpFault } from "./smtp-faults.ts";

/**
 * smtp-server's options for Gmail's behaviour, with the one hook that needs no sandbox state; shared
 * with the test that pins the library replies gmail-dialect.ts translates. createGmailSmtpServer adds
 * the login and message hooks.
 *
 * Authentication is enforced in onMailFrom rather than by smtp-server's own gate (authOptional):
 * that gate judges a line by its first word even when it answers an AUTH challenge, so a client that
 * sends MAIL FROM right after AUTH XOAUTH2 without reading the 334 challenge (Odoo does) would get
 * 530. Gmail takes that line as the SASL answer and replies 535-5.7.8; with the gate off, smtp-server
 * hands it to its XOAUTH2 step and does the same.
 */
export function gmailServerOptions(certificates: SandboxCertificates): SMTPServerOptions {
  return {
    name: "smtp.gmail.com",
    heloResponse: "%s at your service, %s", // "smtp.gmail.com at your service, [127.0.0.1]"
    key: certificates.keyPem,
    cert: certificates.certPem,
    minVersion: "TLSv1.2",
    authMethods: ["LOGIN", "PLAIN", "XOAUTH2"],
    authOptional: true,
    onMailFrom(_address, session, callback) {
      // Translated to Gmail's 530 lines (before STARTTLS: "Must issue a STARTTLS command first").
      callback(session.user ? null : Object.assign(new Error("Authentication Required."), { responseCode: 530 }));
    },
    hideENHANCEDSTATUSCODES: false,
    size: GMAIL_SIZE_LIMIT,
    rejectOversized: true,
    disableReverseLookup: true,
    closeTimeout: 1000,
    logger: false,
  };
}

export interface GmailSmtpOptions extends LoginContext {
  certificates: SandboxCertificates;
  mailbox: Mailbox;
  /** The fault this server stages (a practice run's own server), if any. */
  fault?: SmtpFault | undefined;
  /** Delayed greetings register their release here, so stopping the sandbox does not wait for them. */
  holds?: Set<() => void>;
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

export function createGmailSmtpServer(options: GmailSmtpOptions): GmailSmtpServer {
  const { clock, mailbox, fault } = options;
  const greetingDelay =
    fault?.mode === "slow-greeting" ? Math.min(fault.delayMs ?? MAX_GREETING_DELAY_MS, MAX_GREETING_DELAY_MS) : 0;
  return new GmailSmtpServer(
    {
      ...gmailServerOptions(options.certificates),
      onConnect(_session, callback) {
        if (greetingDelay === 0) return callback();
        const release = () => {
          clearTimeout(timer);
          options.holds?.delete(release);
          callback();
        };
        const timer = setTimeout(release, greetingDelay);
        timer.unref();
        options.holds?.add(release);
      },
      onAuth(auth, _session, callback) {
        if (fault?.mode === "too-many-logins") {
          callback(smtpError("Too many login attempts, please try again later.", 454));
          return;
        }
        if (auth.method === "XOAUTH2") {
          const login = xoauth2Account(options, auth.username ?? "", auth.accessToken ?? "");
          // No user: smtp-server sends the 334 challenge with this JSON, then 535 after the client's empty line.
          callback(null, login ? { user: login } : { data: XOAUTH2_FAILURE });
          return;
        }
        const refusal = passwordRefusal(options.accounts(), auth.username ?? "");
        callback(null, { responseCode: refusal === "second-factor-required" ? 534 : 535 });
      },
      onData(stream, session, callback) {
        readHeaderBlock(stream).then(
          (headerBlock) => {
            // Over Gmail's size limit: smtp-server answers 552 itself (rejectOversized), nothing is kept.
            if (stream.sizeExceeded) return callback();
            if (fault?.mode === "daily-limit") return callback(smtpError("Daily user sending limit exceeded.", 550));
            const login = session.user as SmtpLogin;
            const account = options.accounts().find((a) => a.email.toLowerCase() === login.email.toLowerCase());
            const envelope = {
              account: login.email,
              sendAs: account?.sendAs ?? [],
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            };
            mailbox.add(describeMessage(envelope, headerBlock, clock.now()), login.clientId);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    },
    () => clock.now(),
    fault?.mode,
  );
}
