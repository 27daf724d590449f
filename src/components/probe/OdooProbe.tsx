/**
 * "Check my Odoo": the Odoo address (and, optionally, database, login and an administrator's API
 * key) go to POST /api/odoo/probe; the checks come back as a list with their status written out, and
 * the findings as cards with their fixes. The API key stays in the field: it is sent once and never
 * kept. Results can be copied as Markdown.
 */
import { useRef, useState } from "preact/hooks";
import type { Lang } from "../../core/lang.ts";
import "../shared/forms.css";
import "./probe.css";
import { FindingCard, type FindingCardLabels } from "../shared/FindingCard.tsx";
import { type ProbeAnswer, probeMarkdown, requestProbe } from "./report.ts";
import { PROBE_ISLAND, type ProbeIslandKey } from "./strings.ts";

interface Props {
  lang: Lang;
  /** Prefix of element ids, unique per page. */
  idPrefix?: string;
}

export default function OdooProbe({ lang, idPrefix = "probe" }: Props) {
  const t = (key: ProbeIslandKey, params?: Record<string, string | number>) => PROBE_ISLAND.text(lang, key, params);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [report, setReport] = useState<ProbeAnswer | undefined>();
  const [copy, setCopy] = useState<"idle" | "done" | "failed">("idle");
  const results = useRef<HTMLElement>(null);
  const id = (name: string) => `${idPrefix}-${name}`;
  const labels = Object.fromEntries(
    (
      [
        "severity.error",
        "severity.warning",
        "severity.info",
        "finding.fix",
        "finding.evidence",
        "finding.docs",
      ] as const
    ).map((key) => [key, t(key)]),
  ) as FindingCardLabels;

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? "").trim();
    setBusy(true);
    setError("");
    setCopy("idle");
    const outcome = await requestProbe({
      odooUrl: value("odooUrl"),
      lang,
      ...(value("db") ? { db: value("db") } : {}),
      ...(value("login") ? { login: value("login") } : {}),
      ...(value("apiKey") ? { apiKey: value("apiKey") } : {}),
    });
    setBusy(false);
    if (outcome.ok) {
      setReport(outcome.report);
      requestAnimationFrame(() => results.current?.focus());
    } else {
      setReport(undefined);
      setError(
        outcome.detail ?? (outcome.status === 0 ? t("error.network") : t("error.generic", { status: outcome.status })),
      );
    }
  }

  async function copyMarkdown() {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(probeMarkdown(report, lang));
      setCopy("done");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <div class="dx-probe">
      <form class="dx-form" onSubmit={submit} aria-busy={busy}>
        <div class="dx-field">
          <label for={id("url")}>{t("field.url")}</label>
          <input
            id={id("url")}
            name="odooUrl"
            class="dx-control"
            type="url"
            required
            inputMode="url"
            autoComplete="url"
            aria-describedby={id("url-help")}
          />
          <p id={id("url-help")} class="dx-help">
            {t("field.url.help")}
          </p>
        </div>
        <div class="dx-row">
          <div class="dx-field">
            <label for={id("db")}>{t("field.db")}</label>
            <input id={id("db")} name="db" class="dx-control" autoComplete="off" spellcheck={false} />
          </div>
          <div class="dx-field">
            <label for={id("login")}>{t("field.login")}</label>
            <input id={id("login")} name="login" class="dx-control" autoComplete="username" spellcheck={false} />
          </div>
        </div>
        <div class="dx-field">
          <label for={id("key")}>{t("field.key")}</label>
          <input
            id={id("key")}
            name="apiKey"
            class="dx-control dx-mono"
            type="password"
            autoComplete="off"
            aria-describedby={id("key-help")}
          />
          <p id={id("key-help")} class="dx-help">
            {t("field.key.help")}
          </p>
          <details class="dx-details">
            <summary>{t("key.how")}</summary>
            <ol class="dx-steps">
              <li>{t("key.step1")}</li>
              <li>{t("key.step2")}</li>
              <li>{t("key.step3")}</li>
              <li>{t("key.step4")}</li>
            </ol>
          </details>
        </div>
        <div class="dx-actions">
          <button type="submit" class="dx-button dx-button--primary" disabled={busy}>
            {busy ? t("action.checking") : t("action.check")}
          </button>
        </div>
      </form>
      {error && (
        <p class="dx-alert" role="alert">
          {error}
        </p>
      )}
      {report && (
        <section class="dx-results" ref={results} tabIndex={-1} aria-labelledby={id("results")}>
          <h3 id={id("results")} class="dx-results-heading">
            {t("results.title", { url: report.odoo.url })}
          </h3>
          {report.odoo.version && (
            <p>{t("results.version", { version: report.odoo.version, edition: report.odoo.edition })}</p>
          )}
          <h4 class="dx-subheading">{t("results.checks")}</h4>
          <ul class="dx-checks">
            {report.checks.map((check) => (
              <li key={check.id} data-check={check.id} data-status={check.status}>
                <span
                  class={`dx-badge dx-badge--${check.status === "failed" ? "error" : check.status === "warning" ? "warning" : "info"}`}
                >
                  {t(`status.${check.status}`)}
                </span>{" "}
                <strong>{check.title}</strong>
                {check.details.map((detail) => (
                  <p key={detail} class="dx-detail">
                    {detail}
                  </p>
                ))}
              </li>
            ))}
          </ul>
          <h4 class="dx-subheading">{t("results.findings")}</h4>
          {report.findings.length === 0 && <p>{t("results.none")}</p>}
          <div class="dx-findings">
            {report.findings.map((finding, i) => (
              <FindingCard key={finding.id} finding={finding} titleId={id(`finding-${i}`)} s={labels} />
            ))}
          </div>
          <div class="dx-actions">
            <button type="button" class="dx-button" onClick={copyMarkdown}>
              {t("action.copy")}
            </button>
            <span class="dx-copy-status" role="status">
              {copy === "done" ? t("copy.done") : copy === "failed" ? t("copy.failed") : ""}
            </span>
          </div>
          {copy === "failed" && (
            <textarea
              class="dx-control dx-mono"
              readOnly
              rows={12}
              aria-label={t("action.copy")}
              value={probeMarkdown(report, lang)}
            />
          )}
        </section>
      )}
    </div>
  );
}
