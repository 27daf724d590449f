/**
 * The emulated Google pages of a flow: account chooser, unverified-app warning (Advanced → "Go to …
 * (unsafe)"), consent (granular — an unticked checkbox per non-sign-in scope — only when more than one
 * such scope is asked, else a plain list), plus the expired flow page and the generic server error
 * page. Each is a plain HTML form posting the flow's id.
 */
import type { Lang } from "../../../src/core/lang.ts";
import type { WorldAccount } from "../world.ts";
import type { Flow } from "./flows.ts";
import { h, renderPage } from "./html.ts";
import { GOOGLE_PATHS, mounted } from "./paths.ts";
import { isGranular, isSignInScope, scopeText } from "./scopes.ts";
import { text } from "./text.ts";

const flowField = (flow: Flow) => h`<input type="hidden" name="flow" value="${flow.id}">`;

export function chooserPage(lang: Lang, flow: Flow, accounts: readonly WorldAccount[]): string {
  const hint = flow.request.loginHint?.trim().toLowerCase();
  const hinted = accounts.find((a) => a.email === hint);
  const ordered = hinted ? [hinted, ...accounts.filter((a) => a !== hinted)] : accounts;
  return renderPage(
    lang,
    h`<h1>${text(lang, "chooser.heading")}</h1>
<p>${text(lang, "chooser.subheading", { app: flow.client.appName })}</p>
<form method="post" action="${mounted(GOOGLE_PATHS.chooser)}">${flowField(flow)}
<ul class="accounts">${ordered.map(
      (
        a,
      ) => h`<li><button type="submit" name="account" value="${a.email}"${a === hinted ? h` autofocus data-preselected="true"` : ""}>
<span class="name">${a.name}</span><span class="email">${a.email}</span>${
        a === hinted ? h`<span class="muted"> · ${text(lang, "chooser.suggested")}</span>` : ""
      }</button></li>`,
    )}</ul></form>`,
  );
}

export function warningPage(lang: Lang, flow: Flow, testing: boolean): string {
  const { appName: app, developerEmail: developer } = flow.client;
  const body = testing
    ? h`<p>${text(lang, "warning.testing-body")}</p>
<div class="actions"><button type="submit" name="action" value="back">${text(lang, "warning.back")}</button>
<button type="submit" class="primary" name="action" value="continue">${text(lang, "warning.continue")}</button></div>`
    : h`<p>${text(lang, "warning.body", { developer })}</p>
<details><summary>${text(lang, "warning.advanced")}</summary><p>${text(lang, "warning.advanced-body", { developer })}</p>
<button type="submit" class="link-button" name="action" value="continue">${text(lang, "warning.go-unsafe", { app })}</button></details>
<div class="actions"><button type="submit" class="primary" name="action" value="back">${text(lang, "warning.back")}</button></div>`;
  return renderPage(
    lang,
    h`<h1>${text(lang, "warning.heading")}</h1>
<form method="post" action="${mounted(GOOGLE_PATHS.warning)}">${flowField(flow)}${body}</form>`,
  );
}

export function consentPage(lang: Lang, flow: Flow, account: WorldAccount): string {
  const app = flow.client.appName;
  const { scopes } = flow.request;
  const describe = (scope: string) => {
    const key = scopeText(scope);
    return key ? text(lang, key) : scope;
  };
  const granular = isGranular(scopes);
  const items = scopes.map((scope) =>
    granular && !isSignInScope(scope)
      ? h`<li><label><input type="checkbox" name="scope" value="${scope}"> ${describe(scope)}</label></li>`
      : h`<li>${describe(scope)}</li>`,
  );
  return renderPage(
    lang,
    h`<h1>${text(lang, "consent.heading", { app })}</h1>
<p class="muted">${text(lang, "consent.account", { email: account.email })}</p>
<form method="post" action="${mounted(GOOGLE_PATHS.consent)}">${flowField(flow)}
<p>${text(lang, granular ? "consent.select" : "consent.allow-list", { app })}</p>
<ul class="scopes">${items}</ul>
<h2>${text(lang, "consent.trust-heading", { app })}</h2><p>${text(lang, "consent.trust")}</p>
<div class="actions"><button type="submit" name="action" value="cancel">${text(lang, "consent.cancel")}</button>
<button type="submit" class="primary" name="action" value="allow">${text(lang, "consent.continue")}</button></div>
</form>`,
  );
}

export function expiredFlowPage(lang: Lang): string {
  return renderPage(lang, h`<h1>${text(lang, "flow.expired.heading")}</h1><p>${text(lang, "flow.expired.body")}</p>`);
}

export function faultPage(lang: Lang, status: number): string {
  return renderPage(lang, h`<h1>${text(lang, "fault.heading", { status })}</h1><p>${text(lang, "fault.body")}</p>`);
}
