/**
 * The browser side of the emulated Google: GET /o/oauth2/v2/auth, then the account chooser, the
 * unverified-app warning and the consent page (plain forms posting the flow id), ending in a redirect
 * to the app with `code` — or with `error=access_denied` after Cancel or "Back to safety". Every other
 * failure lands on /signin/oauth/error?authError=…&client_id=…, never on the app's redirect URI.
 */
import { type Context, Hono } from "hono";
import type { SandboxClock } from "../contracts.ts";
import type { Faults } from "../faults.ts";
import type { SandboxWorld, WorldAccount } from "../world.ts";
import { decodeAuthError, encodeAuthError } from "./auth-error.ts";
import { checkAuthRequest } from "./authorize.ts";
import { type AuthPageError, renderErrorPage, statusOf, toPayload } from "./error-pages.ts";
import { createFlowStore, type Flow } from "./flows.ts";
import { nextStep } from "./next-step.ts";
import { chooserPage, consentPage, expiredFlowPage, warningPage } from "./pages.ts";
import { type FaultEndpoint, GOOGLE_PATHS, mounted } from "./paths.ts";
import { clientRedirectUrl, faultHtml, htmlPage, pageLang } from "./respond.ts";
import { isSignInScope } from "./scopes.ts";
import type { TokenStore } from "./token-store.ts";

interface Deps {
  world: SandboxWorld;
  store: TokenStore;
  clock: SandboxClock;
  faults: Faults<FaultEndpoint>;
}

export function errorPageUrl(error: AuthPageError, clientId: string | undefined, hl: string | undefined): string {
  const query = new URLSearchParams({ authError: encodeAuthError(toPayload(error)) });
  if (clientId) query.set("client_id", clientId);
  if (hl) query.set("hl", hl);
  return `${mounted(GOOGLE_PATHS.error)}?${query}`;
}

const flowUrl = (path: string, flow: Flow) => `${mounted(path)}?${new URLSearchParams({ flow: flow.id })}`;

async function formOf(c: Context): Promise<{ one(name: string): string | undefined; all(name: string): string[] }> {
  const body = await c.req.parseBody({ all: true });
  const all = (name: string) => [body[name] ?? []].flat().filter((v): v is string => typeof v === "string");
  return { one: (name) => all(name)[0], all };
}

export function authRoutes(deps: Deps): Hono {
  const { world, store, clock } = deps;
  const flows = createFlowStore();
  const routes = new Hono();

  /** Ends the flow back at the app with an OAuth error (Cancel, Back to safety, prompt=none). */
  const backToApp = (c: Context, flow: Flow, error: string) => {
    flows.end(flow.id);
    return c.redirect(
      clientRedirectUrl(flow.request.redirectUri, [
        ["error", error],
        ["state", flow.request.state],
      ]),
    );
  };

  const approve = (c: Context, flow: Flow, account: WorldAccount, granted: string[], consentShown: boolean) => {
    const { client, request } = flow;
    const prior = store.grantedScopes(client.clientId, account.email);
    if (consentShown) store.recordConsent(client.clientId, account.email, granted);
    const scopes = request.includeGrantedScopes ? [...new Set([...prior, ...granted])] : granted;
    const code = store.issueCode({
      clientId: client.clientId,
      email: account.email,
      scopes,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      codeChallengeMethod: request.codeChallengeMethod,
      offline: request.offline,
      issueRefreshToken: request.offline && consentShown,
      consentAt: clock.now(client.clientId),
      testingLimited:
        client.userType === "external" && client.publishingStatus === "testing" && !scopes.every(isSignInScope),
    });
    flows.end(flow.id);
    return c.redirect(
      clientRedirectUrl(request.redirectUri, [
        ["code", code],
        ["scope", scopes.join(" ")],
        ["state", request.state],
        ["authuser", "0"],
        ["hd", account.org],
        ["prompt", consentShown ? "consent" : "none"],
      ]),
    );
  };

  /** Moves the flow on once its account is known. */
  const proceed = (c: Context, flow: Flow, account: WorldAccount) => {
    const step = nextStep(flow, account, world, store.grantedScopes(flow.client.clientId, account.email));
    switch (step.kind) {
      case "error":
        flows.end(flow.id);
        return c.redirect(errorPageUrl(step.error, flow.client.clientId, flow.request.hl));
      case "warning":
        return c.redirect(flowUrl(GOOGLE_PATHS.warning, flow));
      case "consent":
        return c.redirect(flowUrl(GOOGLE_PATHS.consent, flow));
      case "approve":
        return approve(c, flow, account, flow.request.scopes, false);
    }
  };

  /** Runs `handle` with the request's flow (and its account once chosen), or shows the expired page. */
  const withFlow = async (
    c: Context,
    id: string | undefined,
    handle: (flow: Flow, account: WorldAccount | undefined) => Response | Promise<Response>,
  ) => {
    const flow = flows.get(id);
    if (!flow) {
      const lang = pageLang(c);
      return htmlPage(c, 400, lang, expiredFlowPage(lang));
    }
    return handle(flow, flow.account);
  };

  routes.get(GOOGLE_PATHS.auth, deps.faults.inject("auth", faultHtml), (c) => {
    const check = checkAuthRequest(c.req.query(), world, c.req.header("user-agent"));
    if (!check.ok) return c.redirect(errorPageUrl(check.error, check.clientId, c.req.query("hl")));
    const flow = flows.start(check.client, check.request);
    if (!check.request.prompts.includes("none")) return c.redirect(flowUrl(GOOGLE_PATHS.chooser, flow));
    // prompt=none: no page may be shown; every world account counts as signed in.
    const account = world.account(check.request.loginHint ?? "");
    if (!account) return backToApp(c, flow, "account_selection_required");
    flow.account = account;
    const step = nextStep(flow, account, world, store.grantedScopes(flow.client.clientId, account.email));
    if (step.kind === "error") return proceed(c, flow, account);
    if (step.kind === "approve") return approve(c, flow, account, flow.request.scopes, false);
    return backToApp(c, flow, "consent_required");
  });

  routes.get(GOOGLE_PATHS.chooser, (c) =>
    withFlow(c, c.req.query("flow"), (flow) => {
      const lang = pageLang(c, flow.request.hl);
      return htmlPage(c, 200, lang, chooserPage(lang, flow, world.accounts));
    }),
  );

  routes.post(GOOGLE_PATHS.chooser, async (c) => {
    const form = await formOf(c);
    return withFlow(c, form.one("flow"), (flow) => {
      const account = world.account(form.one("account") ?? "");
      if (!account) {
        const lang = pageLang(c, flow.request.hl);
        return htmlPage(c, 400, lang, chooserPage(lang, flow, world.accounts));
      }
      flow.account = account;
      return proceed(c, flow, account);
    });
  });

  routes.get(GOOGLE_PATHS.warning, (c) =>
    withFlow(c, c.req.query("flow"), (flow, account) => {
      const lang = pageLang(c, flow.request.hl);
      if (!account) return htmlPage(c, 400, lang, expiredFlowPage(lang));
      return htmlPage(c, 200, lang, warningPage(lang, flow, flow.client.publishingStatus === "testing"));
    }),
  );

  routes.post(GOOGLE_PATHS.warning, async (c) => {
    const form = await formOf(c);
    return withFlow(c, form.one("flow"), (flow, account) => {
      if (!account) return c.redirect(flowUrl(GOOGLE_PATHS.chooser, flow));
      if (form.one("action") !== "continue") return backToApp(c, flow, "access_denied");
      flow.warningPassed = true;
      return proceed(c, flow, account);
    });
  });

  routes.get(GOOGLE_PATHS.consent, (c) =>
    withFlow(c, c.req.query("flow"), (flow, account) => {
      const lang = pageLang(c, flow.request.hl);
      if (!account) return htmlPage(c, 400, lang, expiredFlowPage(lang));
      return htmlPage(c, 200, lang, consentPage(lang, flow, account));
    }),
  );

  routes.post(GOOGLE_PATHS.consent, async (c) => {
    const form = await formOf(c);
    return withFlow(c, form.one("flow"), (flow, account) => {
      if (!account) return c.redirect(flowUrl(GOOGLE_PATHS.chooser, flow));
      // The consent form only counts when consent is the flow's step (no skipping the warning).
      const step = nextStep(flow, account, world, store.grantedScopes(flow.client.clientId, account.email));
      if (step.kind === "error" || step.kind === "warning") return proceed(c, flow, account);
      if (form.one("action") !== "allow") return backToApp(c, flow, "access_denied");
      const ticked = form.all("scope");
      const granted = flow.request.scopes.filter((scope) => isSignInScope(scope) || ticked.includes(scope));
      if (granted.length === 0) return backToApp(c, flow, "access_denied");
      return approve(c, flow, account, granted, true);
    });
  });

  routes.get(GOOGLE_PATHS.error, (c) => {
    const payload = decodeAuthError(c.req.query("authError") ?? "");
    const lang = pageLang(c);
    return htmlPage(c, statusOf(payload), lang, renderErrorPage(lang, payload));
  });

  return routes;
}
