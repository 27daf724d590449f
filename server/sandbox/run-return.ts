/**
 * The way back from a sandbox page to the live test run that led there. The live test sends Google
 * the OAuth `state` `<run id>.<nonce>` (server/live/engine.ts `stateOf`); the sandbox reads the run id
 * from it and never carries the nonce on, so a copied page address cannot answer for the run. Pages
 * that end a practice sign-in (Google's error pages, the emulated Odoo callback) get a small panel: a
 * "back to your test run" link to the run's page, and a copy button for the error text or the page's
 * address (a short inline script allowed by its hash; without JavaScript the button stays hidden).
 */
import { createHash } from "node:crypto";
import { strings as liveStrings } from "../../src/components/live/strings.ts";
import type { Lang } from "../../src/core/lang.ts";
import { Html, h } from "./google/html.ts";
import { RUN_RETURN_TEXT } from "./run-return-text.ts";

/** A run id as the live test makes them (its routes accept only these). */
const RUN_ID = /^[A-Za-z0-9_-]{16,64}$/;
const RUN_STATE = /^([A-Za-z0-9_-]{16,64})\.[A-Za-z0-9_-]{16,128}$/;

/** The run id of a live test's OAuth state; undefined for any other state (Odoo's JSON, a client's own). */
export function runIdFromState(state: string | null | undefined): string | undefined {
  return RUN_STATE.exec(state ?? "")?.[1];
}

/** Whether a value read back from a page address is a run id (it is put into a link). */
export function isRunId(value: string | undefined): value is string {
  return value !== undefined && RUN_ID.test(value);
}

const localized = (lang: Lang, path: string) => `${lang === "it" ? "/it" : ""}${path}`;

/** The live test page showing one run, as the live test's own callback sends the browser back to it. */
export function runPagePath(runId: string, lang: Lang): string {
  return `${localized(lang, "/live-test/")}?run=${encodeURIComponent(runId)}#run`;
}

/** Copies the page's address (data-copy="address") or an element's text; says so in the status line. */
export const COPY_SCRIPT =
  '(()=>{for(const b of document.querySelectorAll("button[data-copy]")){b.hidden=false;b.addEventListener("click",async()=>{const s=document.getElementById("copy-status");const t=b.dataset.copy==="address"?null:document.getElementById(b.dataset.copy);try{await navigator.clipboard.writeText(t?t.innerText.trim():location.href);s.textContent=b.dataset.done}catch{if(t)getSelection().selectAllChildren(t);s.textContent=b.dataset.failed}})}})();';

/** The CSP source that lets COPY_SCRIPT (and nothing else) run. */
export const COPY_SCRIPT_SOURCE = `'sha256-${createHash("sha256").update(COPY_SCRIPT).digest("base64")}'`;

export interface ReturnPanel {
  kind: "odoo" | "google-error";
  lang: Lang;
  /** The run that started the sign-in, when the page knows it. */
  runId?: string | undefined;
  /** Prefix of the links: "" on the companion's origin, the companion's origin elsewhere. */
  origin?: string;
  /** google-error: the id of the element whose text the button copies. */
  copyTarget?: string;
}

/** The panel (and its script) for the end of a page. */
export function returnPanel(panel: ReturnPanel): Html {
  const { kind, lang } = panel;
  const t = (key: Parameters<typeof RUN_RETURN_TEXT.text>[1], params?: Record<string, string>) =>
    RUN_RETURN_TEXT.text(lang, key, params);
  const origin = panel.origin ?? "";
  const runId = isRunId(panel.runId) ? panel.runId : undefined;
  const odoo = kind === "odoo";
  const paragraphs = odoo
    ? [t("odoo.body"), t("odoo.next", { label: liveStrings.text(lang, "paste.odoo.label") })]
    : [runId ? t("error.body", { label: liveStrings.text(lang, "paste.google.summary") }) : t("error.body-alone")];
  const copy = odoo ? "address" : (panel.copyTarget ?? "");
  return h`<section class="run-return" aria-labelledby="run-return-heading" data-run-return>
<h2 id="run-return-heading">${t(odoo ? "odoo.heading" : "error.heading")}</h2>
${paragraphs.map((p) => h`<p>${p}</p>`)}
<p class="run-return-actions"><button type="button" data-copy="${copy}" data-done="${t("copy.done")}" data-failed="${t(odoo ? "copy.failed-address" : "copy.failed-text")}" hidden>${t(odoo ? "copy.address" : "copy.error")}</button>
${runId ? h`<a href="${origin}${runPagePath(runId, lang)}" data-back-to-run>${t("back")}</a>` : ""}
${odoo ? "" : h`<a href="${origin}${localized(lang, "/diagnose/")}">${t("diagnose")}</a>`}</p>
<p role="status" id="copy-status"></p>
</section><script>${new Html(COPY_SCRIPT)}</script>`;
}
