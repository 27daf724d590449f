/**
 * Gmail's SMTP host names. `smtp.gmail.com` is the one Google documents and Odoo sets for Gmail OAuth;
 * `smtp.googlemail.com` is Google's older name for the same service (it answers with the same
 * certificate and takes XOAUTH2), so a server configured with it is not on the wrong host.
 */
export const GMAIL_SMTP_HOST = "smtp.gmail.com";

const GMAIL_SMTP_HOSTS = new Set([GMAIL_SMTP_HOST, "smtp.googlemail.com"]);

/** Whether `host` is Gmail's SMTP service (case and a trailing dot ignored). */
export function isGmailSmtpHost(host: string): boolean {
  return GMAIL_SMTP_HOSTS.has(host.trim().toLowerCase().replace(/\.$/, ""));
}
