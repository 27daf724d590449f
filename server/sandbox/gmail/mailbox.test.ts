import { describe, expect, it } from "vitest";
import { createMailbox, describeMessage, MAILBOX_CAPACITY } from "./mailbox.ts";

const envelope = { account: "ada@gmail.com", from: "ada@gmail.com", to: ["x@example.com"] };

describe("mailbox", () => {
  it("keeps the newest messages up to its capacity, oldest first", () => {
    const mailbox = createMailbox();
    for (let index = 0; index < MAILBOX_CAPACITY + 3; index++) {
      mailbox.add({ ...envelope, subject: String(index), date: "", messageId: "" });
    }
    const subjects = mailbox.list().map((message) => message.subject);
    expect(subjects).toHaveLength(500);
    expect(subjects[0]).toBe("3");
    expect(subjects.at(-1)).toBe(String(MAILBOX_CAPACITY + 2));
  });

  it("hands out copies and empties on clear", () => {
    const mailbox = createMailbox();
    mailbox.add({ ...envelope, subject: "s", date: "", messageId: "" });
    mailbox.list()[0]?.to.push("intruder@example.com");
    expect(mailbox.list()[0]?.to).toEqual(["x@example.com"]);
    mailbox.clear();
    expect(mailbox.list()).toEqual([]);
  });
});

describe("describeMessage", () => {
  const now = Date.parse("2030-01-01T00:00:00Z");

  it("records the envelope, the decoded subject, the date and the Message-ID", () => {
    const block = "Subject: =?UTF-8?Q?Prova_=C3=A0?=\r\nDate: Tue, 01 Oct 2030 10:00:00 +0200\r\nMessage-ID: <m@x>";
    expect(describeMessage(envelope, block, now)).toEqual({
      ...envelope,
      subject: "Prova à",
      date: "2030-10-01T08:00:00.000Z",
      messageId: "<m@x>",
    });
  });

  it("uses the time of receipt and makes up a Message-ID when the headers lack them", () => {
    const message = describeMessage(envelope, "X-Other: 1", now);
    expect(message.subject).toBe("");
    expect(message.date).toBe("2030-01-01T00:00:00.000Z");
    expect(message.messageId).toMatch(/^<[0-9a-f]{32}@mx\.google\.com>$/);
    expect(describeMessage(envelope, "Date: not a date", now).date).toBe("2030-01-01T00:00:00.000Z");
  });
});
