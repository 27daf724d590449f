/**
 * Several companion instances sharing live runs through a real redis-server (started here on a free
 * loopback port): a run started on one instance is finished, streamed, mailed and reported by any
 * other; an instance restarted mid-run loses nothing; every practice scenario passes through a
 * round-robin balancer as on one instance; Redis killed mid-run gives the documented behaviour.
 * As deployed: the instances run no sandbox of their own (SANDBOX off) and point at ONE sandbox
 * process (`npm run sandbox`, started here as a child process on its own loopback port), which they
 * reach only over HTTP — its control API with the shared key, its Google endpoints, its Gmail
 * emulator — and at one public origin, the balancer's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RATE_LIMITED_FINDING } from "../../server/live/finding-map.ts";
import { isFinal, type LiveRun, type Scenario, stepOf } from "../../server/live/model.ts";
import { createRemoteSandbox } from "../../server/live/remote-sandbox.ts";
import { authorizeOverHttp } from "../../server/sandbox/google/browserless.ts";
import { type Cluster, startCluster } from "../support/cluster.ts";

const TESTER = "odoo.tester@gmail.com";
const PRACTICE = { provider: "sandbox", practice: { scenario: "healthy" } };

let cluster: Cluster;
let publicOrigin = "";
/** Instance A and B, each reached directly (not through the balancer). */
const A = () => cluster.instances[0]?.url ?? "";
const B = () => cluster.instances[1]?.url ?? "";

beforeAll(async () => {
  cluster = await startCluster();
  publicOrigin = cluster.publicOrigin;
}, 60_000);

afterAll(() => cluster?.close());

/** A browser: one cookie jar, requests to any base URL, POSTs with the public origin. */
function browser() {
  let cookie = "";
  const send = async (base: string, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set("cookie", cookie);
    if (init.method === "POST") headers.set("origin", publicOrigin);
    const res = await fetch(new URL(path, base), { ...init, headers, redirect: "manual" });
    const set = res.headers.getSetCookie().find((c) => c.startsWith("companion_live="));
    if (set) cookie = set.split(";")[0] ?? "";
    return res;
  };
  const json = (body: unknown): RequestInit => ({
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return {
    send,
    start: async (base: string, body: unknown = PRACTICE) => {
      const res = await send(base, "/api/live/start", json(body));
      return { status: res.status, ...((await res.json()) as { id: string; authUrl: string; run: LiveRun }) };
    },
    paste: (base: string, id: string, url: string) => send(base, `/api/live/${id}/paste`, json({ url })),
    /** Follows the run's event stream on `base` until the run is final; resolves with every status seen. */
    follow: async (base: string, id: string) => {
      const res = await send(base, `/api/live/${id}/events`);
      expect(res.status).toBe(200);
      const reader = res.body?.getReader();
      const decoder = new TextDecoder();
      const seen: LiveRun[] = [];
      let buffer = "";
      while (reader) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const data = buffer
            .slice(0, end)
            .split("\n")
            .find((line) => line.startsWith("data: "));
          buffer = buffer.slice(end + 2);
          if (data) seen.push(JSON.parse(data.slice(6)) as LiveRun);
        }
        if (seen.some((run) => isFinal(run.status))) break;
      }
      await reader?.cancel();
      return seen;
    },
  };
}

/** Google's consent in the sandbox; the address the browser is sent back to (the callback). */
async function consent(authUrl: string): Promise<URL> {
  const outcome = await authorizeOverHttp(authUrl, { account: TESTER });
  if (outcome.kind !== "redirect") throw new Error(`consent failed: ${outcome.error}`);
  return outcome.url;
}

interface Expected {
  status: LiveRun["status"];
  findings: Record<string, string>;
  /** Scopes ticked on Google's consent page (all when absent). */
  grant?: string[];
}

/** What each practice scenario ends with on one instance (test/integration/live-scenarios.test.ts). */
const SCENARIOS: Record<Scenario, Expected> = {
  healthy: { status: "passed", findings: {} },
  "desktop-app": { status: "failed", findings: { preflight: "client-type-desktop" } },
  "production-unverified": { status: "warning", findings: { consent: "app-unverified" } },
  "missing-test-user": { status: "failed", findings: { consent: "test-user-missing" } },
  "internal-only": { status: "failed", findings: { consent: "org-internal" } },
  "deleted-client": { status: "failed", findings: { consent: "deleted-client" } },
  "wrong-secret": { status: "failed", findings: { token: "invalid-client" } },
  "no-mail-scope": { status: "failed", findings: { scope: "scope-insufficient" }, grant: [] },
  "day-7-expiry": {
    status: "failed",
    findings: { consent: "testing-weekly-reauth", refresh: "testing-token-expired" },
  },
  "google-timeout": { status: "failed", findings: { token: "google-unavailable" } },
  "smtp-try-later": { status: "failed", findings: { "smtp-connect": RATE_LIMITED_FINDING } },
  "smtp-too-many-logins": { status: "failed", findings: { "smtp-auth": RATE_LIMITED_FINDING } },
  "smtp-daily-limit": { status: "passed", findings: {} },
  "smtp-slow-greeting": { status: "failed", findings: { "smtp-connect": "smtp-unreachable" } },
  "smtp-dropped": { status: "failed", findings: { "smtp-connect": "smtp-unreachable" } },
};

function findingsOf(run: LiveRun): Record<string, string> {
  return Object.fromEntries(run.steps.flatMap((step) => (step.finding ? [[step.id, step.finding.id]] : [])));
}

describe("two instances sharing Redis", () => {
  it("start on A, callback on B, events from A, send-test on B, report on A: passed", async () => {
    const user = browser();
    const started = await user.start(A());
    expect(started.status).toBe(200);
    const events = user.follow(A(), started.id);
    const back = await consent(started.authUrl);
    const callback = await user.send(B(), back.pathname + back.search);
    expect(callback.status).toBe(303);
    const seen = await events;
    const final = seen.at(-1);
    expect(final?.status).toBe("passed");
    expect(seen.some((run) => run.status === "running")).toBe(true);

    const sent = await user.send(B(), `/api/live/${started.id}/send-test`, { method: "POST" });
    expect(sent.status).toBe(200);
    const report = await user.send(A(), `/api/live/${started.id}/report?format=json`);
    const { run } = (await report.json()) as { run: LiveRun };
    expect(stepOf(run as LiveRun, "send").status).toBe("passed");
    expect(run.sendsLeft).toBe(2);
  }, 60_000);

  it("a restart of B mid-run loses nothing", async () => {
    const user = browser();
    const started = await user.start(A());
    const back = await consent(started.authUrl);
    await cluster.restart(1);
    const callback = await user.send(B(), back.pathname + back.search);
    expect(callback.status).toBe(303);
    const seen = await user.follow(B(), started.id);
    expect(seen.at(-1)?.status).toBe("passed");
    const fromA = await user.send(A(), `/api/live/${started.id}`);
    expect(((await fromA.json()) as LiveRun).status).toBe("passed");
  }, 60_000);

  it("an answer is taken once across instances: the same callback on A and B is accepted by one", async () => {
    const user = browser();
    const started = await user.start(A());
    const back = await consent(started.authUrl);
    const [onA, onB] = await Promise.all([
      user.paste(A(), started.id, back.href),
      user.paste(B(), started.id, back.href),
    ]);
    expect([onA.status, onB.status].sort()).toEqual([200, 409]);
    const seen = await user.follow(A(), started.id);
    expect(seen.at(-1)?.status).toBe("passed");
  }, 60_000);

  it("passes every practice scenario through a round-robin balancer, against the one sandbox process", async () => {
    const user = browser();
    for (const [scenario, expected] of Object.entries(SCENARIOS) as [Scenario, Expected][]) {
      const started = await user.start(publicOrigin, { provider: "sandbox", practice: { scenario } });
      expect(started.status, scenario).toBe(200);
      // The browser goes to the sandbox's own origin, never to an instance, for Google's pages.
      if (started.authUrl) expect(new URL(started.authUrl).origin, scenario).toBe(cluster.sandboxProcess.url);
      let final = started.run;
      if (!isFinal(final.status)) {
        const outcome = await authorizeOverHttp(started.authUrl, {
          account: started.run.email,
          ...(expected.grant ? { grant: expected.grant } : {}),
          ...(scenario === "production-unverified" ? { continueUnverified: true } : {}),
        });
        const events = user.follow(publicOrigin, started.id);
        if (outcome.kind === "redirect") {
          const callback = await user.send(publicOrigin, outcome.url.pathname + outcome.url.search);
          expect(callback.status, scenario).toBe(303);
        } else {
          expect((await user.paste(publicOrigin, started.id, outcome.url.href)).status, scenario).toBe(200);
        }
        final = (await events).at(-1) ?? final;
      }
      expect(final.status, scenario).toBe(expected.status);
      expect(findingsOf(final), scenario).toEqual(expected.findings);
      if (scenario === "smtp-daily-limit") {
        const sent = await user.send(publicOrigin, `/api/live/${started.id}/send-test`, { method: "POST" });
        expect(findingsOf((await sent.json()) as LiveRun), scenario).toEqual({ send: RATE_LIMITED_FINDING });
      }
    }
  }, 120_000);

  it("odoo mode and Google's error pages on the sandbox's origin lead back to the companion's", async () => {
    const user = browser();
    const odoo = await user.start(publicOrigin, { ...PRACTICE, mode: "odoo" });
    const callback = `${cluster.sandboxProcess.url}/sandbox/odoo/practice-19/google_gmail/confirm`;
    expect(odoo.run.redirectUri).toBe(callback);
    const outcome = await authorizeOverHttp(odoo.authUrl, { account: TESTER });
    if (outcome.kind !== "redirect") throw new Error(outcome.error);
    expect(outcome.url.origin + outcome.url.pathname).toBe(callback);
    const forbidden = await (await fetch(outcome.url)).text();
    expect(forbidden).toContain(`href="${publicOrigin}/live-test/?run=${odoo.id}#run"`);
    const events = user.follow(publicOrigin, odoo.id);
    expect((await user.paste(publicOrigin, odoo.id, outcome.url.href)).status).toBe(200);
    expect((await events).at(-1)?.status).toBe("passed");

    const missing = await user.start(publicOrigin, {
      provider: "sandbox",
      practice: { scenario: "missing-test-user" },
    });
    const refused = await authorizeOverHttp(missing.authUrl, { account: missing.run.email });
    if (refused.kind !== "error-page") throw new Error("expected Google's error page");
    expect(refused.url.origin).toBe(cluster.sandboxProcess.url);
    const errorPage = await (await fetch(refused.url)).text();
    expect(errorPage).toContain(`href="${publicOrigin}/live-test/?run=${missing.id}#run"`);
  }, 60_000);

  it("keeps the control API closed without the key, and the instances say only that the sandbox is unavailable", async () => {
    const res = await fetch(`${cluster.sandboxProcess.url}/sandbox/control/clients`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer not-the-key-not-the-key-not-the-key" },
      body: JSON.stringify({ scenario: "healthy" }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const wrongKey = createRemoteSandbox({
      url: cluster.sandboxProcess.url,
      key: "not-the-key-not-the-key-not-the-key",
    });
    const misconfigured = await cluster.startInstance({ sandbox: wrongKey });
    const refused = await fetch(`${misconfigured.url}/api/live/start?lang=it`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: publicOrigin },
      body: JSON.stringify(PRACTICE),
    });
    await misconfigured.close();
    expect(refused.status).toBe(503);
    const problem = (await refused.json()) as { type: string; title: string };
    expect(problem.type).toMatch(/sandbox-unavailable$/);
    expect(refused.headers.get("content-language")).toBe("it");
    expect(cluster.sandboxProcess.output()).not.toContain(cluster.controlKey);
  });
});

describe("Redis lost and back", () => {
  it("a run in flight fails with a localized finding, new runs get 503, diagnostics work; all recover", async () => {
    const user = browser();
    const started = await user.start(A(), { ...PRACTICE, lang: "it" });
    const back = await consent(started.authUrl);
    // Hold Google's token answer (for this run's own client) so Redis can go away while the step runs.
    const clientId = new URL(started.authUrl).searchParams.get("client_id") ?? "";
    await cluster.sandbox.controls.setFault(clientId, "token", { mode: "slow", delayMs: 1_500, count: 1 });
    const events = user.follow(A(), started.id);
    await user.send(A(), back.pathname + back.search);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await cluster.redis.kill();

    const seen = await events;
    const final = seen.at(-1);
    expect(final?.status).toBe("failed");
    const failed = final?.steps.find((step) => step.status === "failed");
    expect(failed?.finding?.id).toBe("companion-store-unavailable");
    expect(failed?.finding?.title).toMatch(/archivio/);

    const refused = await user.send(A(), "/api/live/start?lang=it", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(PRACTICE),
    });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ type: "/api/problems/live-store-unavailable" });
    const diagnose = await user.send(A(), "/api/diagnose", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ errorText: "Error 400: redirect_uri_mismatch" }),
    });
    expect(diagnose.status).toBe(200);

    await cluster.redis.start();
    let again = 0;
    for (let i = 0; i < 50 && again !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      again = (await user.start(A())).status;
    }
    expect(again).toBe(200);
  }, 60_000);
});
