/**
 * The redirect URI builder island on "Set up Google Cloud": from the address users open (or an odoo.com
 * database name) and the version, the exact URI to register, shown at once (odoo-uri-lite.ts); for a
 * self-hosted Odoo, what Odoo sends (web.base.url, or Google's `redirect_uri=`) beside it, and when the
 * two differ, Odoo's fix as the next action (core/redirect-uri/proxy-compare.ts). Copy is offered only
 * for a URI Google accepts; the URI's problems come from GET /api/redirect-uri (older requests aborted
 * as you type), as catalog findings.
 * Usage in MDX: `<RedirectUriBuilder lang="en" s={builderWords.en} client:visible />`.
 */
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import { liteOdooUri } from "../../core/redirect-uri/odoo-uri-lite.ts";
import { compareSent, type ProxyFix, readSent, refusedHttp } from "../../core/redirect-uri/proxy-compare.ts";
import { CodeText } from "../shared/CodeText.tsx";
import { ODOO_VERSIONS, type OdooVersionChoice, wizardStore } from "../shared/store.ts";
import { FindingFix } from "./FindingFix.tsx";
import { useWizard } from "./hooks.ts";
import { checkRedirectUri, type RedirectCheck } from "./redirect-api.ts";
import type { BuilderWords } from "./words.ts";
import "../shared/forms.css";
import "./wizard.css";

// No pause: a newer input aborts the older request, so typing costs nothing but a few aborted fetches.
const DEBOUNCE_MS = 0;

type Check = { kind: "idle" } | { kind: "checking" } | { kind: "done"; result: RedirectCheck } | { kind: "failed" };

interface Props {
  lang: Lang;
  /** The builder's words in `lang` (words.ts). */
  s: BuilderWords;
}

export default function RedirectUriBuilder({ lang, s }: Props) {
  const id = `wzb${useId()}`;
  const { state, ready } = useWizard();
  const [check, setCheck] = useState<Check>({ kind: "idle" });
  const [copy, setCopy] = useState<"idle" | "copied" | "fallback">("idle");
  const uriField = useRef<HTMLTextAreaElement>(null);

  const { odooUrl } = state;
  const odooSends = state.odooSends ?? "";
  const version = state.odooVersion ?? "";
  const local = liteOdooUri(odooUrl, version);
  const needsVersion = local !== undefined && local.basePath !== "" && !version;
  const uri = local && !needsVersion ? local.uri : "";
  const selfHosted = local !== undefined && !local.odooOnline;
  const sent = selfHosted && uri && odooSends.trim() ? readSent(odooSends, version) : undefined;
  const comparison = uri && sent ? compareSent(uri, sent) : undefined;
  const publicHttp = uri !== "" && refusedHttp(uri);
  // Copy only what Google accepts: never an http:// URI on a public host, nor one the check found in error.
  const refused = publicHttp || (check.kind === "done" && check.result.findings.some((f) => f.severity === "error"));
  const copyable = uri !== "" && !refused && check.kind !== "checking";

  useEffect(() => {
    if (!ready) return;
    setCopy("idle");
    const store = wizardStore();
    if (store.read().redirect?.uri !== (uri || undefined)) store.update({ redirect: uri ? { uri } : undefined });
    if (!uri) {
      setCheck({ kind: "idle" });
      return;
    }
    setCheck({ kind: "checking" });
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const result = await checkRedirectUri(odooUrl, version, lang, controller.signal);
      if (controller.signal.aborted) return;
      setCheck(result ? { kind: "done", result } : { kind: "failed" });
      if (result) wizardStore().update({ redirect: { uri, problems: result.findings.map((f) => f.id) } });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [ready, odooUrl, version, uri, lang]);

  async function copyUri() {
    try {
      await navigator.clipboard.writeText(uri);
      setCopy("copied");
    } catch {
      uriField.current?.focus();
      uriField.current?.select();
      setCopy("fallback");
    }
  }

  const findings = check.kind === "done" ? check.result.findings : [];
  let status = "";
  if (!odooUrl.trim()) status = s["b.uri.empty"];
  else if (!local) status = s["b.uri.invalid"];
  else if (needsVersion) status = fill(s["b.uri.version"], { path: local.basePath });
  else if (check.kind === "checking") status = s["b.checking"];
  else if (check.kind === "failed") status = s["b.failed"];
  else if (check.kind === "done")
    status =
      findings.length === 0
        ? s["b.ok"]
        : findings.length === 1
          ? s["b.problems.one"]
          : fill(s["b.problems.many"], { count: findings.length });

  if (publicHttp && check.kind !== "checking") status = s["b.publicHttp"];

  const major = version.slice(0, 2);
  const pathNote =
    local?.basePath && version
      ? fill(major === "19" ? s["b.path.kept"] : s["b.path.dropped"], { path: local.basePath, version })
      : "";
  // The steps name the public https:// address, never an http:// one Google would refuse.
  const base = local && !local.odooOnline && !publicHttp ? local.base : s["b.self.base"];
  const fixes: ProxyFix[] = comparison?.fixes.length ? comparison.fixes : ["base-url", "freeze", "proxy"];
  const FIX_TEXT: Record<ProxyFix, string> = {
    "base-url": fill(s["b.self.check"], { base }),
    freeze: s["b.self.freeze"],
    proxy: s["b.self.proxy"],
  };
  const steps = (
    <ol class="wz-steps">
      {fixes.map((fix) => (
        <li key={fix} data-fix={fix}>
          <CodeText text={FIX_TEXT[fix]} />
        </li>
      ))}
    </ol>
  );
  const more = (
    <p>
      <a href={`${lang === "it" ? "/it" : ""}/odoo-setup/#web-base-url`}>{s["b.self.more"]}</a>
    </p>
  );
  const differs = comparison?.differs;

  return (
    <section class="wz not-content" aria-labelledby={`${id}-title`} data-pagefind-ignore>
      <p id={`${id}-title`} class="wz-title">
        {s["b.title"]}
      </p>
      <noscript>
        <p class="dx-help">{s.noscript}</p>
      </noscript>
      <div class="wz-row">
        <div class="dx-field">
          <label for={`${id}-url`}>{s["b.url.label"]}</label>
          <p id={`${id}-url-help`} class="dx-help">
            <CodeText text={s["b.url.help"]} />
          </p>
          <input
            id={`${id}-url`}
            type="text"
            inputMode="url"
            class="dx-control dx-mono"
            autocomplete="url"
            spellcheck={false}
            placeholder="https://erp.example.com"
            aria-describedby={`${id}-url-help`}
            value={odooUrl}
            onInput={(event) => wizardStore().update({ odooUrl: event.currentTarget.value })}
          />
        </div>
        <div class="dx-field">
          <label for={`${id}-version`}>{s["b.version.label"]}</label>
          <select
            id={`${id}-version`}
            class="dx-control"
            value={version}
            onChange={(event) =>
              wizardStore().update({ odooVersion: (event.currentTarget.value || undefined) as OdooVersionChoice })
            }
          >
            <option value="">{s["b.version.choose"]}</option>
            {ODOO_VERSIONS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
      </div>
      {selfHosted && (
        <div class="dx-field">
          <label for={`${id}-sends`}>{s["b.sends.label"]}</label>
          <p id={`${id}-sends-help`} class="dx-help">
            <CodeText text={s["b.sends.help"]} />
          </p>
          <input
            id={`${id}-sends`}
            type="text"
            inputMode="url"
            class="dx-control dx-mono"
            autocomplete="off"
            spellcheck={false}
            placeholder="http://erp.example.com"
            aria-describedby={`${id}-sends-help`}
            value={odooSends}
            onInput={(event) => wizardStore().update({ odooSends: event.currentTarget.value || undefined })}
          />
        </div>
      )}
      <div class="wz-result wz-result--builder">
        <div class="wz-pair">
          {selfHosted && (
            <div class="wz-sends" data-match={differs ? "no" : comparison ? "yes" : "assumed"}>
              <p class="wz-pair-title">{s["b.sends.title"]}</p>
              <p class="dx-mono wz-pair-value">
                {sent ? (
                  sent.uri
                ) : odooSends.trim() && uri ? (
                  <CodeText text={s["b.sends.invalid"]} />
                ) : (
                  <CodeText text={s["b.sends.assumed"]} />
                )}
              </p>
            </div>
          )}
          <div class="dx-field wz-register">
            <label for={`${id}-uri`}>{s["b.uri.label"]}</label>
            <div class="wz-uri-row">
              <textarea
                id={`${id}-uri`}
                ref={uriField}
                rows={2}
                class="dx-control dx-mono wz-uri"
                readOnly
                value={uri}
                aria-invalid={refused ? "true" : undefined}
                aria-describedby={`${id}-status`}
              />
              <button type="button" class="dx-button" disabled={!ready || !copyable} onClick={copyUri}>
                {s["b.copy"]}
              </button>
            </div>
            <p class="wz-copy-status" role="status">
              {copy === "copied" ? s["b.copied"] : copy === "fallback" ? s["b.copyFallback"] : ""}
            </p>
          </div>
        </div>
        {comparison && (
          <p
            class={differs ? "wz-compare wz-compare--differ" : "wz-compare"}
            role="status"
            data-differs={differs ?? ""}
          >
            <CodeText text={differs ? fill(s[`b.differ.${differs}`], { host: comparison.sentHost }) : s["b.match"]} />
          </p>
        )}
        {differs && (
          <div class="wz-next" data-next="fix-odoo">
            <p class="wz-next-title">{s["b.next"]}</p>
            {steps}
            {more}
          </div>
        )}
        <p id={`${id}-status`} class="wz-summary" role="status" data-state={check.kind}>
          <CodeText text={status} />
        </p>
        {/* Notes come from the input at once; the findings arrive last, so nothing moves under them. */}
        {local?.odooOnline && (
          <p class="wz-note">
            <CodeText text={s["b.online"]} />
          </p>
        )}
        {pathNote && (
          <p class="wz-note">
            <CodeText text={pathNote} />
          </p>
        )}
        <ul class="wz-findings">
          {findings.map((finding) => (
            <li key={finding.id}>
              <FindingFix
                finding={finding}
                fallbackHref={finding.docs}
                summary={
                  <>
                    <span class={`wz-badge wz-badge--${finding.severity}`}>{s[`severity.${finding.severity}`]}</span>{" "}
                    <CodeText text={finding.title} />
                  </>
                }
                s={s}
              />
            </li>
          ))}
        </ul>
      </div>
      {!differs && !local?.odooOnline && (
        <details class="wz-details">
          <summary>{s["b.self.summary"]}</summary>
          {steps}
          {more}
        </details>
      )}
    </section>
  );
}
