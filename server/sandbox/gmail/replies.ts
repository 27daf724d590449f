/**
 * What smtp.gmail.com:587 says, line for line, as public transcripts of real sessions show it (see
 * docs/sandbox.md, "Gmail SMTP"). Every reply ends with Gmail's per-connection id and "- gsmtp"; the
 * continuation lines of multi-line errors put two spaces before the help link. Pure data: the
 * dialect module (gmail-dialect.ts) decides when each reply is sent.
 */
import { randomBytes } from "node:crypto";

/** A reply as a code and its lines of text (everything after "code-" or "code "). */
export interface Reply {
  code: number;
  lines: string[];
}

export const MAIL_SCOPE = "https://mail.google.com/";

/** Gmail's message size limit, advertised with SIZE. */
export const GMAIL_SIZE_LIMIT = 35882577;

/** The JSON Gmail sends (base64) in its 334 challenge when an XOAUTH2 token is refused. */
export const XOAUTH2_FAILURE = { status: "400", schemes: "Bearer", scope: MAIL_SCOPE } as const;

/** Mechanisms Gmail advertises after STARTTLS, in its order. */
export const GMAIL_AUTH_MECHANISMS = ["LOGIN", "PLAIN", "XOAUTH2", "PLAIN-CLIENTTOKEN", "OAUTHBEARER", "XOAUTH"];

/**
 * A fresh id shaped like Gmail's (e.g. `5b1f17b1804b1-427f941377csm117778905e9.48`): hex, "sm",
 * digits and a short suffix. One per connection; Gmail repeats it in every reply of the session.
 */
export function newSessionId(): string {
  const bytes = randomBytes(16);
  const hex = bytes.toString("hex");
  const digits = String(bytes.readUInt32BE(12) % 1_000_000_000).padStart(9, "0");
  return `${hex.slice(0, 13)}-${hex.slice(13, 24)}sm${digits}${hex.slice(24, 26)}.${(bytes[0] ?? 0) % 100}`;
}

export const gmailReplies = {
  greeting: (id: string): Reply => ({ code: 220, lines: [`smtp.gmail.com ESMTP ${id} - gsmtp`] }),

  /** EHLO: the greeting line is smtp-server's (configured as Gmail's), the capabilities Gmail's. */
  ehlo: (greetingLine: string, secure: boolean): Reply => ({
    code: 250,
    lines: [
      greetingLine,
      `SIZE ${GMAIL_SIZE_LIMIT}`,
      "8BITMIME",
      secure ? `AUTH ${GMAIL_AUTH_MECHANISMS.join(" ")}` : "STARTTLS",
      "ENHANCEDSTATUSCODES",
      "PIPELINING",
      "CHUNKING",
      "SMTPUTF8",
    ],
  }),

  /** AUTH before STARTTLS. */
  mustStartTls: (id: string): Reply => ({
    code: 530,
    lines: [`5.7.0 Must issue a STARTTLS command first. ${id} - gsmtp`],
  }),

  /** A command Gmail does not know. */
  unrecognizedCommand: (id: string): Reply => ({ code: 502, lines: [`5.5.1 Unrecognized command. ${id} - gsmtp`] }),

  /** Gmail refusing the session for now, in answer to EHLO; the connection is closed after it. */
  tryLater: (id: string): Reply => ({
    code: 421,
    lines: [`4.7.0 Try again later, closing connection. (EHLO) ${id} - gsmtp`],
  }),

  /** Too many logins in a short time, in answer to AUTH. */
  tooManyLogins: (id: string): Reply => ({
    code: 454,
    lines: [
      "4.7.0 Too many login attempts, please try again later. Learn more at",
      `4.7.0  https://support.google.com/mail/answer/7126229 ${id} - gsmtp`,
    ],
  }),

  /** The account's daily sending limit reached, in answer to the end of DATA. */
  dailyLimit: (id: string): Reply => ({
    code: 550,
    lines: [
      "5.4.5 Daily user sending limit exceeded. For more information on Gmail",
      "5.4.5 sending limits go to",
      `5.4.5  https://support.google.com/a/answer/166852 ${id} - gsmtp`,
    ],
  }),

  /** MAIL before STARTTLS. */
  mustStartTlsBeforeMail: (id: string): Reply => ({
    code: 530,
    lines: [
      "5.7.0 Must issue a STARTTLS command first. For more information, go to",
      "5.7.0  https://support.google.com/a/answer/3221692 and review RFC 3207",
      `5.7.0 specifications. ${id} - gsmtp`,
    ],
  }),

  /** MAIL after STARTTLS but before AUTH. */
  authenticationRequired: (id: string): Reply => ({
    code: 530,
    lines: [
      "5.7.0 Authentication Required. For more information, go to",
      `5.7.0  https://support.google.com/mail/?p=WantAuthError ${id} - gsmtp`,
    ],
  }),

  accepted: (): Reply => ({ code: 235, lines: ["2.7.0 Accepted"] }),

  badCredentials: (id: string): Reply => ({
    code: 535,
    lines: [
      "5.7.8 Username and Password not accepted. For more information, go to",
      `5.7.8  https://support.google.com/mail/?p=BadCredentials ${id} - gsmtp`,
    ],
  }),

  applicationSpecificPasswordRequired: (id: string): Reply => ({
    code: 534,
    lines: [
      "5.7.9 Application-specific password required. For more information, go to",
      `5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor ${id} - gsmtp`,
    ],
  }),

  senderOk: (id: string): Reply => ({ code: 250, lines: [`2.1.0 OK ${id} - gsmtp`] }),
  recipientOk: (id: string): Reply => ({ code: 250, lines: [`2.1.5 OK ${id} - gsmtp`] }),
  flushed: (id: string): Reply => ({ code: 250, lines: [`2.1.5 Flushed ${id} - gsmtp`] }),
  goAhead: (id: string): Reply => ({ code: 354, lines: [`Go ahead ${id} - gsmtp`] }),

  /** Message accepted: Gmail puts the Unix time (seconds) between two spaces and the id. */
  messageAccepted: (id: string, unixSeconds: number): Reply => ({
    code: 250,
    lines: [`2.0.0 OK  ${unixSeconds} ${id} - gsmtp`],
  }),

  closing: (id: string): Reply => ({ code: 221, lines: [`2.0.0 closing connection ${id} - gsmtp`] }),
} as const;
