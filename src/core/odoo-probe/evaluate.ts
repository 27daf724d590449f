/**
 * Judges what a probe of an Odoo instance found: one check per question (reachable, https, version,
 * callback route, redirect URI, API key, admin rights, web.base.url, Gmail credentials, module, stored
 * views, servers, failed mails) and the signals that become catalog findings, ranked by the same
 * rules as POST /api/diagnose. The failure reasons of failed mails go through the diagnostics engine.
 * Pure: the server collects the facts (server/probe/), this module only reads them.
 */
import { diagnose } from "../diagnose/diagnose.ts";
import { mergeSignals, rank } from "../diagnose/rank.ts";
import type { Signal } from "../diagnose/signal.ts";
import { catalogEntry } from "../findings/catalog.ts";
import { isGmailSmtpHost } from "../gmail-smtp-host.ts";
import type { Params } from "../i18n.ts";
import type { Lang } from "../lang.ts";
import { type OdooVersion, parseOdooVersion } from "../odoo-version.ts";
import { excerpt, redact } from "../redact.ts";
import { isLoopbackHost } from "../redirect-uri/hosts.ts";
import { odooRedirectUri, readOdooUrl } from "../redirect-uri/odoo-uri.ts";
import type { OutgoingServer, ProbeFacts } from "./facts.ts";
import { PROBE_TEXT, type ProbeTextKey } from "./text.ts";

export type CheckStatus = "passed" | "warning" | "failed" | "skipped";

export const CHECK_IDS = [
  "reach",
  "tls",
  "version",
  "callback-route",
  "redirect-uri",
  "api-key",
  "admin",
  "web-base-url",
  "gmail-credentials",
  "module",
  "views",
  "outgoing",
  "incoming",
  "failed-mails",
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export interface ProbeCheck {
  id: CheckId;
  status: CheckStatus;
  title: string;
  details: string[];
}

export interface ProbeFinding {
  id: ReturnType<typeof catalogEntry>["id"];
  severity: "error" | "warning" | "info";
  title: string;
  explanation: string;
  fix: string[];
  docs: string;
  evidence: string[];
}

export interface ProbeReport {
  odoo: {
    url: string;
    version: string;
    serie: string;
    edition: "community" | "enterprise" | "unknown";
    redirectUri?: string;
  };
  checks: ProbeCheck[];
  findings: ProbeFinding[];
}

/** How many failed mails are read and diagnosed. */
export const MAX_FAILED_MAILS = 5;

const GMAIL_IMAP = "imap.gmail.com";

export function evaluateProbe(facts: ProbeFacts, lang: Lang): ProbeReport {
  const t = (key: ProbeTextKey, params?: Params) => PROBE_TEXT.text(lang, key, params);
  const checks: ProbeCheck[] = [];
  const signals: Signal[] = [];
  const add = (id: CheckId, status: CheckStatus, details: string[]) =>
    checks.push({ id, status, title: t(`title.${id}` as ProbeTextKey), details });
  /** The checks that come after `id` in the report's order (those a failure at `id` leaves undone). */
  const checksAfter = (id: CheckId): readonly CheckId[] => CHECK_IDS.slice(CHECK_IDS.indexOf(id) + 1);
  const skipAll = (ids: readonly CheckId[], key: ProbeTextKey) => {
    for (const id of ids) add(id, "skipped", [t(key)]);
  };

  const given = readOdooUrl(facts.url);
  const host = given ? given.authority.replace(/:\d+$/, "") : "";
  const version: OdooVersion | undefined = facts.version ? parseOdooVersion(facts.version.serie) : undefined;
  const versionLabel = facts.version?.serie ?? "";
  const edition = facts.version ? (facts.version.enterprise ? "enterprise" : "community") : "unknown";
  const report: ProbeReport = {
    odoo: { url: facts.url, version: facts.version?.serverVersion ?? "", serie: versionLabel, edition },
    checks,
    findings: [],
  };

  // Reachability and TLS.
  const reach = facts.reach;
  const url = facts.url;
  if (!reach.ok) {
    const failure = reach.failure ?? "network";
    add("reach", "failed", [
      t(`reach.${failure}` as ProbeTextKey, {
        url,
        status: reach.status ?? 0,
        code: reach.tlsCode ?? "",
        location: "",
      }),
    ]);
    if (failure === "tls") add("tls", "failed", [t("tls.failed", { code: reach.tlsCode ?? "TLS" })]);
    else add("tls", "skipped", [t("skipped.unreachable")]);
    skipAll(checksAfter("tls"), "skipped.unreachable");
    return finish(report, signals, lang);
  }
  add("reach", "passed", [t("reach.ok", { url, status: reach.status ?? 200 })]);
  if (reach.https) add("tls", "passed", [t("tls.valid", { host })]);
  else if (reach.redirectsToHttps) add("tls", "warning", [t("tls.redirects")]);
  else if (isLoopbackHost(host)) add("tls", "passed", [t("tls.plain-loopback")]);
  else {
    add("tls", "warning", [t("tls.plain")]);
    signals.push({ id: "redirect-uri-insecure-http", evidence: `odooUrl: ${excerpt(url, 200)}`, severity: "warning" });
  }

  // Version.
  const editionText = t(edition === "enterprise" ? "edition.enterprise" : "edition.community");
  if (!facts.version) add("version", "warning", [t("version.unknown")]);
  else if (facts.version.major < 16) {
    add("version", "failed", [t("version.old", { version: facts.version.serverVersion, edition: editionText })]);
    signals.push({ id: "odoo-version-old", evidence: `server_version: ${excerpt(facts.version.serverVersion, 60)}` });
  } else add("version", "passed", [t("version.found", { version: facts.version.serverVersion, edition: editionText })]);

  // Callback route.
  if (facts.callbackRoute === "present") add("callback-route", "passed", [t("callback.present")]);
  else if (facts.callbackRoute === "absent") add("callback-route", "failed", [t("callback.absent")]);
  else add("callback-route", "warning", [t("callback.unknown")]);

  // Redirect URI: from web.base.url when it was read, otherwise from the address given.
  const baseUrl = facts.params?.webBaseUrl;
  const base = baseUrl ? readOdooUrl(baseUrl) : given;
  const redirectUri = base ? odooRedirectUri(base, version) : undefined;
  if (redirectUri) report.odoo.redirectUri = redirectUri;
  if (redirectUri && baseUrl) add("redirect-uri", "passed", [t("redirect.known", { uri: redirectUri })]);
  else if (redirectUri) add("redirect-uri", "warning", [t("redirect.assumed", { uri: redirectUri })]);
  else add("redirect-uri", "warning", [t("version.unknown")]);

  // API key and what it unlocks.
  const adminChecks = checksAfter("admin");
  const auth = facts.auth;
  if (!auth) {
    add("api-key", "skipped", [t("api-key.skipped")]);
    skipAll(checksAfter("api-key"), "skipped.no-key");
    return finish(report, signals, lang);
  }
  if (!auth.ok) {
    add("api-key", "failed", [
      t(`api-key.${auth.failure ?? "rpc-error"}` as ProbeTextKey, {
        db: auth.db ?? "—",
        databases: (auth.databases ?? []).join(", "),
        version: versionLabel,
      }),
    ]);
    skipAll(checksAfter("api-key"), "skipped.no-key");
    return finish(report, signals, lang);
  }
  const login = auth.login ?? "—";
  add("api-key", "passed", [
    t("api-key.ok", { login, db: auth.db ?? "—", protocol: auth.protocol === "json2" ? "JSON-2" : "JSON-RPC" }),
  ]);
  if (!auth.admin) {
    const is19 = (version?.major ?? 0) >= 19;
    add("admin", is19 ? "warning" : "failed", [t(is19 ? "admin.missing-19" : "admin.missing", { login })]);
    if (!is19)
      signals.push({
        id: "odoo-forbidden",
        evidence: `${excerpt(login, 80)}: not in Administration / Settings`,
        boost: 5,
      });
    skipAll(adminChecks, "skipped.no-admin");
    return finish(report, signals, lang);
  }
  add("admin", "passed", [t("admin.ok", { login })]);

  webBaseUrlCheck(facts, given, add, signals, t);
  credentialsCheck(facts, add, signals, t);
  moduleChecks(facts, add, signals, t);
  outgoingCheck(facts.outgoing ?? [], version, add, signals, t);
  incomingCheck(facts, add, t);
  failedMailsCheck(facts, lang, add, signals, t);
  return finish(report, signals, lang);
}

type Add = (id: CheckId, status: CheckStatus, details: string[]) => void;
type T = (key: ProbeTextKey, params?: Params) => string;

function webBaseUrlCheck(
  facts: ProbeFacts,
  given: ReturnType<typeof readOdooUrl>,
  add: Add,
  signals: Signal[],
  t: T,
): void {
  const params = facts.params;
  if (!params) {
    add("web-base-url", "skipped", [t("skipped.no-admin")]);
    return;
  }
  const value = params.webBaseUrl;
  if (!value) {
    add("web-base-url", "failed", [t("web-base-url.missing")]);
    signals.push({ id: "web-base-url-mismatch", evidence: "web.base.url: —", boost: 5 });
    return;
  }
  const base = readOdooUrl(value);
  const shown = excerpt(value, 200);
  const givenUrl = given?.base ?? facts.url;
  if (base && given && base.authority.toLowerCase() !== given.authority.toLowerCase()) {
    add("web-base-url", "failed", [t("web-base-url.other-host", { value: shown, given: givenUrl })]);
    signals.push({
      id: "web-base-url-mismatch",
      evidence: `web.base.url: ${shown} ≠ ${excerpt(givenUrl, 200)}`,
      boost: 10,
    });
    return;
  }
  if (base && given && base.scheme === "http" && given.scheme === "https") {
    add("web-base-url", "failed", [t("web-base-url.http", { value: shown, given: givenUrl })]);
    signals.push({
      id: "redirect-uri-insecure-http",
      evidence: `web.base.url: ${shown}${params.freeze ? "" : " (web.base.url.freeze: —)"}`,
      boost: 10,
    });
    return;
  }
  if (!params.freeze) {
    add("web-base-url", "warning", [t("web-base-url.not-frozen", { value: shown })]);
    return;
  }
  add("web-base-url", "passed", [t("web-base-url.ok", { value: shown })]);
}

function credentialsCheck(facts: ProbeFacts, add: Add, signals: Signal[], t: T): void {
  const params = facts.params;
  if (!params) {
    add("gmail-credentials", "skipped", [t("skipped.no-admin")]);
    return;
  }
  const missing = [
    ...(params.clientIdSet ? [] : [t("credentials.id")]),
    ...(params.clientSecretSet ? [] : [t("credentials.secret")]),
  ];
  if (missing.length === 0) {
    add("gmail-credentials", "passed", [t("credentials.ok")]);
    return;
  }
  add("gmail-credentials", "failed", [t("credentials.missing", { missing: missing.join(", ") })]);
  signals.push({
    id: "odoo-credentials-missing",
    evidence:
      `${params.clientIdSet ? "" : "google_gmail_client_id: — "}${params.clientSecretSet ? "" : "google_gmail_client_secret: —"}`.trim(),
    boost: 5,
  });
}

function moduleChecks(facts: ProbeFacts, add: Add, signals: Signal[], t: T): void {
  const state = facts.module;
  if (!state) add("module", "skipped", [t("skipped.no-admin")]);
  else if (state === "installed") add("module", "passed", [t("module.installed")]);
  else if (state === "to upgrade" || state === "to install" || state === "to remove") {
    add("module", "failed", [t("module.pending", { state })]);
    signals.push({ id: "odoo-module-outdated", evidence: `ir.module.module google_gmail: state '${state}'`, boost: 5 });
  } else add("module", "failed", [t("module.not-installed", { state })]);

  const views = facts.views;
  if (!views) {
    add("views", "skipped", [t("skipped.no-admin")]);
    return;
  }
  if (!views.gmailView) {
    add("views", state === "installed" ? "failed" : "skipped", [t("views.no-gmail")]);
    if (state === "installed")
      signals.push({ id: "odoo-module-outdated", evidence: "ir.ui.view ir.mail_server: no google_gmail view" });
    return;
  }
  if (views.connectButton && !views.authorizationCodeField) {
    add("views", "passed", [t("views.ok")]);
    return;
  }
  add("views", "failed", [t("views.stale")]);
  signals.push({
    id: "odoo-module-outdated",
    evidence:
      `ir.ui.view ir.mail_server: ${views.authorizationCodeField ? "google_gmail_authorization_code" : ""}${views.connectButton ? "" : " (no open_google_gmail_uri)"}`.trim(),
    boost: 10,
  });
}

function serverLine(server: OutgoingServer, t: T): string {
  return t("outgoing.server", {
    name: server.name,
    host: server.host || "—",
    port: server.port,
    encryption: server.encryption || "none",
    user: server.user || "—",
    from: server.fromFilter || "—",
    auth:
      server.authentication === "gmail"
        ? t("outgoing.auth-gmail")
        : server.authentication === "login"
          ? t("outgoing.auth-login")
          : server.authentication,
    token: t(server.tokenSet ? "outgoing.token-yes" : "outgoing.token-no"),
  });
}

function outgoingCheck(
  servers: OutgoingServer[],
  version: OdooVersion | undefined,
  add: Add,
  signals: Signal[],
  t: T,
): void {
  if (servers.length === 0) {
    add("outgoing", "warning", [t("outgoing.none")]);
    return;
  }
  const details: string[] = [];
  let status: CheckStatus = "passed";
  const worse = (next: CheckStatus) => {
    if (next === "failed" || (next === "warning" && status === "passed")) status = next;
  };
  for (const server of servers) {
    details.push(serverLine(server, t));
    const params = {
      name: server.name,
      host: server.host,
      port: server.port,
      encryption: server.encryption || "none",
      user: server.user || "—",
      from: server.fromFilter || "—",
    };
    const tag = `${excerpt(server.name, 60)}`;
    if (!server.active) {
      details.push(t("outgoing.inactive", params));
      continue;
    }
    const host = server.host.trim().toLowerCase();
    if (server.authentication === "gmail") {
      if (server.encryption !== "starttls" || server.port === 465) {
        details.push(t("outgoing.ssl", params));
        signals.push({
          id: "smtp-encryption",
          evidence: `${tag}: ${server.encryption || "none"} ${server.port}`,
          boost: 5,
        });
        worse("failed");
      } else if (server.port !== 587) {
        details.push(t("outgoing.port", params));
        worse("warning");
      }
      if (server.passwordSet) {
        details.push(t("outgoing.password-set", params));
        signals.push({ id: "smtp-password-auth", evidence: `${tag}: smtp_pass set`, severity: "warning" });
        worse("warning");
      }
      if (!server.user) {
        details.push(t("outgoing.no-user", params));
        worse("failed");
      }
      if (host && !isGmailSmtpHost(host)) {
        details.push(t("outgoing.host", params));
        signals.push({ id: "smtp-host-wrong", evidence: `${tag}: ${excerpt(host, 80)}`, boost: 2 });
        worse("failed");
      }
      if (server.user && server.fromFilter && server.fromFilter.toLowerCase() !== server.user.toLowerCase()) {
        details.push(t("outgoing.from-filter", params));
        worse("warning");
      }
      if (
        (version?.major ?? 0) >= 19 &&
        server.ownerEmail &&
        server.user &&
        server.ownerEmail.toLowerCase() !== server.user.toLowerCase()
      ) {
        details.push(t("outgoing.owner", { ...params, owner: server.ownerEmail }));
        signals.push({
          id: "email-mismatch",
          evidence: `${tag}: smtp_user ${excerpt(server.user, 80)} ≠ ${excerpt(server.ownerEmail, 80)}`,
          boost: 10,
        });
        worse("failed");
      }
      if (!server.tokenSet) {
        details.push(t("outgoing.no-token", params));
        worse("warning");
      }
    } else if (host.endsWith("gmail.com") || host.endsWith("googlemail.com")) {
      details.push(t("outgoing.password-auth", params));
      signals.push({
        id: "smtp-password-auth",
        evidence: `${tag}: smtp_authentication ${excerpt(server.authentication, 20)}`,
        boost: 5,
      });
      worse("failed");
      if (server.encryption === "ssl" || server.port === 465) worse("failed");
    }
  }
  add("outgoing", status, details);
}

function incomingCheck(facts: ProbeFacts, add: Add, t: T): void {
  const servers = facts.incoming;
  if (!servers) {
    add("incoming", "skipped", [t("incoming.model-missing")]);
    return;
  }
  if (servers.length === 0) {
    add("incoming", "passed", [t("incoming.none")]);
    return;
  }
  let status: CheckStatus = "passed";
  const details: string[] = [];
  for (const server of servers) {
    details.push(
      t("incoming.server", {
        name: server.name,
        host: server.host || "—",
        port: server.port,
        ssl: t(server.ssl ? "incoming.ssl-yes" : "incoming.ssl-no"),
        user: server.user || "—",
        token: t(server.tokenSet ? "outgoing.token-yes" : "outgoing.token-no"),
      }),
    );
    if (server.host.trim().toLowerCase() !== GMAIL_IMAP || server.port !== 993 || !server.ssl) {
      details.push(t("incoming.settings", { name: server.name }));
      status = "warning";
    }
    if (!server.tokenSet) {
      details.push(t("outgoing.no-token", { name: server.name }));
      status = "warning";
    }
  }
  add("incoming", status, details);
}

function failedMailsCheck(facts: ProbeFacts, lang: Lang, add: Add, signals: Signal[], t: T): void {
  const mails = (facts.failedMails ?? []).slice(0, MAX_FAILED_MAILS);
  if (!facts.failedMails) {
    add("failed-mails", "skipped", [t("skipped.no-admin")]);
    return;
  }
  if (mails.length === 0) {
    add("failed-mails", "passed", [t("failed.none")]);
    return;
  }
  const details = [t("failed.some", { count: mails.length })];
  const gmailAuth = (facts.outgoing ?? []).find((s) => s.active)?.authentication;
  for (const mail of mails) {
    const reason = excerpt(mail.reason, 300);
    details.push(t("failed.reason", { id: mail.id, reason }));
    const evidence =
      gmailAuth === "gmail"
        ? { errorText: mail.reason, smtp: { authentication: "gmail" as const } }
        : gmailAuth === "login"
          ? { errorText: mail.reason, smtp: { authentication: "login" as const } }
          : { errorText: mail.reason };
    for (const finding of diagnose(evidence, lang).findings) {
      signals.push({
        id: finding.id,
        evidence: `mail.mail ${mail.id}: ${excerpt(mail.reason, 160)}`,
        severity: finding.severity,
      });
    }
  }
  add("failed-mails", "warning", details);
}

/** Ranks the signals into catalog findings (same shape and order rules as POST /api/diagnose). */
function finish(report: ProbeReport, signals: Signal[], lang: Lang): ProbeReport {
  report.findings = rank(mergeSignals(signals, lang)).map(({ id, severity, evidence }) => ({
    ...catalogEntry(id, lang),
    severity,
    evidence: evidence.map((line) => redact(line)),
  }));
  for (const check of report.checks) check.details = check.details.map((line) => redact(line));
  return report;
}
