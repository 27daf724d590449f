/**
 * The Google OAuth emulator of the sandbox: Google's authorization pages, token, tokeninfo, revoke,
 * userinfo and discovery endpoints, plus sandbox-only test controls, as one Hono app to mount at
 * /sandbox/google. Everything lives in memory and is created fresh (new client ids and secrets) at
 * each start; nothing here calls the network or logs a token or secret.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { OriginPolicy } from "../../http/origin-policy.ts";
import { problem, requestLang } from "../../problem.ts";
import type { AccessTokenVerifier, ClientChecker, SandboxAccount, SandboxClock } from "../contracts.ts";
import { createFaults } from "../faults.ts";
import { createSandboxWorld, type SandboxWorld } from "../world.ts";
import { apiRoutes } from "./api-routes.ts";
import { authRoutes } from "./auth-routes.ts";
import { controlRoutes } from "./control-routes.ts";
import { createGoogleControls, type GoogleControls } from "./controls.ts";
import type { FaultEndpoint } from "./paths.ts";
import { createSigningKeys } from "./signing-keys.ts";
import { text } from "./text.ts";
import { createTokenStore } from "./token-store.ts";

export { createSandboxClock } from "../clock.ts";
export { SANDBOX_ACCOUNTS, type SandboxWorld, type ScenarioClient, type ScenarioName } from "../world.ts";
export { type AuthorizeOutcome, authorizeOverHttp } from "./browserless.ts";
export type { GoogleControls } from "./controls.ts";
export { GOOGLE_MOUNT, GOOGLE_PATHS } from "./paths.ts";

export const SANDBOX_BODY_LIMIT_BYTES = 64 * 1024;

export interface GoogleSandboxOptions {
  clock: SandboxClock;
  /** The emulator's own public origin, e.g. http://127.0.0.1:4321 (discovery URLs). */
  baseUrl: () => string;
  /** The companion's public origin (redirect URIs, the controls' Origin); by default `baseUrl`. */
  companionUrl?: () => string;
  /** More redirect URIs the Web clients register (the emulated Odoo instances' callbacks). */
  extraRedirectUris?: () => string[];
  /** Which Origin the controls accept besides `baseUrl()` (the server's policy). */
  origin?: OriginPolicy;
}

export interface GoogleSandbox {
  /** Mount at /sandbox/google. */
  routes: Hono;
  /** Access tokens issued here, for the Gmail SMTP emulator's XOAUTH2 check. */
  tokens: AccessTokenVerifier;
  world: SandboxWorld;
  /** The world's Google accounts (for the Gmail SMTP emulator). */
  accounts: readonly SandboxAccount[];
  /** Whether a client ID and secret name a practice run's own client (for the Gmail controls too). */
  clients: ClientChecker;
  /** The controls, in process (the live test's practice runs use these, not HTTP). */
  controls: GoogleControls;
  /** Releases responses held by "timeout" or "slow" faults; call on shutdown. */
  close(): void;
}

export function createGoogleSandbox(options: GoogleSandboxOptions): GoogleSandbox {
  const { clock, baseUrl } = options;
  const companionUrl = options.companionUrl ?? baseUrl;
  const world = createSandboxWorld({
    baseUrl: companionUrl,
    ...(options.extraRedirectUris ? { extraRedirectUris: options.extraRedirectUris } : {}),
  });
  const store = createTokenStore(clock);
  const faults = createFaults<FaultEndpoint>();
  const keys = createSigningKeys();
  const controls = createGoogleControls({ world, store, faults });
  const digest = (value: string) => createHash("sha256").update(value).digest();
  const clients: ClientChecker = {
    checkClient(clientId, clientSecret) {
      const client = world.clientById(clientId);
      if (!client || !timingSafeEqual(digest(clientSecret), digest(client.clientSecret))) return "wrong";
      return client.minted ? "own" : "shared";
    },
  };

  const routes = new Hono();
  routes.use(
    "*",
    bodyLimit({
      maxSize: SANDBOX_BODY_LIMIT_BYTES,
      onError: (c) => {
        const lang = requestLang(c);
        return problem(c, 413, "sandbox-too-large", {
          title: text(lang, "problem.too-large.title"),
          detail: text(lang, "problem.too-large.detail", { limit: "64 KB" }),
        });
      },
    }),
  );
  // Links back to the companion are relative when it shares this origin, absolute to it otherwise.
  const companionLinks = () => (companionUrl() === baseUrl() ? "" : companionUrl());
  routes.route("/", authRoutes({ world, store, clock, faults, companionLinks }));
  routes.route("/", apiRoutes({ world, store, clock, faults, keys, baseUrl }));
  routes.route("/", controlRoutes({ world, controls, clients, baseUrl: companionUrl, origin: options.origin }));
  routes.onError((error, c) => {
    // Only the kind of failure is logged: messages could carry request contents (tokens, secrets).
    console.error(`[sandbox/google] ${c.req.method} ${c.req.routePath}: ${error.name}`);
    const lang = requestLang(c);
    return problem(c, 500, "sandbox-internal", {
      title: text(lang, "problem.internal.title"),
      detail: text(lang, "problem.internal.detail"),
    });
  });

  return {
    routes,
    tokens: { verifyAccessToken: (token) => store.verifyAccessToken(token) },
    world,
    accounts: world.accounts,
    clients,
    controls,
    close: () => faults.close(),
  };
}
