/**
 * The Gmail sandbox's SMTP server: smtp-server configured like smtp.gmail.com:587 (STARTTLS required
 * before AUTH, authentication required before MAIL), with the login decisions of authenticate.ts and
 * accepted messages recorded in the mailbox. Nothing here logs a credential or a message body.
 */
import type { SMTPServerOptions } from "smtp-server";
import { type LoginContext, passwordRefusal, xoauth2Account } from "./authenticate.ts";
import type { SandboxCertificates } from "./certificates.ts";
import { GmailSmtpServer } from "./gmail-dialect.ts";
import { describeMessage, type Mailbox } from "./mailbox.ts";
import { readHeaderBlock } from "./message-headers.ts";
import { GMAIL_SIZE_LIMIT, XOAUTH2_FAILURE } from "./replies.ts";

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
}

export function createGmailSmtpServer(options: GmailSmtpOptions): GmailSmtpServer {
  const { clock, mailbox } = options;
  return new GmailSmtpServer(
    {
      ...gmailServerOptions(options.certificates),
      onAuth(auth, _session, callback) {
        if (auth.method === "XOAUTH2") {
          const account = xoauth2Account(options, auth.username ?? "", auth.accessToken ?? "");
          // No user: smtp-server sends the 334 challenge with this JSON, then 535 after the client's empty line.
          callback(null, account ? { user: account } : { data: XOAUTH2_FAILURE });
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
            const envelope = {
              account: String(session.user),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            };
            mailbox.add(describeMessage(envelope, headerBlock, clock.now()));
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    },
    () => clock.now(),
  );
}
