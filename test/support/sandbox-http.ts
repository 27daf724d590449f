/**
 * The whole sandbox (Google and Gmail emulators) as `npm start` mounts it, on 127.0.0.1 and a free
 * port, without the guide or the API: for tests that drive it with real clients (google-auth-library,
 * nodemailer, Python's urllib and smtplib). Also: a consent completed over HTTP, returning the code.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { authorizeOverHttp } from "../../server/sandbox/google/browserless.ts";
import { createSandbox, type Sandbox } from "../../server/sandbox/index.ts";

export interface SandboxHttp {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** `${baseUrl}/sandbox/google` */
  google: string;
  sandbox: Sandbox;
  smtp: { host: string; port: number; ca: string };
  close(): Promise<void>;
}

export async function startSandboxHttp(): Promise<SandboxHttp> {
  let origin = "";
  const sandbox = createSandbox({ baseUrl: () => origin, smtpPort: 0 });
  const address = await sandbox.start();
  const app = new Hono().route("/sandbox", sandbox.routes);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: origin,
    google: `${origin}/sandbox/google`,
    sandbox,
    smtp: { ...address, ca: sandbox.gmail.ca() },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await sandbox.stop();
    },
  };
}

/** Completes the emulated consent for an authorization URL; the redirect's query (code, state, scope…). */
export async function consent(authUrl: string, account: string): Promise<URLSearchParams> {
  const outcome = await authorizeOverHttp(authUrl, { account });
  if (outcome.kind !== "redirect") throw new Error(`Google's page showed ${outcome.error}`);
  return outcome.url.searchParams;
}
