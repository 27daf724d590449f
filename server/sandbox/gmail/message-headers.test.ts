import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decodeEncodedWords, parseHeaders, readHeaderBlock } from "./message-headers.ts";

describe("readHeaderBlock", () => {
  it("returns the text before the first empty line and drains the rest", async () => {
    const stream = Readable.from([Buffer.from("Subject: a\r\nTo: b\r\n"), Buffer.from("\r\nsecret body\r\n")]);
    expect(await readHeaderBlock(stream)).toBe("Subject: a\r\nTo: b");
    expect(stream.readableEnded).toBe(true);
  });

  it("keeps at most 64 KiB", async () => {
    const block = await readHeaderBlock(Readable.from([Buffer.alloc(100 * 1024, "x")]));
    expect(block.length).toBe(64 * 1024);
  });
});

describe("parseHeaders", () => {
  it("unfolds continuation lines and keys fields by lower-case name, first one winning", () => {
    const headers = parseHeaders(
      "Subject: a long\r\n  subject\r\nMessage-ID: <1@x>\r\nmessage-id: <2@x>\r\nbroken line",
    );
    expect(headers.get("subject")).toBe("a long  subject");
    expect(headers.get("message-id")).toBe("<1@x>");
    expect(headers.size).toBe(2);
  });
});

describe("decodeEncodedWords", () => {
  it("decodes B and Q words and leaves plain text alone", () => {
    expect(decodeEncodedWords("=?UTF-8?B?Q2lhbyDDoA==?=")).toBe("Ciao à");
    expect(decodeEncodedWords("=?iso-8859-1?Q?caf=E9_cr=E8me?=")).toBe("café crème");
    expect(decodeEncodedWords("Plain =? text")).toBe("Plain =? text");
  });

  it("joins adjacent words, so a character split between two survives", () => {
    const bytes = Buffer.from("è", "utf8");
    const first = `=?UTF-8?B?${bytes.subarray(0, 1).toString("base64")}?=`;
    const second = `=?UTF-8?B?${bytes.subarray(1).toString("base64")}?=`;
    expect(decodeEncodedWords(`Caff${first}\r\n ${second} ok`)).toBe("Caffè ok");
  });

  it("keeps text between words that are not adjacent", () => {
    expect(decodeEncodedWords("=?UTF-8?Q?a?= and =?UTF-8?Q?b?=")).toBe("a and b");
  });

  it("falls back to Latin-1 for an unknown charset", () => {
    expect(decodeEncodedWords("=?x-unknown?Q?=E9?=")).toBe("é");
  });
});
