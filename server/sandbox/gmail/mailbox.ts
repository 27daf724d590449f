/**
 * The messages the Gmail sandbox accepted, in memory, oldest first, at most MAILBOX_CAPACITY (the
 * oldest go first). Only the envelope and a few header fields are kept, never a body.
 */
import { randomBytes } from "node:crypto";
import { decodeEncodedWords, parseHeaders } from "./message-headers.ts";

export const MAILBOX_CAPACITY = 500;

export interface AcceptedMessage {
  /** The Google account that authenticated the session. */
  account: string;
  /** Envelope sender (MAIL FROM). */
  from: string;
  /** Envelope recipients (RCPT TO). */
  to: string[];
  /** Subject header, decoded; "" when absent. */
  subject: string;
  /** Date header as ISO 8601; the sandbox time of receipt when absent or unreadable. */
  date: string;
  /** Message-ID header; one is made up, like Gmail does, when absent. */
  messageId: string;
}

export interface Mailbox {
  add(message: AcceptedMessage): void;
  list(): AcceptedMessage[];
  clear(): void;
}

export function createMailbox(capacity = MAILBOX_CAPACITY): Mailbox {
  let messages: AcceptedMessage[] = [];
  return {
    add(message) {
      messages.push(message);
      if (messages.length > capacity) messages = messages.slice(-capacity);
    },
    list: () => messages.map((message) => ({ ...message, to: [...message.to] })),
    clear() {
      messages = [];
    },
  };
}

export interface Envelope {
  account: string;
  from: string;
  to: string[];
}

/** The record of a message from its envelope and header block, `now` being sandbox time in ms. */
export function describeMessage(envelope: Envelope, headerBlock: string, now: number): AcceptedMessage {
  const headers = parseHeaders(headerBlock);
  const dateHeader = headers.get("date");
  const parsedDate = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  return {
    ...envelope,
    subject: decodeEncodedWords(headers.get("subject") ?? ""),
    date: new Date(Number.isNaN(parsedDate) ? now : parsedDate).toISOString(),
    messageId: headers.get("message-id") || `<${randomBytes(16).toString("hex")}@mx.google.com>`,
  };
}
