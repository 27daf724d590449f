/**
 * The Odoo emulator: one HTTPS listener per emulated instance on loopback (port 0 = any, printed at
 * start), with a certificate from a throwaway CA made at start; each instance's pages are also
 * mounted under the companion's own origin (/sandbox/odoo/<name>/…) for a browser that can only reach
 * the companion. `GET /sandbox/odoo/world` lists the instances with their login and API key. The
 * probe may contact these instances (and only these among loopback addresses): `probeTargets`.
 * Token exchange and userinfo go to the Google emulator in process, as Odoo would go to Google.
 */
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import type { SandboxProbeTargets } from "../../probe/target.ts";
import { createSandboxCertificates } from "../gmail/certificates.ts";
import { ODOO_MOUNT } from "./practice.ts";
import { mountRpc } from "./rpc.ts";
import { type GoogleLink, instanceRedirectUri, mountWeb } from "./web.ts";
import {
  createInstanceState,
  type GoogleClientSetting,
  ODOO_INSTANCES,
  type OdooInstanceState,
  type OdooScenario,
} from "./world.ts";

export interface OdooWorldInstance {
  name: string;
  version: string;
  url: string;
  db: string;
  login: string;
  apiKey: string;
  /** The same user's password, for /web/login (sandbox only: Odoo never shows one). */
  password: string;
  scenario: OdooScenario;
  /** The instance's pages under the companion's origin. */
  mountedUrl: string;
  /** The redirect URI the instance sends to Google now (from its web.base.url). */
  redirectUri: string;
}

export interface OdooSandboxOptions {
  google: Pick<GoogleLink, "request">;
  /** The sandbox's public origin (Google's pages, the mounted instances); in one process, the companion's. */
  baseUrl: () => string;
  /** The companion's origin when the sandbox runs in a process of its own (links back to its pages). */
  companionUrl?: () => string;
  /** The Google client every instance is configured with. */
  client: () => GoogleClientSetting;
  host?: string;
}

export interface OdooSandbox {
  /** Mount at /sandbox/odoo. */
  routes: Hono;
  probeTargets: SandboxProbeTargets;
  /** Redirect URIs the instances send (their listeners' and mounted addresses), for the Google clients. */
  redirectUris(): string[];
  world(): OdooWorldInstance[];
  start(): Promise<OdooWorldInstance[]>;
  stop(): Promise<void>;
}

export { ODOO_MOUNT } from "./practice.ts";

interface Running {
  state: OdooInstanceState;
  url: string;
  server: ReturnType<typeof serve>;
  mounted: Hono;
}

export function createOdooSandbox(options: OdooSandboxOptions): OdooSandbox {
  const host = options.host ?? "127.0.0.1";
  const certificates = createSandboxCertificates({ hosts: ["localhost", "127.0.0.1", "::1", host] });
  const google: GoogleLink = {
    request: (path, init) => options.google.request(path, init),
    authUrl: () => `${options.baseUrl()}/sandbox/google/o/oauth2/v2/auth`,
  };
  const running = new Map<string, Running>();

  const instanceApp = (state: OdooInstanceState, basePath: string) => {
    const app = basePath ? new Hono().basePath(basePath) : new Hono();
    mountRpc(app, state);
    const companion = options.companionUrl ?? options.baseUrl;
    const mountedLinks = () => (companion() === options.baseUrl() ? "" : companion());
    mountWeb(app, { state, basePath, google, companionOrigin: companion, mountedLinks });
    app.notFound((c) => c.html("<!doctype html><title>404 Not Found</title><h1>Not Found</h1>", 404));
    app.onError((error, c) => {
      console.error(`[sandbox/odoo] ${c.req.method}: ${error.name}`);
      return c.text("Internal Server Error", 500);
    });
    return app;
  };

  const routes = new Hono();
  const world = (): OdooWorldInstance[] =>
    [...running.values()].map(({ state, url }) => {
      const user = state.users.find((u) => u.login === state.spec.login) ?? state.users[0];
      return {
        name: state.spec.name,
        version: state.spec.version,
        url,
        db: state.spec.db,
        login: user?.login ?? "",
        apiKey: user?.apiKey ?? "",
        password: user?.password ?? "",
        scenario: state.spec.scenario,
        mountedUrl: `${options.baseUrl()}${ODOO_MOUNT}/${state.spec.name}`,
        redirectUri: instanceRedirectUri(state),
      };
    });
  routes.get("/world", (c) => c.json({ instances: world() }, 200, { "cache-control": "no-store" }));
  routes.all("/:name/*", (c) => {
    const instance = running.get(c.req.param("name"));
    return instance ? instance.mounted.fetch(c.req.raw) : c.notFound();
  });

  return {
    routes,
    probeTargets: {
      caFor: (origin) => ([...running.values()].some((r) => r.url === origin) ? certificates.caPem : undefined),
    },
    redirectUris: () =>
      [...running.values()].flatMap(({ state, url }) => [
        instanceRedirectUri(state),
        `${url}/google_gmail/confirm`,
        `${options.baseUrl()}${ODOO_MOUNT}/${state.spec.name}/google_gmail/confirm`,
      ]),
    world,
    async start() {
      for (const spec of ODOO_INSTANCES) {
        if (running.has(spec.name)) continue;
        let app: Hono | undefined;
        const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
          const s = serve(
            {
              fetch: (request: Request) => (app ? app.fetch(request) : new Response("starting", { status: 503 })),
              hostname: host,
              port: 0,
              createServer,
              serverOptions: { key: certificates.keyPem, cert: certificates.certPem, minVersion: "TLSv1.2" },
            },
            () => resolve(s),
          );
          s.once("error", reject);
        });
        const port = (server.address() as AddressInfo).port;
        const url = `https://${host.includes(":") ? `[${host}]` : host}:${port}`;
        const state = createInstanceState(spec, url, options.client());
        app = instanceApp(state, "");
        running.set(spec.name, { state, url, server, mounted: instanceApp(state, `${ODOO_MOUNT}/${spec.name}`) });
      }
      return world();
    },
    async stop() {
      await Promise.all(
        [...running.values()].map(
          ({ server }) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              if ("closeAllConnections" in server) server.closeAllConnections();
            }),
        ),
      );
      running.clear();
    },
  };
}
