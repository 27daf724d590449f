/**
 * The redirect URI builder island on "Set up Google Cloud": from the Odoo URL (or an odoo.com database
 * name) and the version, the exact URI Odoo sends, shown at once (odoo-uri-lite.ts) with a copy button;
 * its problems come from GET /api/redirect-uri (older requests aborted as you type), as catalog findings.
 * Usage in MDX: `<RedirectUriBuilder lang="en" s={builderWords.en} client:visible />`.
 */
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import { liteOdooUri } from "../../core/redirect-uri/odoo-uri-lite.ts";
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
  const uriField = useRef<HTMLInputElement>(null);

  const { odooUrl } = state;
  const version = state.odooVersion ?? "";
  const local = liteOdooUri(odooUrl, version);
  const needsVersion = local !== undefined && local.basePath !== "" && !version;
  const uri = local && !needsVersion ? local.uri : "";

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

  const major = version.slice(0, 2);
  const pathNote =
    local?.basePath && version
      ? fill(major === "19" ? s["b.path.kept"] : s["b.path.dropped"], { path: local.basePath, version })
      : "";
  const base = local && !local.odooOnline ? local.base : s["b.self.base"];

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
      <div class="wz-result wz-result--builder">
        <div class="dx-field">
          <label for={`${id}-uri`}>{s["b.uri.label"]}</label>
          <div class="wz-uri-row">
            <input
              id={`${id}-uri`}
              ref={uriField}
              type="text"
              class="dx-control dx-mono wz-uri"
              readOnly
              value={uri}
              aria-describedby={`${id}-status`}
            />
            <button type="button" class="dx-button" disabled={!ready || !uri} onClick={copyUri}>
              {s["b.copy"]}
            </button>
          </div>
          <p class="wz-copy-status" role="status">
            {copy === "copied" ? s["b.copied"] : copy === "fallback" ? s["b.copyFallback"] : ""}
          </p>
        </div>
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
      <details class="wz-details">
        <summary>{s["b.self.summary"]}</summary>
        <ol class="wz-steps">
          <li>
            <CodeText text={fill(s["b.self.check"], { base })} />
          </li>
          <li>
            <CodeText text={s["b.self.freeze"]} />
          </li>
          <li>
            <CodeText text={s["b.self.proxy"]} />
          </li>
        </ol>
        <p>
          <a href={`${lang === "it" ? "/it" : ""}/odoo-setup/#web-base-url`}>{s["b.self.more"]}</a>
        </p>
      </details>
    </section>
  );
}
