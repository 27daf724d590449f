/**
 * Starting and stopping the Gmail SMTP sandbox (its start time is measured by `npm run bench`, not here),
 * GET /sandbox/gmail/config before, during and after, and what a second start or a busy port does.
 */

import { X509Certificate } from "node:crypto";
import net from "node:net";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createFakeWorld } from "../../server/sandbox/gmail/fake-world.ts";
import { createGmailSandbox } from "../../server/sandbox/gmail/index.ts";

function sandbox(port = 0) {
  const gmail = createGmailSandbox({ port, ...createFakeWorld() });
  const http = new Hono().route("/sandbox/gmail", gmail.routes);
  return { gmail, http };
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("Gmail sandbox lifecycle", () => {
  it("publishes host, port and CA only while running", async () => {
    const { gmail, http } = sandbox();
    expect(() => gmail.ca()).toThrow(/not started/);
    const before = await http.request("/sandbox/gmail/config");
    expect(before.status).toBe(503);
    expect(before.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await before.json()).toMatchObject({ status: 503, title: "Gmail sandbox not running" });
    const italian = await http.request("/sandbox/gmail/config?lang=it");
    expect(await italian.json()).toMatchObject({ title: "Sandbox Gmail non attiva" });

    const address = await gmail.start();
    expect(address.host).toBe("127.0.0.1");
    expect(address.port).toBeGreaterThan(0);
    const during = await http.request("/sandbox/gmail/config");
    expect(during.status).toBe(200);
    const config = (await during.json()) as { host: string; port: number; ca: string };
    expect(config).toEqual({ host: "127.0.0.1", port: address.port, ca: gmail.ca() });
    expect(new X509Certificate(config.ca).ca).toBe(true);
    expect(await accepts(address.host, address.port)).toBe(true);

    await gmail.stop();
    expect((await http.request("/sandbox/gmail/config")).status).toBe(503);
    expect(await accepts(address.host, address.port)).toBe(false);
  });

  it("answers a second start with the same address and keeps its CA across a restart", async () => {
    const { gmail } = sandbox();
    const [first, second] = await Promise.all([gmail.start(), gmail.start()]);
    expect(second).toEqual(first);
    const ca = gmail.ca();
    await gmail.stop();
    await gmail.stop();
    await gmail.start();
    expect(gmail.ca()).toBe(ca);
    await gmail.stop();
  });

  it("rejects a start on a port already in use, and can start later", async () => {
    const { gmail: holder } = sandbox();
    const { port } = await holder.start();
    const { gmail, http } = sandbox(port);
    await expect(gmail.start()).rejects.toMatchObject({ code: "EADDRINUSE" });
    expect((await http.request("/sandbox/gmail/config")).status).toBe(503);
    await holder.stop();
    await expect(gmail.start()).resolves.toMatchObject({ port });
    await gmail.stop();
  });
});
