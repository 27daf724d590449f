/**
 * The Gmail SMTP sandbox's dialogue, line by line, with a raw client (STARTTLS verified against the
 * sandbox CA): every reply must be Gmail's, down to the two spaces before a help link and the
 * per-connection id that ends each line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADA, createFakeWorld } from "../../server/sandbox/gmail/fake-world.ts";
import { createGmailSandbox, type GmailSandboxAddress } from "../../server/sandbox/gmail/index.ts";
import { SmtpTestClient } from "../../server/sandbox/gmail/smtp-test-client.ts";

const world = createFakeWorld();
const gmail = createGmailSandbox({ port: 0, ...world });
let address: GmailSandboxAddress;

beforeAll(async () => {
  address = await gmail.start();
});
afterAll(() => gmail.stop());

const xoauth2 = (user: string, token: string) =>
  Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`).toString("base64");

const EHLO_BEFORE_TLS = [
  "250-smtp.gmail.com at your service, [127.0.0.1]",
  "250-SIZE 35882577",
  "250-8BITMIME",
  "250-STARTTLS",
  "250-ENHANCEDSTATUSCODES",
  "250-PIPELINING",
  "250-CHUNKING",
  "250 SMTPUTF8",
];
const EHLO_AFTER_TLS = [
  "250-smtp.gmail.com at your service, [127.0.0.1]",
  "250-SIZE 35882577",
  "250-8BITMIME",
  "250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH",
  "250-ENHANCEDSTATUSCODES",
  "250-PIPELINING",
  "250-CHUNKING",
  "250 SMTPUTF8",
];

/** Connects, reads the greeting and returns the client with Gmail's id for the session. */
async function connect(): Promise<{ client: SmtpTestClient; id: string }> {
  const client = await SmtpTestClient.connect(address.host, address.port);
  const [greeting = ""] = await client.reply();
  const match = /^220 smtp\.gmail\.com ESMTP (\S+) - gsmtp$/.exec(greeting);
  expect(match, greeting).not.toBeNull();
  return { client, id: match?.[1] ?? "" };
}

/** Connects, says EHLO, upgrades with the sandbox CA and says EHLO again. */
async function connectSecure(): Promise<{ client: SmtpTestClient; id: string }> {
  const session = await connect();
  await session.client.command("EHLO client.test");
  expect(await session.client.startTls(gmail.ca())).toEqual(["220 2.0.0 Ready to start TLS"]);
  expect(await session.client.command("EHLO client.test")).toEqual(EHLO_AFTER_TLS);
  return session;
}

describe("before STARTTLS", () => {
  it("greets and answers EHLO like smtp.gmail.com:587, without AUTH", async () => {
    const { client } = await connect();
    try {
      expect(await client.command("EHLO client.test")).toEqual(EHLO_BEFORE_TLS);
    } finally {
      client.close();
    }
  });

  it("refuses AUTH until STARTTLS, whatever the mechanism", async () => {
    const { client, id } = await connect();
    try {
      await client.command("EHLO client.test");
      for (const auth of [`AUTH XOAUTH2 ${xoauth2(ADA, "t")}`, "AUTH LOGIN", `AUTH PLAIN ${xoauth2(ADA, "t")}`]) {
        expect(await client.command(auth)).toEqual([`530 5.7.0 Must issue a STARTTLS command first. ${id} - gsmtp`]);
      }
    } finally {
      client.close();
    }
  });

  it("answers an unknown command with 502 5.5.1", async () => {
    const { client, id } = await connect();
    try {
      expect(await client.command("FOOBAR")).toEqual([`502 5.5.1 Unrecognized command. ${id} - gsmtp`]);
      expect(await client.command("XYZZY now")).toEqual([`502 5.5.1 Unrecognized command. ${id} - gsmtp`]);
    } finally {
      client.close();
    }
  });

  it("refuses MAIL until STARTTLS", async () => {
    const { client, id } = await connect();
    try {
      await client.command("EHLO client.test");
      expect(await client.command(`MAIL FROM:<${ADA}>`)).toEqual([
        "530-5.7.0 Must issue a STARTTLS command first. For more information, go to",
        "530-5.7.0  https://support.google.com/a/answer/3221692 and review RFC 3207",
        `530 5.7.0 specifications. ${id} - gsmtp`,
      ]);
    } finally {
      client.close();
    }
  });
});

describe("after STARTTLS", () => {
  it("refuses MAIL before AUTH with 530-5.7.0 Authentication Required", async () => {
    const { client, id } = await connectSecure();
    try {
      expect(await client.command(`MAIL FROM:<${ADA}>`)).toEqual([
        "530-5.7.0 Authentication Required. For more information, go to",
        `530 5.7.0  https://support.google.com/mail/?p=WantAuthError ${id} - gsmtp`,
      ]);
    } finally {
      client.close();
    }
  });

  it("challenges a refused XOAUTH2 token with 334, then answers the empty line with 535-5.7.8", async () => {
    const { client, id } = await connectSecure();
    try {
      expect(await client.command(`AUTH XOAUTH2 ${xoauth2(ADA, "never-issued")}`)).toEqual([
        "334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
      ]);
      expect(await client.command("")).toEqual([
        "535-5.7.8 Username and Password not accepted. For more information, go to",
        `535 5.7.8  https://support.google.com/mail/?p=BadCredentials ${id} - gsmtp`,
      ]);
    } finally {
      client.close();
    }
  });

  it("takes the line after the XOAUTH2 challenge as its answer, so Odoo's MAIL FROM gets 535-5.7.8", async () => {
    const { client, id } = await connectSecure();
    try {
      const [challenge = ""] = await client.command(`AUTH XOAUTH2 ${xoauth2(ADA, "never-issued")}`);
      expect(challenge).toMatch(/^334 /);
      expect(await client.command(`MAIL FROM:<${ADA}>`)).toEqual([
        "535-5.7.8 Username and Password not accepted. For more information, go to",
        `535 5.7.8  https://support.google.com/mail/?p=BadCredentials ${id} - gsmtp`,
      ]);
      expect(await client.command(`MAIL FROM:<${ADA}>`)).toEqual([
        "530-5.7.0 Authentication Required. For more information, go to",
        `530 5.7.0  https://support.google.com/mail/?p=WantAuthError ${id} - gsmtp`,
      ]);
    } finally {
      client.close();
    }
  });

  it("accepts a live token and carries a message through with Gmail's replies", async () => {
    world.grant("dialogue-token", ADA);
    const { client, id } = await connectSecure();
    try {
      expect(await client.command(`AUTH XOAUTH2 ${xoauth2(ADA, "dialogue-token")}`)).toEqual(["235 2.7.0 Accepted"]);
      expect(await client.command(`MAIL FROM:<${ADA}>`)).toEqual([`250 2.1.0 OK ${id} - gsmtp`]);
      expect(await client.command("RSET")).toEqual([`250 2.1.5 Flushed ${id} - gsmtp`]);
      await client.command(`MAIL FROM:<${ADA}>`);
      expect(await client.command("RCPT TO:<noreply@odoo.com>")).toEqual([`250 2.1.5 OK ${id} - gsmtp`]);
      expect(await client.command("DATA")).toEqual([`354 Go ahead ${id} - gsmtp`]);
      const before = Math.floor(world.clock.now() / 1000);
      const [accepted = ""] = await client.command("Subject: raw\r\n\r\nbody\r\n.");
      const seconds = Number(/^250 2\.0\.0 OK {2}(\d+) /.exec(accepted)?.[1]);
      expect(accepted).toBe(`250 2.0.0 OK  ${seconds} ${id} - gsmtp`);
      expect(seconds).toBeGreaterThanOrEqual(before);
      expect(seconds).toBeLessThanOrEqual(before + 5);
      expect(await client.command("QUIT")).toEqual([`221 2.0.0 closing connection ${id} - gsmtp`]);
    } finally {
      client.close();
    }
  });

  it("gives each connection its own id", async () => {
    const first = await connect();
    const second = await connect();
    first.client.close();
    second.client.close();
    expect(first.id).not.toBe(second.id);
  });
});

describe("TLS", () => {
  it("cannot be completed by a client that does not trust the sandbox CA", async () => {
    const { client } = await connect();
    try {
      await client.command("EHLO client.test");
      await expect(client.startTls()).rejects.toMatchObject({ code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE" });
    } finally {
      client.close();
    }
  });
});
