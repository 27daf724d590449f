import { describe, expect, it } from "vitest";
import { isGmailSmtpHost } from "./gmail-smtp-host.ts";

describe("Gmail's SMTP host", () => {
  it("accepts Google's documented name and its older alias, in any case", () => {
    expect(isGmailSmtpHost("smtp.gmail.com")).toBe(true);
    expect(isGmailSmtpHost(" SMTP.Gmail.com. ")).toBe(true);
    expect(isGmailSmtpHost("smtp.googlemail.com")).toBe(true);
  });

  it("refuses other hosts, Gmail's IMAP among them", () => {
    for (const host of [
      "imap.gmail.com",
      "smtp-relay.gmail.com",
      "smtp.gmail.com.evil.example",
      "mail.example.com",
      "",
    ]) {
      expect(isGmailSmtpHost(host)).toBe(false);
    }
  });
});
