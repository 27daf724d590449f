/**
 * The messages the Gmail sandbox accepted, in memory, oldest first, at most MAILBOX_CAPACITY (the
 * oldest go first). Only the envelope and a few header fields are kept, never a body. Each message
 * remembers the OAuth client whose token sent it, so a practice run can empty its own messages only.
 * Like Gmail, a sender that is neither the account nor one of its verified "Send mail as" addresses
 * is replaced by the account (envelope and From header), the original From kept as Gmail's
 * X-Google-Original-From keeps it.
 */
import { randomBytes } from "node:crypto";
import { decodeEncodedWords, parseHeaders } from "./message-headers.ts";

export const MAILBOX_CAPACITY = 500;

export interface AcceptedMessage {
  /** The Google account that authenticated the session. */
  account: string;
  /** Envelope sender as Gmail delivers it (MAIL FROM, or the account when that is not allowed). */
  from: string;
  /** Envelope recipients (RCPT TO). */
  to: string[];
  /** The address in the delivered From header (rewritten like `from`); the account when absent. */
  headerFrom: string;
  /** The From address the client wrote, when Gmail replaced it (X-Google-Original-From). */
  originalFrom?: string;
  /** Subject header, decoded; "" when absent. */
  subject: string;
  /** Date header as ISO 8601; the sandbox time of receipt when absent or unreadable. */
  date: string;
  /** Message-ID header; one is made up, like Gmail does, when absent. */
  messageId: string;
}

export interface Mailbox {
  add(message: AcceptedMessage, clientId: string): void;
  list(): AcceptedMessage[];
  /** Removes the messages sent with this client's tokens; returns how many. */
  clear(clientId: string): number;
}

export function createMailbox(capacity = MAILBOX_CAPACITY): Mailbox {
  let entries: { message: AcceptedMessage; clientId: string }[] = [];
  return {
    add(message, clientId) {
      entries.push({ message, clientId });
      if (entries.length > capacity) entries = entries.slice(-capacity);
    },
    list: () => entries.map(({ message }) => ({ ...message, to: [...message.to] })),
    clear(clientId) {
      const before = entries.length;
      entries = entries.filter((entry) => entry.clientId !== clientId);
      return before - entries.length;
    },
  };
}

export interface Envelope {
  /** The account that logged in, and its verified "Send mail as" addresses. */
  account: string;
  sendAs: readonly string[];
  /** MAIL FROM and RCPT TO as the client sent them. */
  from: string;
  to: string[];
}

/** The bare address of a From header value (`"Name" <a@b>` or `a@b`). */
function addressOf(value: string): string {
  return (/<([^<>]*)>/.exec(value)?.[1] ?? value).trim();
}

/** The record of a message from its envelope and header block, `now` being sandbox time in ms. */
export function describeMessage(envelope: Envelope, headerBlock: string, now: number): AcceptedMessage {
  const headers = parseHeaders(headerBlock);
  const allowed = [envelope.account, ...envelope.sendAs].map((address) => address.toLowerCase());
  const delivered = (address: string) => (allowed.includes(address.toLowerCase()) ? address : envelope.account);
  const dateHeader = headers.get("date");
  const parsedDate = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  const written = addressOf(headers.get("from") ?? "");
  const headerFrom = written ? delivered(written) : envelope.account;
  return {
    account: envelope.account,
    from: delivered(envelope.from),
    to: envelope.to,
    headerFrom,
    ...(written && headerFrom !== written ? { originalFrom: written } : {}),
    subject: decodeEncodedWords(headers.get("subject") ?? ""),
    date: new Date(Number.isNaN(parsedDate) ? now : parsedDate).toISOString(),
    messageId: headers.get("message-id") || `<${randomBytes(16).toString("hex")}@mx.google.com>`,
  };
}
