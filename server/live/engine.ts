/**
 * The live test's flow engine. `start` checks the client (preflight), makes the PKCE pair and the
 * authorization URL and leaves the run waiting at consent. Google's answer arrives through the
 * callback or a pasted address (`receive`), or a pasted error fails consent (`failConsent`); after a
 * code, the remaining steps run in the background — token, scope, account, refresh, SMTP connect,
 * XOAUTH2 — each bounded in time, each failure a catalog finding, then cleanup discards the secrets.
 * Every change is saved to the store, which publishes the run to its SSE subscribers.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { ClientJson } from "../../src/core/client-json/client-json.ts";
import type { Finding } from "../../src/core/diagnose/diagnose.ts";
import type { Signal } from "../../src/core/diagnose/signal.ts";
import { consentSignals } from "../../src/core/diagnose/structured-signals.ts";
import { googleTextSignals } from "../../src/core/evidence/google-text.ts";
import type { FindingId } from "../../src/core/findings/ids.ts";
import type { Lang } from "../../src/core/lang.ts";
import { redact } from "../../src/core/redact.ts";
import { findingOf, googleFailure, smtpFailure, topFinding } from "./finding-map.ts";
import {
  type ConsoleFacts,
  type LiveRecord,
  MAX_SENDS,
  type Mode,
  type Provider,
  runStatusOf,
  type Scenario,
  type SmtpTarget,
  STEP_IDS,
  type Step,
  type StepId,
  type StepOutcome,
  stepOf,
} from "./model.ts";
import {
  createOAuthClient,
  GOOGLE_CONNECTIONS_URL,
  liveAuthUrl,
  MAIL_SCOPE,
  providerEndpoints,
  userinfoEmail,
} from "./oauth-client.ts";
import { ageTestingGrant, armTokenTimeout, EXPIRY_DAYS, type LiveSandbox, practiceScopes } from "./practice.ts";
import { preflight } from "./preflight.ts";
import { reportText } from "./report-text.ts";
import { Secret } from "./secret.ts";
import { checkSmtpConnection, checkXoauth2Login, sendToSelf } from "./smtp-checks.ts";
import { type StepTextKey, stepText } from "./step-text.ts";
import { type LiveStore, StoreUnavailableError } from "./store.ts";
import { StepTimeout, withTimeout } from "./timeout.ts";

export interface EngineOptions {
  store: LiveStore;
  now: () => number;
  ttlMs: number;
  /** Timeout of each Google call (google-auth-library / gaxios). */
  googleTimeoutMs: number;
  /** nodemailer's connection, greeting and socket timeouts. */
  smtpTimeoutMs: number;
  /** Hard limit of any one step, above the library timeouts. */
  stepTimeoutMs: number;
  sandbox: LiveSandbox | undefined;
}

export interface StartInput {
  provider: Provider;
  mode: Mode;
  lang: Lang;
  clientId: string;
  clientSecret: string;
  clientJson: ClientJson | undefined;
  email: string;
  redirectUri: string;
  /** The companion's public origin (the sandbox's endpoints live under it). */
  origin: string;
  smtp: SmtpTarget;
  /** A practice run; `odooBasePath` when its Odoo redirect URI is the emulated Odoo's, served under that path. */
  practice?: { scenario: Scenario; facts: ConsoleFacts; odooBasePath?: string };
}

export type ReceiveResult = "accepted" | "other-run" | "not-waiting";

export interface LiveEngine {
  start(input: StartInput): Promise<LiveRecord>;
  /** Google's redirect (callback query or pasted address): consent and code, then the rest in the background. */
  receive(record: LiveRecord, params: URLSearchParams): Promise<ReceiveResult>;
  /** A pasted Google error: consent failed with that finding. */
  failConsent(record: LiveRecord, finding: Finding): Promise<"accepted" | "not-waiting">;
  /** One test mail from the account to itself (the route checks that it is allowed). */
  sendTest(record: LiveRecord): Promise<void>;
}

const newId = (bytes: number) => randomBytes(bytes).toString("base64url");

export function stateOf(record: LiveRecord): string {
  return `${record.run.id}.${record.stateNonce}`;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function titleOf(id: StepId, lang: Lang, email: string, smtp: SmtpTarget): string {
  const params = { email, host: smtp.host, port: smtp.port, scope: MAIL_SCOPE };
  return stepText(lang, `title.${id}` as StepTextKey, params);
}

/** Every public text of a step, redacted: results and evidence may quote what Google or Gmail said. */
function redactStep(step: Step): void {
  step.title = redact(step.title);
  step.result = redact(step.result);
  if (step.details) step.details = step.details.map(redact);
  if (step.finding) step.finding = { ...step.finding, evidence: step.finding.evidence.map(redact) };
}

/** The warnings a practice run's console settings earn once consent passed (unverified, Testing). */
function consoleWarnings(facts: ConsoleFacts, email: string, lang: Lang): Finding | undefined {
  const signals: Signal[] = consentSignals({ consent: facts, account: { email } }).filter(
    (s) => s.id === "app-unverified" || s.id === "testing-weekly-reauth",
  );
  const finding = topFinding(signals, lang);
  return finding ? { ...finding, severity: "warning" } : undefined;
}

export function createEngine(options: EngineOptions): LiveEngine {
  const { store, now } = options;

  const publish = async (record: LiveRecord) => {
    for (const step of record.run.steps) redactStep(step);
    record.run.status = runStatusOf(record.run.steps);
    await store.save(record);
  };

  const apply = (step: Step, outcome: StepOutcome) => {
    step.status = outcome.status;
    step.result = outcome.result;
    if (outcome.details?.length) step.details = outcome.details;
    else delete step.details;
    if (outcome.finding) step.finding = outcome.finding;
    else delete step.finding;
  };

  const oauthClient = (record: LiveRecord) =>
    createOAuthClient({
      endpoints: record.endpoints,
      clientId: record.clientId,
      clientSecret: record.secrets.clientSecret?.reveal(),
      redirectUri: record.run.redirectUri,
      timeoutMs: options.googleTimeoutMs,
    });

  /** Runs one step: running → its outcome, within the step time limit; any error becomes `onError`. */
  const runStep = async (
    record: LiveRecord,
    id: StepId,
    work: () => Promise<StepOutcome>,
    onError: { result: StepTextKey; finding: (error: unknown) => Finding; details?: string[] },
  ): Promise<boolean> => {
    const { lang } = record.run;
    const step = stepOf(record.run, id);
    apply(step, { status: "running", result: stepText(lang, "result.running") });
    await publish(record);
    const started = performance.now();
    let outcome: StepOutcome;
    try {
      outcome = await withTimeout(work(), options.stepTimeoutMs);
    } catch (error) {
      const known = error instanceof StepTimeout || (error !== null && typeof error === "object" && "code" in error);
      if (!known && !(error as { response?: unknown })?.response) {
        console.error(`[live] step ${id}: ${(error as Error)?.name ?? typeof error}`);
      }
      const finding = onError.finding(error);
      const result =
        error instanceof StepTimeout
          ? stepText(lang, "result.timeout", { seconds: Math.round(options.stepTimeoutMs / 1000) })
          : stepText(lang, finding.id === "google-unavailable" ? "result.google-unavailable" : onError.result);
      outcome = { status: "failed", result, finding, ...(onError.details ? { details: onError.details } : {}) };
    }
    step.elapsedMs = Math.round(performance.now() - started);
    apply(step, outcome);
    await publish(record);
    return outcome.status === "passed" || outcome.status === "warning";
  };

  /** Skips what did not run, then cleanup: secrets go, the grant stays (and the report says why). */
  const finish = async (record: LiveRecord) => {
    const { lang } = record.run;
    const authPassed = stepOf(record.run, "smtp-auth").status === "passed";
    for (const step of record.run.steps) {
      if (step.status !== "pending" && step.status !== "running") continue;
      if (step.id === "cleanup") continue;
      step.status = "skipped";
      step.result = stepText(lang, step.id === "send" && authPassed ? "send.not-requested" : "result.skipped");
    }
    const started = performance.now();
    delete record.secrets.clientSecret;
    delete record.secrets.codeVerifier;
    delete record.secrets.refreshToken;
    if (!authPassed) delete record.secrets.accessToken;
    const details = [
      stepText(lang, "detail.not-revoked"),
      stepText(lang, "detail.revoke-by-hand", {
        connections: GOOGLE_CONNECTIONS_URL,
        revokeUrl: record.endpoints.oauth2RevokeUrl,
      }),
    ];
    if (authPassed) {
      details.push(stepText(lang, "detail.access-kept", { time: record.run.expiresAt.slice(11, 16) }));
    }
    const cleanup = stepOf(record.run, "cleanup");
    apply(cleanup, { status: "passed", result: stepText(lang, "cleanup.passed"), details });
    cleanup.elapsedMs = Math.round(performance.now() - started);
    await publish(record);
  };

  const afterCode = async (record: LiveRecord, code: string): Promise<void> => {
    const { lang, email } = record.run;
    const { endpoints, smtp } = record;
    const client = oauthClient(record);
    const sandbox = options.sandbox;

    const tokenOk = await runStep(
      record,
      "token",
      async () => {
        const details: string[] = [];
        if (record.scenario === "google-timeout" && sandbox) {
          await armTokenTimeout(sandbox, record.clientId, code);
          details.push(stepText(lang, "detail.fault-armed"));
        }
        const verifier = record.secrets.codeVerifier?.reveal();
        delete record.secrets.codeVerifier;
        const { tokens } = await client.getToken({
          code,
          ...(verifier ? { codeVerifier: verifier } : {}),
          redirect_uri: record.run.redirectUri,
        });
        if (tokens.scope) details.push(stepText(lang, "detail.scopes", { scopes: tokens.scope }));
        if (!tokens.access_token || !tokens.refresh_token) {
          const missing = tokens.access_token ? "refresh_token" : "access_token";
          return {
            status: "failed",
            result: stepText(lang, "token.no-refresh"),
            details,
            finding: findingOf("token-fetch-failed", lang, [
              stepText(lang, "evidence.missing-field", { field: missing }),
            ]),
          };
        }
        record.secrets.accessToken = new Secret(tokens.access_token);
        record.secrets.refreshToken = new Secret(tokens.refresh_token);
        details.push(stepText(lang, "detail.refresh-present"));
        if (tokens.expiry_date) {
          const minutes = Math.max(0, Math.round((tokens.expiry_date - Date.now()) / 60_000));
          details.push(stepText(lang, "detail.access-expiry", { minutes }));
        }
        return { status: "passed", result: stepText(lang, "token.passed"), details };
      },
      {
        result: "token.failed",
        finding: (e) => googleFailure(e, lang, endpoints.oauth2TokenUrl, "token-fetch-failed", "authorization_code"),
      },
    );
    if (!tokenOk) return finish(record);

    let accountEmail: string | undefined;
    const scopeOk = await runStep(
      record,
      "scope",
      async () => {
        const info = await client.getTokenInfo(record.secrets.accessToken?.reveal() ?? "");
        accountEmail = info.email;
        const details = [stepText(lang, "detail.scopes", { scopes: info.scopes.join(" ") })];
        if (info.scopes.includes(MAIL_SCOPE)) {
          return { status: "passed", result: stepText(lang, "scope.passed", { scope: MAIL_SCOPE }), details };
        }
        return {
          status: "failed",
          result: stepText(lang, "scope.failed", { scope: MAIL_SCOPE }),
          details,
          finding: findingOf("scope-insufficient", lang, [`scope=${info.scopes.join(" ")}`]),
        };
      },
      {
        result: "scope.unanswered",
        finding: (e) => googleFailure(e, lang, endpoints.tokenInfoUrl, "token-fetch-failed"),
      },
    );
    if (!scopeOk) return finish(record);

    const accountOk = await runStep(
      record,
      "account",
      async () => {
        const actual =
          accountEmail ??
          (await userinfoEmail(client, endpoints.userinfoUrl, record.secrets.accessToken?.reveal() ?? ""));
        if (!actual) {
          return {
            status: "warning",
            result: stepText(lang, "account.unknown"),
            finding: findingOf("email-mismatch", lang, [stepText(lang, "evidence.no-address")], "warning"),
          };
        }
        const details = [stepText(lang, "detail.account", { email: actual })];
        if (actual.trim().toLowerCase() !== email.trim().toLowerCase()) {
          return {
            status: "failed",
            result: stepText(lang, "account.mismatch", { actual, email }),
            details,
            finding: findingOf("email-mismatch", lang, [stepText(lang, "evidence.other-account", { email, actual })]),
          };
        }
        const testUser = record.facts?.testUsers.some((u) => u.toLowerCase() === actual.toLowerCase());
        details.push(
          testUser && record.facts?.publishingStatus === "testing"
            ? stepText(lang, "detail.test-user", { email: actual })
            : stepText(lang, "detail.consent-passed-account"),
        );
        return { status: "passed", result: stepText(lang, "account.passed", { email }), details };
      },
      { result: "account.failed", finding: (e) => googleFailure(e, lang, endpoints.userinfoUrl, "token-fetch-failed") },
    );
    if (!accountOk) return finish(record);

    const refreshOk = await runStep(
      record,
      "refresh",
      async () => {
        const details: string[] = [];
        if (record.scenario === "day-7-expiry" && sandbox) {
          await ageTestingGrant(sandbox, record.clientId);
          details.push(stepText(lang, "detail.grant-aged", { days: EXPIRY_DAYS }));
        }
        client.setCredentials({ refresh_token: record.secrets.refreshToken?.reveal() ?? null });
        const { credentials } = await client.refreshAccessToken();
        if (!credentials.access_token) {
          return {
            status: "failed",
            result: stepText(lang, "refresh.failed"),
            details,
            finding: findingOf("token-fetch-failed", lang, [
              stepText(lang, "evidence.missing-field", { field: "access_token" }),
            ]),
          };
        }
        record.secrets.accessToken = new Secret(credentials.access_token);
        return { status: "passed", result: stepText(lang, "refresh.passed"), details };
      },
      {
        result: "refresh.failed",
        finding: (e) => googleFailure(e, lang, endpoints.oauth2TokenUrl, "token-fetch-failed", "refresh_token"),
      },
    );
    if (!refreshOk) return finish(record);

    const smtpDetails = [
      stepText(lang, "detail.server", { host: smtp.host, port: smtp.port }),
      stepText(lang, smtp.ca ? "detail.ca-sandbox" : "detail.ca-system"),
    ];
    if (record.scenario?.startsWith("smtp-")) {
      smtpDetails.push(stepText(lang, "detail.smtp-fault", { fault: record.scenario }));
    }
    const connectOk = await runStep(
      record,
      "smtp-connect",
      async () => {
        await checkSmtpConnection(smtp, options.smtpTimeoutMs);
        return {
          status: "passed",
          result: stepText(lang, "smtp-connect.passed", { host: smtp.host, port: smtp.port }),
          details: smtpDetails,
        };
      },
      {
        result: "smtp-connect.failed",
        finding: (e) => smtpFailure(e, lang, smtp, "smtp-unreachable"),
        details: smtpDetails,
      },
    );
    if (!connectOk) return finish(record);

    await runStep(
      record,
      "smtp-auth",
      async () => {
        await checkXoauth2Login(smtp, options.smtpTimeoutMs, email, record.secrets.accessToken?.reveal() ?? "");
        return { status: "passed", result: stepText(lang, "smtp-auth.passed", { host: smtp.host }) };
      },
      { result: "smtp-auth.failed", finding: (e) => smtpFailure(e, lang, smtp, "smtp-auth-rejected") },
    );
    return finish(record);
  };

  /** Steps catch their own errors; this only keeps a broken store from becoming an unhandled rejection. */
  /**
   * The shared store stopped answering mid-run: the step under way fails with its own finding, the
   * rest is skipped, secrets go. This instance's streams see it at once; the store gets it when back.
   */
  const failForStore = async (record: LiveRecord) => {
    const { lang } = record.run;
    // The step under way, else the one that would have run next: the failure shows where it stopped.
    const step =
      record.run.steps.find((s) => s.status === "running") ??
      record.run.steps.find((s) => s.status === "pending" && s.id !== "cleanup" && s.id !== "send") ??
      stepOf(record.run, "cleanup");
    apply(step, {
      status: "failed",
      result: stepText(lang, "result.store-unavailable"),
      finding: findingOf("companion-store-unavailable", lang, []),
    });
    await finish(record).catch(() => undefined);
  };

  const inBackground = (record: LiveRecord, work: Promise<void>) => {
    work.catch(async (error: unknown) => {
      if (error instanceof StoreUnavailableError) return failForStore(record);
      console.error(`[live] run: ${(error as Error)?.name ?? typeof error}`);
    });
  };

  /** Only one instance may take Google's answer for a run (a callback and a paste, say). */
  const claimAnswer = (record: LiveRecord) => store.claim(record.run.id, "answer", options.ttlMs);

  /** Marks consent answered at once (before any await), so a second answer finds it taken. */
  const takeConsent = (record: LiveRecord): Step | undefined => {
    const consent = stepOf(record.run, "consent");
    if (consent.status !== "running") return undefined;
    consent.status = "passed";
    consent.elapsedMs = Math.max(0, now() - record.createdAtMs);
    return consent;
  };

  const failWith = async (record: LiveRecord, consent: Step, finding: Finding, details: string[]) => {
    apply(consent, {
      status: "failed",
      result: stepText(record.run.lang, "consent.failed"),
      details,
      finding,
    });
    await finish(record);
  };

  return {
    async start(input) {
      const { lang } = input;
      const createdAtMs = now();
      const expiresAtMs = createdAtMs + options.ttlMs;
      const id = newId(16);
      const endpoints = providerEndpoints(input.provider, options.sandbox?.origin ?? input.origin);
      const record: LiveRecord = {
        run: {
          id,
          status: "waiting",
          provider: input.provider,
          mode: input.mode,
          lang,
          email: input.email,
          redirectUri: input.redirectUri,
          authUrl: "",
          createdAt: new Date(createdAtMs).toISOString(),
          expiresAt: new Date(expiresAtMs).toISOString(),
          steps: STEP_IDS.map((step) => ({
            id: step,
            status: "pending",
            title: titleOf(step, lang, input.email, input.smtp),
            result: stepText(lang, "result.pending"),
            elapsedMs: null,
          })),
          sendsLeft: MAX_SENDS,
        },
        clientId: input.clientId,
        stateNonce: newId(18),
        createdAtMs,
        expiresAtMs,
        endpoints,
        smtp: input.smtp,
        sending: false,
        secrets: { clientSecret: new Secret(input.clientSecret) },
      };
      if (input.practice) {
        record.scenario = input.practice.scenario;
        record.facts = input.practice.facts;
      }
      const started = performance.now();
      const client = oauthClient(record);
      const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
      record.secrets.codeVerifier = new Secret(codeVerifier);
      record.run.authUrl = liveAuthUrl(client, {
        state: stateOf(record),
        codeChallenge: codeChallenge ?? "",
        loginHint: input.email,
        lang,
        extraScopes: practiceScopes(input.practice?.scenario),
      });
      const checked = preflight({
        mode: input.mode,
        clientId: input.clientId,
        clientSecret: input.clientSecret,
        clientJson: input.clientJson,
        redirectUri: input.redirectUri,
        odooBasePath: input.practice?.odooBasePath,
        lang,
      });
      if (input.practice) {
        const practice = stepText(lang, "detail.practice", { scenario: input.practice.scenario, email: input.email });
        checked.details = [practice, ...(checked.details ?? [])];
      }
      const preflightStep = stepOf(record.run, "preflight");
      apply(preflightStep, checked);
      preflightStep.elapsedMs = Math.round(performance.now() - started);
      if (checked.status === "failed") {
        await finish(record);
        return record;
      }
      const waitingDetails = [stepText(lang, "detail.paste-error")];
      if (input.mode === "odoo") waitingDetails.unshift(stepText(lang, "detail.odoo-mode"));
      apply(stepOf(record.run, "consent"), {
        status: "running",
        result: stepText(lang, "consent.waiting"),
        details: waitingDetails,
      });
      await publish(record);
      return record;
    },

    async receive(record, params) {
      const state = params.get("state") ?? "";
      if (!sameText(state, stateOf(record))) return "other-run";
      if (stepOf(record.run, "consent").status !== "running" || !(await claimAnswer(record))) return "not-waiting";
      const consent = takeConsent(record);
      if (!consent) return "not-waiting";
      const { lang } = record.run;
      const error = params.get("error");
      if (error) {
        const finding =
          topFinding(googleTextSignals(`Error: ${error.slice(0, 100)}`), lang) ??
          findingOf("consent-cancelled", lang, [`error=${error.slice(0, 100)}`]);
        await failWith(record, consent, finding, []);
        return "accepted";
      }
      const warning = record.facts ? consoleWarnings(record.facts, record.run.email, lang) : undefined;
      apply(
        consent,
        warning
          ? { status: "warning", result: stepText(lang, "consent.warning"), finding: warning }
          : { status: "passed", result: stepText(lang, "consent.passed") },
      );
      const code = params.get("code");
      const codeStep = stepOf(record.run, "code");
      const scope = params.get("scope");
      const codeDetails = scope ? [stepText(lang, "detail.scopes", { scopes: scope })] : [];
      codeStep.elapsedMs = 0;
      if (!code) {
        const missing: FindingId = "auth-code-invalid";
        apply(codeStep, {
          status: "failed",
          result: stepText(lang, "code.missing"),
          details: codeDetails,
          finding: findingOf(missing, lang, [stepText(lang, "evidence.no-code")]),
        });
        await finish(record);
        return "accepted";
      }
      apply(codeStep, { status: "passed", result: stepText(lang, "code.passed"), details: codeDetails });
      await publish(record);
      inBackground(record, afterCode(record, code));
      return "accepted";
    },

    async failConsent(record, finding) {
      if (stepOf(record.run, "consent").status !== "running" || !(await claimAnswer(record))) return "not-waiting";
      const consent = takeConsent(record);
      if (!consent) return "not-waiting";
      await failWith(record, consent, finding, [stepText(record.run.lang, "detail.from-paste")]);
      return "accepted";
    },

    async sendTest(record) {
      const { lang, email } = record.run;
      const { smtp } = record;
      record.sending = true;
      record.run.sendsLeft = Math.max(0, record.run.sendsLeft - 1);
      try {
        await runStep(
          record,
          "send",
          async () => {
            const messageId = await sendToSelf(
              smtp,
              options.smtpTimeoutMs,
              { email, accessToken: record.secrets.accessToken?.reveal() ?? "" },
              {
                subject: reportText(lang, "mail.subject"),
                text: reportText(lang, "mail.body", { email, host: smtp.host }),
              },
            );
            return {
              status: "passed",
              result: stepText(lang, "send.passed", { host: smtp.host, email }),
              details: [stepText(lang, "detail.message-id", { id: messageId })],
            };
          },
          { result: "send.failed", finding: (e) => smtpFailure(e, lang, smtp, "smtp-auth-rejected") },
        );
      } finally {
        record.sending = false;
        await publish(record);
      }
    },
  };
}
