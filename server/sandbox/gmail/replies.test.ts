import { describe, expect, it } from "vitest";
import { gmailReplies, newSessionId, XOAUTH2_FAILURE } from "./replies.ts";

describe("Gmail replies", () => {
  it("challenge a refused XOAUTH2 token with Gmail's exact base64 JSON", () => {
    expect(Buffer.from(JSON.stringify(XOAUTH2_FAILURE)).toString("base64")).toBe(
      "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
    );
  });

  it("put two spaces before the help link of multi-line errors", () => {
    expect(gmailReplies.badCredentials("ID").lines).toEqual([
      "5.7.8 Username and Password not accepted. For more information, go to",
      "5.7.8  https://support.google.com/mail/?p=BadCredentials ID - gsmtp",
    ]);
    expect(gmailReplies.applicationSpecificPasswordRequired("ID").lines[1]).toBe(
      "5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor ID - gsmtp",
    );
    expect(gmailReplies.authenticationRequired("ID").lines[1]).toBe(
      "5.7.0  https://support.google.com/mail/?p=WantAuthError ID - gsmtp",
    );
  });

  it("advertise AUTH only after STARTTLS, STARTTLS only before", () => {
    const before = gmailReplies.ehlo("smtp.gmail.com at your service, [127.0.0.1]", false).lines;
    const after = gmailReplies.ehlo("smtp.gmail.com at your service, [127.0.0.1]", true).lines;
    expect(before).toContain("STARTTLS");
    expect(before.some((line) => line.startsWith("AUTH"))).toBe(false);
    expect(after).toContain("AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH");
    expect(after).not.toContain("STARTTLS");
  });

  it("word the refusals Gmail sends under load or limits as public transcripts show them", () => {
    expect(gmailReplies.mustStartTls("ID")).toEqual({
      code: 530,
      lines: ["5.7.0 Must issue a STARTTLS command first. ID - gsmtp"],
    });
    expect(gmailReplies.unrecognizedCommand("ID")).toEqual({
      code: 502,
      lines: ["5.5.1 Unrecognized command. ID - gsmtp"],
    });
    expect(gmailReplies.tryLater("ID").lines).toEqual(["4.7.0 Try again later, closing connection. (EHLO) ID - gsmtp"]);
    expect(gmailReplies.tooManyLogins("ID").lines[1]).toBe(
      "4.7.0  https://support.google.com/mail/answer/7126229 ID - gsmtp",
    );
    expect(gmailReplies.dailyLimit("ID").lines).toEqual([
      "5.4.5 Daily user sending limit exceeded. For more information on Gmail",
      "5.4.5 sending limits go to",
      "5.4.5  https://support.google.com/a/answer/166852 ID - gsmtp",
    ]);
  });

  it("give the Unix time in seconds after two spaces when a message is accepted", () => {
    expect(gmailReplies.messageAccepted("ID", 1700000000)).toEqual({
      code: 250,
      lines: ["2.0.0 OK  1700000000 ID - gsmtp"],
    });
  });

  it("make session ids shaped like Gmail's, a new one each time", () => {
    const id = newSessionId();
    expect(id).toMatch(/^[0-9a-f]{13}-[0-9a-f]{11}sm\d{9}[0-9a-f]{2}\.\d{1,2}$/);
    expect(newSessionId()).not.toBe(id);
  });
});
