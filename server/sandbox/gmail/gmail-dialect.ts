/**
 * Makes smtp-server speak Gmail's dialect. smtp-server runs the protocol (parsing, STARTTLS, SASL,
 * envelope, DATA) and its hooks decide every outcome, but its reply texts are hard-coded, several
 * differ from Gmail's (docs/sandbox.md), and a hook cannot produce a multi-line reply. This module is
 * the one place that adapts the library: a connection subclass whose send(), the library's single
 * write site, swaps the replies listed in `translateReply` for Gmail's lines (replies.ts); every other
 * reply passes through unchanged. The library replies it recognises (a code, or the context argument
 * smtp-server passes to send()) are pinned by gmail-dialect.test.ts against a plain SMTPServer with
 * the same options, so an upgrade that changes them fails there instead of leaking its own wording.
 */
import type net from "node:net";
import type tls from "node:tls";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { SMTPConnection, type SMTPConnectionOptions } from "smtp-server/lib/smtp-connection.js";
import { gmailReplies, newSessionId, type Reply } from "./replies.ts";
import type { SmtpFault } from "./smtp-faults.ts";

/** What a translation may depend on besides the library's reply. */
export interface SessionFacts {
  /** Gmail's per-connection id. */
  id: string;
  /** Whether STARTTLS has completed. */
  secure: boolean;
  /** Sandbox time, ms since the epoch. */
  now: number;
  /** The fault this server stages, if it is a practice run's faulty server. */
  fault?: SmtpFault["mode"] | undefined;
}

/**
 * Gmail's reply for a reply smtp-server is about to send, or undefined to send the library's own.
 * `context` is smtp-server's third argument to send(): `false` for the greeting (and HELO/EHLO),
 * a context name for successful MAIL, RCPT and DATA.
 */
export function translateReply(
  code: number,
  data: string | string[] | null | undefined,
  context: string | false | undefined,
  session: SessionFacts,
): Reply | undefined {
  if (code === 220 && context === false) return gmailReplies.greeting(session.id);
  if (code === 250 && Array.isArray(data)) {
    // smtp-server closes the connection after any 421 it sends.
    return session.fault === "try-later"
      ? gmailReplies.tryLater(session.id)
      : gmailReplies.ehlo(data[0] ?? "", session.secure);
  }
  if (code === 500 && data === "Error: command not recognized") return gmailReplies.unrecognizedCommand(session.id);
  if (context === "MAIL_FROM_OK") return gmailReplies.senderOk(session.id);
  if (context === "RCPT_TO_OK") return gmailReplies.recipientOk(session.id);
  if (code === 250 && data === "Flushed") return gmailReplies.flushed(session.id); // RSET
  if (context === "DATA_OK") return gmailReplies.messageAccepted(session.id, Math.floor(session.now / 1000));
  switch (code) {
    case 538: // smtp-server's "Must issue a STARTTLS command first"; Gmail answers 530
      return gmailReplies.mustStartTls(session.id);
    case 530: // MAIL before AUTH (onMailFrom in smtp.ts)
      return session.secure
        ? gmailReplies.authenticationRequired(session.id)
        : gmailReplies.mustStartTlsBeforeMail(session.id);
    case 235:
      return gmailReplies.accepted();
    case 534: // set by onAuth for accounts with 2-step verification
      return gmailReplies.applicationSpecificPasswordRequired(session.id);
    case 535: // XOAUTH2 after its 334 challenge, and refused password logins
      return gmailReplies.badCredentials(session.id);
    case 454: // onAuth of a too-many-logins server (smtp-faults.ts)
      return gmailReplies.tooManyLogins(session.id);
    case 550: // onData of a daily-limit server
      return gmailReplies.dailyLimit(session.id);
    case 354:
      return gmailReplies.goAhead(session.id);
    case 221:
      return gmailReplies.closing(session.id);
    default:
      return undefined;
  }
}

/** An SMTPServer whose connections speak Gmail's dialect (and stage a fault, for a practice run's server). */
export class GmailSmtpServer extends SMTPServer {
  readonly #now: () => number;
  readonly #fault: SmtpFault["mode"] | undefined;

  constructor(options: SMTPServerOptions, now: () => number, fault?: SmtpFault["mode"]) {
    super(options);
    this.#now = now;
    this.#fault = fault;
  }

  /** SMTPServer.connect() with Gmail's connection class; the rest is the library's own wiring. */
  override connect(socket: net.Socket | tls.TLSSocket, socketOptions?: SMTPConnectionOptions | null): void {
    if (this.#fault === "drop") {
      socket.destroy();
      return;
    }
    const connection = new GmailConnection(this, socket, socketOptions, this.#now, this.#fault);
    this.connections.add(connection);
    connection.on("error", (error: Error) => this._onError(error));
    connection.on("connect", (data) => this._onClientConnect(data));
    connection.init();
  }
}

class GmailConnection extends SMTPConnection {
  readonly #id = newSessionId();
  readonly #now: () => number;
  readonly #fault: SmtpFault["mode"] | undefined;

  constructor(
    server: SMTPServer,
    socket: net.Socket | tls.TLSSocket,
    options: SMTPConnectionOptions | null | undefined,
    now: () => number,
    fault: SmtpFault["mode"] | undefined,
  ) {
    super(server, socket, options);
    this.#now = now;
    this.#fault = fault;
  }

  override send(code: number, data?: string | string[] | null, context?: string | false): void {
    const facts = { id: this.#id, secure: this.secure, now: this.#now(), fault: this.#fault };
    const reply = translateReply(code, data, context, facts);
    // context false: Gmail's lines already carry their enhanced status codes.
    if (reply) super.send(reply.code, reply.lines, false);
    else super.send(code, data, context);
  }
}
