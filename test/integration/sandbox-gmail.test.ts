/**
 * The Gmail SMTP sandbox driven by the real nodemailer, the way the companion and Odoo-like clients use
 * it: STARTTLS trusting the sandbox CA, XOAUTH2 with sandbox access tokens. Every refusal must reach
 * the client as Gmail's exact reply; accepted mail must show up in GET /sandbox/gmail/messages.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../server/app.ts";
import { ADA, BOB, CLIENT_SECRET, createFakeWorld, FAKE_ORIGIN } from "../../server/sandbox/gmail/fake-world.ts";
import { createGmailSandbox, type GmailSandboxAddress } from "../../server/sandbox/gmail/index.ts";

const world = createFakeWorld();
const gmail = createGmailSandbox({ port: 0, ...world });
const app = createApp({
  distDir: mkdtempSync(join(tmpdir(), "companion-dist-")),
  sandbox: new Hono().route("/gmail", gmail.routes),
});
let address: GmailSandboxAddress;

beforeAll(async () => {
  address = await gmail.start();
});
afterAll(() => gmail.stop());
beforeEach(() => {
  gmail.controls.clearMessages("sandbox-client");
});

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;
const OWN = { origin: FAKE_ORIGIN, authorization: basic("sandbox-client", CLIENT_SECRET) };

/** nodemailer as the brief prescribes: STARTTLS required, the sandbox CA trusted, nothing switched off. */
function transport(auth: Record<string, string>, tls: { ca?: string; servername?: string } = { ca: gmail.ca() }) {
  return nodemailer.createTransport({
    host: address.host,
    port: address.port,
    secure: false,
    requireTLS: true,
    tls,
    auth,
  });
}

const oauth = (user: string, accessToken: string) => ({ type: "OAuth2", user, accessToken });

const GMAIL_ID = String.raw`[0-9a-f]{13}-[0-9a-f]{11}sm\d{9}[0-9a-f]{2}\.\d{1,2}`;
const BAD_CREDENTIALS = new RegExp(
  String.raw`^535-5\.7\.8 Username and Password not accepted\. For more information, go to\n` +
    String.raw`535 5\.7\.8  https://support\.google\.com/mail/\?p=BadCredentials ${GMAIL_ID} - gsmtp$`,
);
const APP_PASSWORD_REQUIRED = new RegExp(
  String.raw`^534-5\.7\.9 Application-specific password required\. For more information, go to\n` +
    String.raw`534 5\.7\.9  https://support\.google\.com/mail/\?p=InvalidSecondFactor ${GMAIL_ID} - gsmtp$`,
);
const AUTHENTICATION_REQUIRED = new RegExp(
  String.raw`^530-5\.7\.0 Authentication Required\. For more information, go to\n` +
    String.raw`530 5\.7\.0  https://support\.google\.com/mail/\?p=WantAuthError ${GMAIL_ID} - gsmtp$`,
);

async function messages(): Promise<Array<Record<string, unknown>>> {
  const res = await app.request("/sandbox/gmail/messages");
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("no-store");
  return ((await res.json()) as { messages: Array<Record<string, unknown>> }).messages;
}

function failure(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  return promise.then(
    () => expect.fail("nodemailer succeeded where Gmail would refuse"),
    (error: Record<string, unknown>) => error,
  );
}

describe("XOAUTH2 with a live sandbox token", () => {
  it("verify() succeeds", async () => {
    world.grant("live-token", ADA);
    await expect(transport(oauth(ADA, "live-token")).verify()).resolves.toBe(true);
  });

  it("a message is accepted with Gmail's reply and listed by GET /sandbox/gmail/messages", async () => {
    world.grant("live-token", ADA);
    const info = await transport(oauth(ADA, "live-token")).sendMail({
      from: ADA,
      to: ["odoo-test@example.com", "second@example.com"],
      subject: "Prova di connessione — àèìòù",
      text: "the body stays out of the sandbox",
      date: new Date("2030-05-06T07:08:09Z"),
    });
    expect(info.response).toMatch(new RegExp(String.raw`^250 2\.0\.0 OK  \d{10} ${GMAIL_ID} - gsmtp$`));
    expect(info.accepted).toEqual(["odoo-test@example.com", "second@example.com"]);
    const listed = await messages();
    expect(listed).toEqual([
      {
        account: ADA,
        from: ADA,
        to: ["odoo-test@example.com", "second@example.com"],
        headerFrom: ADA,
        subject: "Prova di connessione — àèìòù",
        date: "2030-05-06T07:08:09.000Z",
        messageId: info.messageId,
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain("body stays out");
  });

  it("rewrites a sender that is not the account or a verified alias to the account, as Gmail does", async () => {
    world.grant("live-token", ADA);
    await transport(oauth(ADA, "live-token")).sendMail({
      from: "noreply@odoo.example",
      to: "x@example.com",
      text: "t",
    });
    await transport(oauth(ADA, "live-token")).sendMail({
      from: "ada.sales@example-workspace.test",
      to: "x@example.com",
      text: "t",
    });
    expect(await messages()).toMatchObject([
      { account: ADA, from: ADA, headerFrom: ADA, originalFrom: "noreply@odoo.example", to: ["x@example.com"] },
      { account: ADA, from: "ada.sales@example-workspace.test", headerFrom: "ada.sales@example-workspace.test" },
    ]);
  });

  it("prints no token, password or message body", async () => {
    const printed: unknown[][] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        printed.push(args);
      }),
    );
    try {
      world.grant("secret-token-1234", ADA);
      await transport(oauth(ADA, "secret-token-1234")).sendMail({
        from: ADA,
        to: "x@example.com",
        text: "secret body",
      });
      await failure(transport(oauth(ADA, "secret-token-5678")).verify());
      await failure(transport({ user: BOB, pass: "secret-password" }).verify());
      await failure(transport(oauth(ADA, "secret-token-1234"), {}).verify());
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(JSON.stringify(printed)).not.toMatch(/secret/);
  });

  it("DELETE /sandbox/gmail/messages forgets the caller's own client's messages, from the companion's pages only", async () => {
    world.grant("live-token", ADA);
    await transport(oauth(ADA, "live-token")).sendMail({ from: ADA, to: "x@example.com", subject: "s", text: "t" });
    expect(await messages()).toHaveLength(1);
    const del = (headers: Record<string, string>) =>
      app.request("/sandbox/gmail/messages", { method: "DELETE", headers });
    expect((await del({ authorization: OWN.authorization })).status).toBe(403);
    expect((await del({ ...OWN, origin: "https://evil.example" })).status).toBe(403);
    expect((await del({ origin: FAKE_ORIGIN })).status).toBe(401);
    expect((await del({ origin: FAKE_ORIGIN, authorization: basic("sandbox-client", "wrong") })).status).toBe(401);
    const shared = await del({ origin: FAKE_ORIGIN, authorization: basic("shared-client", "any") });
    expect(shared.status).toBe(403);
    expect(shared.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await messages()).toHaveLength(1);
    expect((await del(OWN)).status).toBe(204);
    expect(await messages()).toEqual([]);
  });
});

describe("XOAUTH2 refusals: Gmail's 334 challenge, then 535-5.7.8", () => {
  const rows: Array<[string, () => { user: string; token: string }]> = [
    ["an unknown token", () => ({ user: ADA, token: "never-issued" })],
    [
      "an expired token (sandbox clock advanced past its hour)",
      () => {
        world.grant("soon-expired", ADA);
        world.clock.advance(3600 * 1000 + 1);
        return { user: ADA, token: "soon-expired" };
      },
    ],
    [
      "another account's token (user= differs)",
      () => {
        world.grant("ada-token", ADA);
        return { user: BOB, token: "ada-token" };
      },
    ],
    [
      "a token without https://mail.google.com/ (gmail.send only)",
      () => {
        world.grant("send-scope", ADA, ["https://www.googleapis.com/auth/gmail.send", "openid", "email"]);
        return { user: ADA, token: "send-scope" };
      },
    ],
  ];

  for (const [name, setup] of rows) {
    for (const operation of ["verify", "sendMail"] as const) {
      it(`${name}: ${operation}() fails with EAUTH 535`, async () => {
        const { user, token } = setup();
        const mailer = transport(oauth(user, token));
        const error = await failure(
          operation === "verify" ? mailer.verify() : mailer.sendMail({ from: user, to: "x@example.com", text: "t" }),
        );
        expect(error).toMatchObject({ code: "EAUTH", responseCode: 535, command: "AUTH XOAUTH2" });
        expect(error.response).toMatch(BAD_CREDENTIALS);
        expect(await messages()).toEqual([]);
      });
    }
  }
});

describe("password logins, refused like Gmail", () => {
  for (const method of ["PLAIN", "LOGIN"] as const) {
    it(`${method} for an account without 2-step verification: 535-5.7.8`, async () => {
      const error = await failure(transport({ user: ADA, pass: "correct horse", method }).verify());
      expect(error).toMatchObject({ code: "EAUTH", responseCode: 535, command: `AUTH ${method}` });
      expect(error.response).toMatch(BAD_CREDENTIALS);
    });

    it(`${method} for an account with 2-step verification: 534-5.7.9`, async () => {
      const error = await failure(
        transport({ user: BOB, pass: "account password", method }).sendMail({
          from: BOB,
          to: "x@example.com",
          text: "t",
        }),
      );
      expect(error).toMatchObject({ code: "EAUTH", responseCode: 534, command: `AUTH ${method}` });
      expect(error.response).toMatch(APP_PASSWORD_REQUIRED);
    });
  }
});

describe("no authentication", () => {
  it("MAIL FROM after STARTTLS without AUTH gets 530-5.7.0 Authentication Required", async () => {
    const mailer = nodemailer.createTransport({
      host: address.host,
      port: address.port,
      secure: false,
      requireTLS: true,
      tls: { ca: gmail.ca() },
    });
    const error = await failure(mailer.sendMail({ from: ADA, to: "x@example.com", text: "t" }));
    expect(error).toMatchObject({ code: "EENVELOPE", responseCode: 530, command: "MAIL FROM" });
    expect(error.response).toMatch(AUTHENTICATION_REQUIRED);
  });
});

describe("TLS is real", () => {
  it("a client that does not trust the sandbox CA fails on the certificate", async () => {
    world.grant("live-token", ADA);
    const error = await failure(transport(oauth(ADA, "live-token"), {}).verify());
    expect(error.code).toBe("ESOCKET");
    expect(String(error.message)).toMatch(/unable to verify the first certificate/);
  });

  it("a client that expects another host name fails on the certificate", async () => {
    world.grant("live-token", ADA);
    const error = await failure(
      transport(oauth(ADA, "live-token"), { ca: gmail.ca(), servername: "smtp.gmail.com" }).verify(),
    );
    expect(error.code).toBe("ESOCKET");
    expect(String(error.message)).toMatch(/Hostname\/IP does not match certificate's altnames/);
  });
});
