/**
 * The SMTP side of the live test, with nodemailer, the way Odoo connects: port 587, STARTTLS required,
 * the server certificate verified (the system CAs for smtp.gmail.com, the sandbox CA for the Gmail
 * emulator, never verification switched off), 10 s connection, greeting and socket timeouts. The
 * connection check and the XOAUTH2 login are separate calls so a failure names the right hop.
 */
import nodemailer from "nodemailer";
import type { SmtpTarget } from "./model.ts";

export const GMAIL_SMTP: SmtpTarget = { host: "smtp.gmail.com", port: 587 };

function transport(target: SmtpTarget, timeoutMs: number, auth?: { user: string; accessToken: string }) {
  return nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: false,
    requireTLS: true,
    tls: { minVersion: "TLSv1.2", ...(target.ca ? { ca: target.ca } : {}) },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    ...(auth ? { auth: { type: "OAuth2", user: auth.user, accessToken: auth.accessToken } } : {}),
  });
}

/** Connect, EHLO, STARTTLS (certificate verified), EHLO, QUIT — no login. */
export async function checkSmtpConnection(target: SmtpTarget, timeoutMs: number): Promise<void> {
  const mailer = transport(target, timeoutMs);
  try {
    await mailer.verify();
  } finally {
    mailer.close();
  }
}

/** The same, plus AUTH XOAUTH2 with the access token: 235 or an error carrying Gmail's reply. */
export async function checkXoauth2Login(
  target: SmtpTarget,
  timeoutMs: number,
  user: string,
  accessToken: string,
): Promise<void> {
  const mailer = transport(target, timeoutMs, { user, accessToken });
  try {
    await mailer.verify();
  } finally {
    mailer.close();
  }
}

/** Sends one message from the account to itself; resolves with the Message-ID. */
export async function sendToSelf(
  target: SmtpTarget,
  timeoutMs: number,
  account: { email: string; accessToken: string },
  message: { subject: string; text: string },
): Promise<string> {
  const mailer = transport(target, timeoutMs, { user: account.email, accessToken: account.accessToken });
  try {
    const info = await mailer.sendMail({
      from: account.email,
      to: account.email,
      envelope: { from: account.email, to: [account.email] },
      subject: message.subject,
      text: message.text,
    });
    return info.messageId;
  } finally {
    mailer.close();
  }
}
