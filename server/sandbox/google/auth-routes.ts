/**
 * The browser side of the emulated Google: GET /o/oauth2/v2/auth (and the older /o/oauth2/auth), then
 * the account chooser, the unverified-app warning and the consent page (plain forms posting the flow
 * id), ending in a redirect to the app with `state`, `iss`, `code`, `scope` in Google's order — or with
 * `error=access_denied` after Cancel or "Back to safety". Every other failure lands on
 * /signin/oauth/error/v2?authError=…&client_id=…&flowName=GeneralOAuthFlow, never on the redirect URI.
 */
import { type Context, Hono } from "hono";
import type { Lang } from "../../../src/core/lang.ts";
import type { SandboxClock } from "../contracts.ts";
import type { Faults } from "../faults.ts";
import { readFields } from "../request-body.ts";
import { runIdFromState } from "../run-return.ts";
import type { SandboxWorld, WorldAccount } from "../world.ts";
import { decodeAuthError, encodeAuthError } from "./auth-error.ts";
import { checkAuthRequest } from "./authorize.ts";
import { type AuthPageError, FLOW_NAME, renderErrorPage, statusOf, toPayload } from "./error-pages.ts";
import { createFlowStore, type Flow } from "./flows.ts";
import { nextStep } from "./next-step.ts";
import { chooserPage, consentPage, expiredFlowPage, warningPage } from "./pages.ts";
import { type FaultEndpoint, GOOGLE_PATHS, LEGACY_PATHS, mounted } from "./paths.ts";
import { clientRedirectUrl, faultHtml, htmlPage, pageLang } from "./respond.ts";
import { echoedScopes, isGranular, isSignInScope } from "./scopes.ts";
import { GOOGLE_ISSUER } from "./token-endpoint.ts";
import type { TokenStore } from "./token-store.ts";

interface Deps {
  world: SandboxWorld;
  store: TokenStore;
  clock: SandboxClock;
  faults: Faults<FaultEndpoint>;
  /** Prefix of links to the companion's pages: "" when it shares the sandbox's origin. */
  companionLinks?: () => string;
}

/**
 * Google's error page for an error, its description written in the flow's language. When a live test
 * run sent the request (its `state`), the sandbox's own field of authError names the run, so the page
 * can link back to it.
 */
export function errorPageUrl(
  error: AuthPageError,
  clientId: string | undefined,
  hl: string | undefined,
  lang: Lang,
  state?: string,
): string {
  const payload = toPayload(error, lang);
  const run = runIdFromState(state);
  if (run) payload.params.run = run;
  const query = new URLSearchParams({ authError: encodeAuthError(payload) });
  if (clientId) query.set("client_id", clientId);
  query.set("flowName", FLOW_NAME);
  if (hl) query.set("hl", hl);
  return `${mounted(GOOGLE_PATHS.error)}?${query}`;
}

const flowUrl = (path: string, flow: Flow) => `${mounted(path)}?${new URLSearchParams({ flow: flow.id })}`;

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
      nonce: request.nonce,
    });
    flows.end(flow.id);
    return c.redirect(
      clientRedirectUrl(request.redirectUri, [
        ["state", request.state],
        ["iss", GOOGLE_ISSUER],
        ["code", code],
        ["scope", echoedScopes(scopes, request.scopeAliases).join(" ")],
        ["authuser", "0"],
        ["hd", account.org],
        ["prompt", consentShown ? "consent" : "none"],
      ]),
    );
  };

  const toErrorPage = (c: Context, flow: Flow, error: AuthPageError) => {
    flows.end(flow.id);
    const lang = pageLang(c, flow.request.hl);
    return c.redirect(errorPageUrl(error, flow.client.clientId, flow.request.hl, lang, flow.request.state));
  };

  /** Moves the flow on once its account is known. */
  const proceed = (c: Context, flow: Flow, account: WorldAccount) => {
    const step = nextStep(flow, account, world, store.grantedScopes(flow.client.clientId, account.email));
    switch (step.kind) {
      case "error":
        return toErrorPage(c, flow, step.error);
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

  const authorize = (c: Context) => {
    const check = checkAuthRequest(c.req.query(), world, c.req.header("user-agent"));
    if (!check.ok) {
      const hl = c.req.query("hl");
      return c.redirect(errorPageUrl(check.error, check.clientId, hl, pageLang(c, hl), c.req.query("state")));
    }
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
  };
  for (const path of [GOOGLE_PATHS.auth, ...LEGACY_PATHS.auth]) {
    routes.get(
      path,
      deps.faults.inject("auth", faultHtml, async (c) => ({ client_id: c.req.query("client_id") ?? "" })),
      authorize,
    );
  }

  routes.get(GOOGLE_PATHS.chooser, (c) =>
    withFlow(c, c.req.query("flow"), (flow) => {
      const lang = pageLang(c, flow.request.hl);
      return htmlPage(c, 200, lang, chooserPage(lang, flow, world.accounts));
    }),
  );

  routes.post(GOOGLE_PATHS.chooser, async (c) => {
    const form = await readFields(c);
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
    const form = await readFields(c);
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
    const form = await readFields(c);
    return withFlow(c, form.one("flow"), (flow, account) => {
      if (!account) return c.redirect(flowUrl(GOOGLE_PATHS.chooser, flow));
      // The consent form only counts when consent is the flow's step (no skipping the warning).
      const step = nextStep(flow, account, world, store.grantedScopes(flow.client.clientId, account.email));
      if (step.kind === "error" || step.kind === "warning") return proceed(c, flow, account);
      if (form.one("action") !== "allow") return backToApp(c, flow, "access_denied");
      const { scopes } = flow.request;
      // Without granular consent (one non-sign-in scope) Continue grants everything asked.
      const ticked = isGranular(scopes) ? form.all("scope") : scopes;
      const granted = scopes.filter((scope) => isSignInScope(scope) || ticked.includes(scope));
      if (granted.length === 0) return backToApp(c, flow, "access_denied");
      return approve(c, flow, account, granted, true);
    });
  });

  const errorPage = (c: Context) => {
    const payload = decodeAuthError(c.req.query("authError") ?? "");
    const lang = pageLang(c);
    const flowName = c.req.query("flowName");
    const page = renderErrorPage(lang, payload, flowName?.slice(0, 100), deps.companionLinks?.() ?? "");
    return htmlPage(c, statusOf(payload), lang, page);
  };
  for (const path of [GOOGLE_PATHS.error, ...LEGACY_PATHS.error]) routes.get(path, errorPage);

  return routes;
}
