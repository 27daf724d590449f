/**
 * A real HTTP server with the Google emulator mounted at /sandbox/google, on 127.0.0.1 and a free port,
 * for tests that drive it with real clients (google-auth-library, fetch, Chromium). `setup` may add
 * routes of its own, e.g. a stand-in for the companion's /api/live/callback.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createSandboxClock } from "../clock.ts";
import type { SandboxClock } from "../contracts.ts";
import { createGoogleSandbox, type GoogleSandbox } from "./index.ts";
import { GOOGLE_MOUNT, GOOGLE_PATHS } from "./paths.ts";

export interface SandboxServer {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  google: GoogleSandbox;
  clock: SandboxClock;
  /** OAuth2Client `endpoints` pointing at this sandbox. */
  endpoints: { oauth2AuthBaseUrl: string; oauth2TokenUrl: string; oauth2RevokeUrl: string; tokenInfoUrl: string };
  /** An absolute URL of the emulator (path relative to the mount). */
  url(path: string): string;
  close(): Promise<void>;
}

export async function startSandboxServer(setup?: (app: Hono) => void): Promise<SandboxServer> {
  let baseUrl = "";
  const clock = createSandboxClock();
  const google = createGoogleSandbox({ clock, baseUrl: () => baseUrl });
  const app = new Hono();
  app.route(GOOGLE_MOUNT, google.routes);
  setup?.(app);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = (path: string) => `${baseUrl}${GOOGLE_MOUNT}${path}`;
  return {
    baseUrl,
    google,
    clock,
    endpoints: {
      oauth2AuthBaseUrl: url(GOOGLE_PATHS.auth),
      oauth2TokenUrl: url(GOOGLE_PATHS.token),
      oauth2RevokeUrl: url(GOOGLE_PATHS.revoke),
      tokenInfoUrl: url(GOOGLE_PATHS.tokeninfo),
    },
    url,
    close: () =>
      new Promise<void>((resolve) => {
        google.close();
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}
