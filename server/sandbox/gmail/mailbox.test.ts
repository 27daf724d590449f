import { describe, expect, it } from "vitest";
import { createMailbox, describeMessage, MAILBOX_CAPACITY } from "./mailbox.ts";

const envelope = {
  account: "ada@gmail.com",
  sendAs: ["sales@ada.example"],
  from: "ada@gmail.com",
  to: ["x@example.com"],
};
const record = { account: "ada@gmail.com", from: "ada@gmail.com", to: ["x@example.com"], headerFrom: "ada@gmail.com" };

describe("mailbox", () => {
  it("keeps the newest messages up to its capacity, oldest first", () => {
    const mailbox = createMailbox();
    for (let index = 0; index < MAILBOX_CAPACITY + 3; index++) {
      mailbox.add({ ...record, subject: String(index), date: "", messageId: "" }, "c1");
    }
    const subjects = mailbox.list().map((message) => message.subject);
    expect(subjects).toHaveLength(500);
    expect(subjects[0]).toBe("3");
    expect(subjects.at(-1)).toBe(String(MAILBOX_CAPACITY + 2));
  });

  it("hands out copies and empties one client's messages only", () => {
    const mailbox = createMailbox();
    mailbox.add({ ...record, subject: "mine", date: "", messageId: "" }, "c1");
    mailbox.add({ ...record, subject: "theirs", date: "", messageId: "" }, "c2");
    mailbox.list()[0]?.to.push("intruder@example.com");
    expect(mailbox.list()[0]?.to).toEqual(["x@example.com"]);
    expect(mailbox.clear("c1")).toBe(1);
    expect(mailbox.list().map((m) => m.subject)).toEqual(["theirs"]);
  });
});

describe("describeMessage", () => {
  const now = Date.parse("2030-01-01T00:00:00Z");

  it("records the envelope, the decoded subject, the date and the Message-ID", () => {
    const block =
      "From: Ada <ada@gmail.com>\r\nSubject: =?UTF-8?Q?Prova_=C3=A0?=\r\nDate: Tue, 01 Oct 2030 10:00:00 +0200\r\nMessage-ID: <m@x>";
    expect(describeMessage(envelope, block, now)).toEqual({
      ...record,
      subject: "Prova à",
      date: "2030-10-01T08:00:00.000Z",
      messageId: "<m@x>",
    });
  });

  it("replaces a sender that is not the account or a verified alias, keeping the original From", () => {
    const foreign = describeMessage(
      { ...envelope, from: "noreply@odoo.example" },
      "From: Odoo <noreply@odoo.example>",
      now,
    );
    expect(foreign).toMatchObject({
      from: "ada@gmail.com",
      headerFrom: "ada@gmail.com",
      originalFrom: "noreply@odoo.example",
    });
    const alias = describeMessage({ ...envelope, from: "Sales@Ada.example" }, "From: sales@ada.example", now);
    expect(alias).toMatchObject({ from: "Sales@Ada.example", headerFrom: "sales@ada.example" });
    expect(alias.originalFrom).toBeUndefined();
  });

  it("uses the time of receipt and makes up a Message-ID when the headers lack them", () => {
    const message = describeMessage(envelope, "X-Other: 1", now);
    expect(message.subject).toBe("");
    expect(message.headerFrom).toBe("ada@gmail.com");
    expect(message.date).toBe("2030-01-01T00:00:00.000Z");
    expect(message.messageId).toMatch(/^<[0-9a-f]{32}@mx\.google\.com>$/);
    expect(describeMessage(envelope, "Date: not a date", now).date).toBe("2030-01-01T00:00:00.000Z");
  });
});
