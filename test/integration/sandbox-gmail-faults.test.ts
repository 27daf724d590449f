/**
 * SMTP faults staged for one practice run: each on the run's own faulty server (its own port), each
 * answered with Gmail's exact lines, the main emulator untouched. Driven with the raw line client and
 * with nodemailer, through the in-process controls and through POST /sandbox/gmail/faults.
 */
import { Hono } from "hono";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADA, CLIENT_SECRET, createFakeWorld, FAKE_ORIGIN } from "../../server/sandbox/gmail/fake-world.ts";
import { createGmailSandbox, type GmailSandboxAddress, type SmtpFault } from "../../server/sandbox/gmail/index.ts";
import { SmtpTestClient } from "../../server/sandbox/gmail/smtp-test-client.ts";

const world = createFakeWorld();
const gmail = createGmailSandbox({ port: 0, ...world });
const app = new Hono().route("/gmail", gmail.routes);
let main: GmailSandboxAddress;

beforeAll(async () => {
  main = await gmail.start();
  world.grant("live-token", ADA);
});
afterAll(() => gmail.stop());

const GMAIL_ID = String.raw`[0-9a-f]{13}-[0-9a-f]{11}sm\d{9}[0-9a-f]{2}\.\d{1,2}`;
const xoauth2 = Buffer.from(`user=${ADA}\x01auth=Bearer live-token\x01\x01`).toString("base64");

async function faulty(fault: SmtpFault): Promise<GmailSandboxAddress> {
  const address = await gmail.controls.faultServer("sandbox-client", fault);
  expect(address.port).not.toBe(main.port);
  return address;
}

/** Connects to a server and returns the client and its greeting's session id. */
async function greeted(address: GmailSandboxAddress) {
  const client = await SmtpTestClient.connect(address.host, address.port);
  const [greeting = ""] = await client.reply();
  return { client, id: /ESMTP (\S+) - gsmtp$/.exec(greeting)?.[1] ?? "" };
}

async function secure(address: GmailSandboxAddress) {
  const session = await greeted(address);
  await session.client.command("EHLO client.test");
  await session.client.startTls(gmail.ca());
  await session.client.command("EHLO client.test");
  return session;
}

function mailer(address: GmailSandboxAddress, timeoutMs = 2_000) {
  return nodemailer.createTransport({
    host: address.host,
    port: address.port,
    secure: false,
    requireTLS: true,
    tls: { ca: gmail.ca() },
    greetingTimeout: timeoutMs,
    connectionTimeout: timeoutMs,
    auth: { type: "OAuth2", user: ADA, accessToken: "live-token" },
  });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("the client succeeded where Gmail refuses"),
    (error: Record<string, unknown>) => error,
  );

describe("SMTP faults, each on a practice run's own server", () => {
  it("try-later: 421 4.7.0 in answer to EHLO, then the connection closes", async () => {
    const { client, id } = await greeted(await faulty({ mode: "try-later" }));
    try {
      expect(await client.command("EHLO client.test")).toEqual([
        `421 4.7.0 Try again later, closing connection. (EHLO) ${id} - gsmtp`,
      ]);
      await expect(client.command("NOOP")).rejects.toThrow(/closed/);
    } finally {
      client.close();
    }
  });

  it("too-many-logins: 454-4.7.0 in answer to AUTH, even with a live token", async () => {
    const { client, id } = await secure(await faulty({ mode: "too-many-logins" }));
    try {
      expect(await client.command(`AUTH XOAUTH2 ${xoauth2}`)).toEqual([
        "454-4.7.0 Too many login attempts, please try again later. Learn more at",
        `454 4.7.0  https://support.google.com/mail/answer/7126229 ${id} - gsmtp`,
      ]);
    } finally {
      client.close();
    }
  });

  it("daily-limit: 550-5.4.5 at the end of DATA, and nothing is recorded", async () => {
    const address = await faulty({ mode: "daily-limit" });
    const before = (await (await app.request("/gmail/messages")).json()) as { messages: unknown[] };
    const error = await failure(mailer(address).sendMail({ from: ADA, to: ADA, text: "t" }));
    expect(error).toMatchObject({ responseCode: 550 });
    expect(String(error.response)).toMatch(
      new RegExp(
        String.raw`^550-5\.4\.5 Daily user sending limit exceeded\. For more information on Gmail\n` +
          String.raw`550-5\.4\.5 sending limits go to\n` +
          String.raw`550 5\.4\.5  https://support\.google\.com/a/answer/166852 ${GMAIL_ID} - gsmtp$`,
      ),
    );
    const after = (await (await app.request("/gmail/messages")).json()) as { messages: unknown[] };
    expect(after.messages).toHaveLength(before.messages.length);
  });

  it("slow-greeting: the greeting waits; by default longer than the client does", async () => {
    const slow = await faulty({ mode: "slow-greeting", delayMs: 300 });
    const started = performance.now();
    const { client } = await greeted(slow);
    client.close();
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    const held = await faulty({ mode: "slow-greeting" });
    const error = await failure(mailer(held, 400).verify());
    expect(error).toMatchObject({ code: "ETIMEDOUT" });
  });

  it("drop: the connection closes before any greeting", async () => {
    const error = await failure(mailer(await faulty({ mode: "drop" })).verify());
    expect(error.code).toMatch(/^E(CONNECTION|SOCKET)$/);
  });

  it("leaves the main emulator alone", async () => {
    await faulty({ mode: "try-later" });
    await expect(mailer(main).verify()).resolves.toBe(true);
  });
});

describe("POST /sandbox/gmail/faults", () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.request("/gmail/faults", {
      method: "POST",
      headers: { "content-type": "application/json", origin: FAKE_ORIGIN, ...headers },
      body: JSON.stringify(body),
    });

  it("opens a faulty server for the caller's own client, from the companion's pages only", async () => {
    const own = { client_id: "sandbox-client", client_secret: CLIENT_SECRET };
    const res = await post({ mode: "try-later", ...own });
    expect(res.status).toBe(201);
    const address = (await res.json()) as { host: string; port: number; mode: string };
    expect(address).toMatchObject({ host: "127.0.0.1", mode: "try-later" });
    const { client } = await greeted(address);
    expect((await client.command("EHLO x"))[0]).toMatch(/^421 4\.7\.0 /);
    client.close();
    expect((await post({ mode: "drop", ...own }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ mode: "drop" })).status).toBe(401);
    expect((await post({ mode: "drop", client_id: "shared-client", client_secret: "x" })).status).toBe(403);
    const bad = await post({ mode: "explode", ...own }, { "accept-language": "it" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ title: "Corpo della richiesta non valido" });
  });
});
