import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADA, createFakeWorld } from "../sandbox/gmail/fake-world.ts";
import { createGmailSandbox, type GmailSandboxAddress } from "../sandbox/gmail/index.ts";
import type { SmtpTarget } from "./model.ts";
import { checkSmtpConnection, checkXoauth2Login, sendToSelf } from "./smtp-checks.ts";

const world = createFakeWorld();
const gmail = createGmailSandbox({ port: 0, ...world });
let target: SmtpTarget;
let address: GmailSandboxAddress;

beforeAll(async () => {
  address = await gmail.start();
  target = { ...address, ca: gmail.ca() };
});
afterAll(() => gmail.stop());

describe("SMTP checks against the Gmail emulator", () => {
  it("connects with STARTTLS and a verified certificate, no login", async () => {
    await expect(checkSmtpConnection(target, 5_000)).resolves.toBeUndefined();
  });

  it("refuses a certificate it cannot verify (verification is never switched off)", async () => {
    await expect(checkSmtpConnection({ host: address.host, port: address.port }, 5_000)).rejects.toMatchObject({
      code: expect.stringMatching(/ETLS|ESOCKET|ECONNECTION/),
    });
  });

  it("logs in with XOAUTH2 for a live token and gets Gmail's 535 for a dead one", async () => {
    world.grant("live-token", ADA);
    await expect(checkXoauth2Login(target, 5_000, ADA, "live-token")).resolves.toBeUndefined();
    await expect(checkXoauth2Login(target, 5_000, ADA, "dead-token")).rejects.toMatchObject({
      code: "EAUTH",
      responseCode: 535,
    });
  });

  it("sends a message to the account itself", async () => {
    world.grant("send-token", ADA);
    const id = await sendToSelf(target, 5_000, { email: ADA, accessToken: "send-token" }, { subject: "S", text: "T" });
    expect(id).toMatch(/^<.+>$/);
    const messages = (await (await gmail.routes.request("/messages")).json()) as { messages: { to: string[] }[] };
    expect(messages.messages.at(-1)?.to).toEqual([ADA]);
  });
});

describe("SMTP timeouts", () => {
  let silent: Server;
  let port = 0;
  beforeAll(async () => {
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    port = (silent.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  it("gives up on a server that never greets within the timeout", async () => {
    const started = performance.now();
    await expect(checkSmtpConnection({ host: "127.0.0.1", port }, 200)).rejects.toBeDefined();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
