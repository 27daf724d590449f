import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxCertificates } from "./certificates.ts";
import { ADA, BOB } from "./fake-world.ts";
import { type SessionFacts, translateReply } from "./gmail-dialect.ts";
import { XOAUTH2_FAILURE } from "./replies.ts";
import { gmailServerOptions } from "./smtp.ts";
import { SmtpTestClient } from "./smtp-test-client.ts";

const session: SessionFacts = { id: "ID", secure: true, now: 1_700_000_000_123 };

describe("translateReply", () => {
  it("replaces the replies Gmail words differently", () => {
    expect(translateReply(220, "smtp.gmail.com ESMTP", false, session)?.lines).toEqual([
      "smtp.gmail.com ESMTP ID - gsmtp",
    ]);
    expect(translateReply(538, "Error: Must issue a STARTTLS command first", undefined, session)).toEqual({
      code: 530,
      lines: ["5.7.0 Must issue a STARTTLS command first. ID - gsmtp"],
    });
    expect(translateReply(500, "Error: command not recognized", "FOO", session)).toEqual({
      code: 502,
      lines: ["5.5.1 Unrecognized command. ID - gsmtp"],
    });
    expect(translateReply(235, "Authentication successful", undefined, session)?.lines).toEqual(["2.7.0 Accepted"]);
    expect(translateReply(250, "OK: message queued", "DATA_OK", session)?.lines).toEqual([
      "2.0.0 OK  1700000000 ID - gsmtp",
    ]);
    expect(translateReply(250, "Flushed", undefined, session)?.lines).toEqual(["2.1.5 Flushed ID - gsmtp"]);
  });

  it("answers MAIL before STARTTLS and MAIL before AUTH differently, as Gmail does", () => {
    const required = "Error: authentication Required";
    expect(translateReply(530, required, undefined, session)?.lines[0]).toBe(
      "5.7.0 Authentication Required. For more information, go to",
    );
    expect(translateReply(530, required, undefined, { ...session, secure: false })?.lines[0]).toBe(
      "5.7.0 Must issue a STARTTLS command first. For more information, go to",
    );
  });

  it("builds EHLO from the library's greeting line and Gmail's capabilities", () => {
    const reply = translateReply(250, ["smtp.gmail.com at your service, [127.0.0.1]", "PIPELINING", "DSN"], false, {
      ...session,
      secure: false,
    });
    expect(reply?.lines).toEqual([
      "smtp.gmail.com at your service, [127.0.0.1]",
      "SIZE 35882577",
      "8BITMIME",
      "STARTTLS",
      "ENHANCEDSTATUSCODES",
      "PIPELINING",
      "CHUNKING",
      "SMTPUTF8",
    ]);
  });

  it("stages a practice server's fault with Gmail's lines", () => {
    const ehlo = ["smtp.gmail.com at your service, [127.0.0.1]", "PIPELINING"];
    expect(translateReply(250, ehlo, false, { ...session, fault: "try-later" })?.code).toBe(421);
    expect(translateReply(454, "Too many login attempts", undefined, session)?.lines[0]).toBe(
      "4.7.0 Too many login attempts, please try again later. Learn more at",
    );
    expect(translateReply(550, "Daily user sending limit exceeded", undefined, session)?.lines[0]).toBe(
      "5.4.5 Daily user sending limit exceeded. For more information on Gmail",
    );
  });

  it("lets every other reply through", () => {
    expect(translateReply(220, "Ready to start TLS", undefined, session)).toBeUndefined();
    expect(translateReply(250, "OK", undefined, session)).toBeUndefined();
    expect(translateReply(503, "Error: need MAIL command", undefined, session)).toBeUndefined();
    expect(translateReply(501, "Error: invalid userdata", undefined, session)).toBeUndefined();
    expect(translateReply(334, "VXNlcm5hbWU6", undefined, session)).toBeUndefined();
  });
});

describe("smtp-server's connection wiring that GmailSmtpServer.connect() repeats", () => {
  it("is unchanged", () => {
    expect(SMTPServer.prototype.connect.toString().replace(/\s+/g, " ")).toBe(
      "connect(socket, socketOptions) { let connection = new SMTPConnection(this, socket, socketOptions); " +
        "this.connections.add(connection); connection.on('error', err => this._onError(err)); " +
        "connection.on('connect', data => this._onClientConnect(data)); connection.init(); }",
    );
  });
});

/**
 * The library side of the translation: a plain SMTPServer with the sandbox's options must still send
 * these codes, texts and enhanced codes (the enhanced code shows the context smtp-server passed to
 * send(): none for the greeting, 2.1.0 for MAIL_FROM_OK, 2.1.5 for RCPT_TO_OK, 2.6.0 for DATA_OK).
 * If a smtp-server upgrade changes one, this fails and gmail-dialect.ts needs a look.
 */
describe("smtp-server's own replies that gmail-dialect.ts translates", () => {
  const certificates = createSandboxCertificates({ hosts: ["127.0.0.1"] });
  const server = new SMTPServer({
    ...gmailServerOptions(certificates),
    onAuth(auth, _session, callback) {
      if (auth.method === "XOAUTH2")
        callback(null, auth.accessToken === "good" ? { user: ADA } : { data: XOAUTH2_FAILURE });
      else callback(null, auth.username === BOB ? { responseCode: 534 } : {});
    },
    onData(stream, _session, callback) {
      stream.on("end", () => callback());
      stream.resume();
    },
  });
  let port = 0;

  beforeAll(async () => {
    server.listen(0, "127.0.0.1");
    await once(server.server, "listening");
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const xoauth2 = (token: string) => Buffer.from(`user=${ADA}\x01auth=Bearer ${token}\x01\x01`).toString("base64");
  const plain = (user: string) => Buffer.from(`\0${user}\0password`).toString("base64");

  it("are unchanged", async () => {
    const client = await SmtpTestClient.connect("127.0.0.1", port);
    try {
      expect(await client.reply()).toEqual(["220 smtp.gmail.com ESMTP"]);
      const ehlo = await client.command("EHLO client.test");
      expect(ehlo[0]).toBe("250-smtp.gmail.com at your service, [127.0.0.1]");
      expect(ehlo.length).toBeGreaterThan(1);
      expect(await client.command(`AUTH PLAIN ${plain(ADA)}`)).toEqual([
        "538 5.7.0 Error: Must issue a STARTTLS command first",
      ]);
      expect(await client.command(`MAIL FROM:<${ADA}>`)).toEqual(["530 5.7.0 Authentication Required."]);
      expect(await client.startTls(certificates.caPem)).toEqual(["220 2.0.0 Ready to start TLS"]);
      await client.command("EHLO client.test");
      expect(await client.command(`MAIL FROM:<${ADA}>`)).toEqual(["530 5.7.0 Authentication Required."]);
      const challenge = `334 ${Buffer.from(JSON.stringify(XOAUTH2_FAILURE)).toString("base64")}`;
      expect(await client.command(`AUTH XOAUTH2 ${xoauth2("bad")}`)).toEqual([challenge]);
      expect(await client.command("")).toEqual(["535 5.7.8 Error: Username and Password not accepted"]);
      // Whatever line follows the challenge is its answer, MAIL FROM included (Odoo sends that).
      expect(await client.command(`AUTH XOAUTH2 ${xoauth2("bad")}`)).toEqual([challenge]);
      expect(await client.command(`MAIL FROM:<${ADA}>`)).toEqual([
        "535 5.7.8 Error: Username and Password not accepted",
      ]);
      expect(await client.command(`AUTH PLAIN ${plain(ADA)}`)).toEqual([
        "535 5.7.8 Error: Authentication credentials invalid",
      ]);
      expect(await client.command(`AUTH PLAIN ${plain(BOB)}`)).toEqual([
        "534 5.0.0 Error: Authentication credentials invalid",
      ]);
      expect(await client.command(`AUTH XOAUTH2 ${xoauth2("good")}`)).toEqual(["235 2.7.0 Authentication successful"]);
      expect(await client.command(`MAIL FROM:<${ADA}>`)).toEqual(["250 2.1.0 Accepted"]);
      expect(await client.command("RSET")).toEqual(["250 2.0.0 Flushed"]);
      await client.command(`MAIL FROM:<${ADA}>`);
      expect(await client.command("RCPT TO:<x@example.com>")).toEqual(["250 2.1.5 Accepted"]);
      expect(await client.command("DATA")).toEqual(["354 End data with <CR><LF>.<CR><LF>"]);
      expect(await client.command("Subject: s\r\n\r\nbody\r\n.")).toEqual(["250 2.6.0 OK: message queued"]);
      expect(await client.command("BOGUS")).toEqual(["500 5.5.2 Error: command not recognized"]);
      expect(await client.command("QUIT")).toEqual(["221 2.0.0 Bye"]);
    } finally {
      client.close();
    }
  });
});
