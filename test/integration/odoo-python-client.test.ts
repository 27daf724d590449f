/**
 * Odoo's way of talking, as a test: test/odoo/google_gmail.py does what addons/google_gmail does in
 * 16.0-18.0 and 19.0 (auth URL, form-encoded exchange and refresh sending redirect_uri, 19.0's
 * userinfo check, smtplib STARTTLS without certificate checks, AUTH XOAUTH2 with the reply ignored,
 * then MAIL FROM), run by python3 against both emulators. It passes and fails exactly where Odoo would
 * against Google and Gmail, and the lines asserted are the ones Odoo turns into its messages.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY_MS } from "../../server/sandbox/clock.ts";
import { ODOO_REDIRECT_URI } from "../../server/sandbox/world.ts";
import { consent, type SandboxHttp, startSandboxHttp } from "../support/sandbox-http.ts";

const SCRIPT = fileURLToPath(new URL("../odoo/google_gmail.py", import.meta.url));
const TESTER = "odoo.tester@gmail.com";
/** The Odoo whose callback the sandbox's Web clients register (web.base.url without the callback path). */
const BASE_URL = new URL(ODOO_REDIRECT_URI).origin;
const GMAIL_ID = String.raw`[0-9a-f]{13}-[0-9a-f]{11}sm\d{9}[0-9a-f]{2}\.\d{1,2}`;

let s: SandboxHttp;
let python: ChildProcessWithoutNullStreams;
const waiting: ((line: string) => void)[] = [];

beforeAll(async () => {
  s = await startSandboxHttp();
  // One Python process for the file: a command per line in, an answer per line out.
  python = spawn("python3", [SCRIPT]);
  createInterface({ input: python.stdout }).on("line", (line) => waiting.shift()?.(line));
});
afterAll(async () => {
  python.stdin.end();
  await s.close();
});

/** Runs one command of the Odoo-style client. */
async function odoo<T = Record<string, unknown>>(command: string, params: Record<string, unknown>): Promise<T> {
  const line = await new Promise<string>((resolve) => {
    waiting.push(resolve);
    python.stdin.write(`${JSON.stringify({ command, params })}\n`);
  });
  const answer = JSON.parse(line) as { result?: T; crash?: string };
  if (answer.crash !== undefined) throw new Error(`${command}: ${answer.crash}`);
  return answer.result as T;
}

interface Connected {
  client: { client_id: string; client_secret: string };
  params: Record<string, unknown>;
  tokens: { access_token: string; refresh_token: string; expiration: number };
}

/** What Odoo does from "Connect your Gmail account" to stored tokens, for one version. */
async function connectOdoo(version: number, scenario: "healthy" | "testing" = "healthy"): Promise<Connected> {
  const client = s.sandbox.controls.newClient(scenario);
  const params = {
    version,
    client_id: client.client_id,
    client_secret: client.client_secret,
    base_url: BASE_URL,
    auth_endpoint: `${s.google}/o/oauth2/v2/auth`,
    token_url: `${s.google}/token`,
    userinfo_url: `${s.google}/oauth2/v2/userinfo`,
  };
  const { url } = await odoo<{ url: string }>("auth-url", params);
  const back = await consent(url, TESTER);
  const result = await odoo<Connected["tokens"] & { odoo_error: string | null }>("exchange", {
    ...params,
    code: back.get("code"),
  });
  expect(result.odoo_error).toBeNull();
  return { client, params, tokens: result };
}

const smtp = () => ({ host: s.smtp.host, port: s.smtp.port, user: TESTER });

describe.each([16, 17, 18, 19])("Odoo %s.0", (version) => {
  it("asks Google for what Odoo asks, in Odoo's order", async () => {
    const client = s.sandbox.controls.newClient("healthy");
    const { url } = await odoo<{ url: string }>("auth-url", {
      version,
      client_id: client.client_id,
      client_secret: client.client_secret,
      base_url: `${BASE_URL}/erp`,
      auth_endpoint: `${s.google}/o/oauth2/v2/auth`,
    });
    const query = new URL(url).searchParams;
    expect([...query.keys()]).toEqual([
      "client_id",
      "redirect_uri",
      "response_type",
      "scope",
      "access_type",
      "prompt",
      "state",
    ]);
    expect(query.get("redirect_uri")).toBe(
      version >= 19 ? `${BASE_URL}/erp/google_gmail/confirm` : `${BASE_URL}/google_gmail/confirm`,
    );
    expect(query.get("scope")).toBe(
      version >= 19
        ? "https://mail.google.com/ https://www.googleapis.com/auth/userinfo.email"
        : "https://mail.google.com/",
    );
    expect(JSON.parse(query.get("state") ?? "")).toMatchObject({ model: "ir.mail_server", id: 1 });
  });

  it("connects, passes Odoo's Test Connection, and sends", async () => {
    const { tokens } = await connectOdoo(version);
    expect(tokens.refresh_token).toMatch(/^1\/\//);
    const test = await odoo<{ odoo: string; transcript: { command: string; code: number }[] }>("smtp-test", {
      ...smtp(),
      access_token: tokens.access_token,
    });
    expect(test.odoo).toBe("Connection Test Successful!");
    expect(test.transcript.map((t) => [t.command, t.code])).toEqual([
      ["STARTTLS", 220],
      ["AUTH XOAUTH2", 235],
      ["MAIL FROM", 250],
      ["RCPT TO", 250],
      ["DATA", 354],
    ]);
    const sent = await odoo("send", {
      ...smtp(),
      access_token: tokens.access_token,
      from: "notifications@mycompany.example",
      to: TESTER,
      subject: `Odoo ${version} says hello`,
    });
    expect(sent).toMatchObject({ error_type: null });
    const inbox = (await (await fetch(`${s.baseUrl}/sandbox/gmail/messages`)).json()) as {
      messages: Record<string, unknown>[];
    };
    expect(inbox.messages.at(-1)).toMatchObject({
      subject: `Odoo ${version} says hello`,
      from: TESTER,
      headerFrom: TESTER,
      originalFrom: "notifications@mycompany.example",
    });
  });

  it("with a token Gmail refuses: the ignored 334, then 535 to MAIL FROM, in Odoo's sender-refused message", async () => {
    const test = await odoo<{ odoo: string; transcript: { command: string; code: number; reply: string }[] }>(
      "smtp-test",
      { ...smtp(), access_token: "ya29.a0-not-a-live-token" },
    );
    expect(test.transcript[1]).toMatchObject({
      command: "AUTH XOAUTH2",
      code: 334,
      reply: "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==",
    });
    expect(test.transcript[2]).toMatchObject({ command: "MAIL FROM", code: 535 });
    expect(test.odoo).toMatch(
      new RegExp(
        String.raw`^The server refused the sender address \(odoo\.tester@gmail\.com\) with error ` +
          String.raw`b'5\.7\.8 Username and Password not accepted\. For more information, go to\\n` +
          String.raw`5\.7\.8  https://support\.google\.com/mail/\?p=BadCredentials ${GMAIL_ID} - gsmtp'$`,
      ),
    );
  });

  it("a week after consent in Testing: the refresh is refused and Odoo says it could not fetch the token", async () => {
    const { client, params, tokens } = await connectOdoo(version, "testing");
    const fresh = await odoo<{ odoo_error: string | null }>("refresh", {
      ...params,
      refresh_token: tokens.refresh_token,
    });
    expect(fresh.odoo_error).toBeNull();
    s.sandbox.controls.ageGrants(client.client_id, 8 * DAY_MS);
    const dead = await odoo("refresh", { ...params, refresh_token: tokens.refresh_token });
    expect(dead).toEqual({
      status: 400,
      google: { error: "invalid_grant", error_description: "Token has been expired or revoked." },
      odoo_error: "An error occurred when fetching the access token.",
    });
  });
});

describe("Odoo 19.0's check of the consented address", () => {
  it("accepts the server's own verified address and refuses another with Odoo's message", async () => {
    const { params, tokens } = await connectOdoo(19);
    const same = await odoo("userinfo", { ...params, access_token: tokens.access_token, email_server: TESTER });
    expect(same).toMatchObject({ status: 200, google: { email: TESTER, verified_email: true }, odoo_error: null });
    const other = await odoo("userinfo", {
      ...params,
      access_token: tokens.access_token,
      email_server: "sales@mycompany.example",
    });
    expect(other).toMatchObject({
      odoo_error:
        "Oops, you're creating an authorization to send from odoo.tester@gmail.com but your address is sales@mycompany.example. Make sure your addresses match!",
    });
    const refused = await odoo("userinfo", { ...params, access_token: "ya29.nope", email_server: TESTER });
    expect(refused).toEqual({ status: 401, odoo_error: "Forbidden" });
  });
});

describe("Gmail refusing an Odoo session (a practice run's faulty server)", () => {
  it("too many logins: the ignored 454, then 530 Authentication Required to MAIL FROM", async () => {
    const { client, tokens } = await connectOdoo(17);
    const address = await s.sandbox.controls.faultServer(client.client_id, { mode: "too-many-logins" });
    const test = await odoo<{ odoo: string; transcript: { command: string; code: number }[] }>("smtp-test", {
      ...smtp(),
      ...address,
      access_token: tokens.access_token,
    });
    expect(test.transcript[1]).toMatchObject({ command: "AUTH XOAUTH2", code: 454 });
    expect(test.odoo).toMatch(
      /^The server refused the sender address \(odoo\.tester@gmail\.com\) with error b'5\.7\.0 Authentication Required\./,
    );
  });

  it("daily limit: sendmail() raises SMTPDataError with Gmail's 550 5.4.5 lines", async () => {
    const { client, tokens } = await connectOdoo(18);
    const address = await s.sandbox.controls.faultServer(client.client_id, { mode: "daily-limit" });
    const sent = await odoo<{ error_type: string; error: string }>("send", {
      ...smtp(),
      ...address,
      access_token: tokens.access_token,
      from: TESTER,
      to: TESTER,
    });
    expect(sent.error_type).toBe("SMTPDataError");
    expect(sent.error).toMatch(/^\(550, b'5\.4\.5 Daily user sending limit exceeded\. For more information on Gmail/);
  });

  it("try later: 421 to EHLO closes the session, which Odoo reports as closed unexpectedly", async () => {
    const { client, tokens } = await connectOdoo(16);
    const address = await s.sandbox.controls.faultServer(client.client_id, { mode: "try-later" });
    const test = await odoo<{ odoo: string }>("smtp-test", {
      ...smtp(),
      ...address,
      access_token: tokens.access_token,
    });
    expect(test.odoo).toMatch(/^The server has closed the connection unexpectedly\./);
  });
});
