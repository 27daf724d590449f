/**
 * The live test's guards and promises, over HTTP: runs bound to the browser by the sealed cookie,
 * the Origin check, the rate limit, expiry (410), problems for every refusal, Server-Sent Events that
 * show progress before the end, and reports, run objects, streams and logs free of secrets.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiDeps } from "../../server/api.ts";
import { createApp } from "../../server/app.ts";
import type { LiveRun } from "../../server/live/model.ts";
import { type LiveTestServer, startLiveTestServer } from "../../server/live/test-server.ts";
import { authorizeOverHttp } from "../../server/sandbox/google/browserless.ts";

const TESTER = "odoo.tester@gmail.com";
const HEALTHY = { provider: "sandbox", practice: { scenario: "healthy" } };
const json = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

let server: LiveTestServer;
beforeAll(async () => {
  server = await startLiveTestServer({ rateLimit: { practice: { max: 100, windowMs: 60_000 } } });
});
afterAll(() => server.close());

describe("the run belongs to the browser that started it", () => {
  it("sets an HttpOnly, SameSite=Lax cookie on /api/live; other browsers and forged cookies get 404", async () => {
    const owner = server.browser();
    const res = await owner.request("/api/live/start", json(HEALTHY));
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("companion_live="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/api\/live/);
    expect(cookie).not.toMatch(/Secure/i);
    const { id } = (await res.json()) as { id: string };
    expect(owner.cookie()).not.toContain(id);

    expect((await owner.request(`/api/live/${id}`)).status).toBe(200);
    const stranger = server.browser();
    for (const path of [`/api/live/${id}`, `/api/live/${id}/report?format=md`, `/api/live/${id}/events`]) {
      const answer = await stranger.request(path);
      expect(answer.status).toBe(404);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await stranger.request(`/api/live/${id}/send-test`, { method: "POST" })).status).toBe(404);
    const forged = await fetch(`${server.baseUrl}/api/live/${id}`, {
      headers: { cookie: `${owner.cookie().slice(0, -4)}AAAA` },
    });
    expect(forged.status).toBe(404);
    const callback = await stranger.request(`/api/live/callback?state=${id}.x&code=4/0Aabc`);
    expect(callback.status).toBe(404);
  });

  it("keeps the ids of several runs in one cookie", async () => {
    const browser = server.browser();
    const first = await browser.start(HEALTHY);
    const second = await browser.start(HEALTHY);
    expect((await browser.run(first.id)).id).toBe(first.id);
    expect((await browser.run(second.id)).id).toBe(second.id);
  });
});

describe("Origin check on POSTs", () => {
  it("refuses a foreign or missing Origin with a localized 403", async () => {
    const browser = server.browser();
    const evil = await browser.request("/api/live/start?lang=it", { ...json(HEALTHY), origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    const problem = (await evil.json()) as { type: string; title: string };
    expect(problem.type).toBe("/api/problems/live-bad-origin");
    expect(problem.title).toBe("Richiesta rifiutata");
    expect((await browser.request("/api/live/start", { ...json(HEALTHY), origin: null })).status).toBe(403);
    const { id } = await browser.start(HEALTHY);
    const paste = await browser.request(`/api/live/${id}/paste`, {
      ...json({ text: "x" }),
      origin: "https://evil.example",
    });
    expect(paste.status).toBe(403);
  });
});

describe("rate limits", () => {
  it("practice runs have their own, larger budget: 40 per 10 minutes, then 429 with Retry-After", async () => {
    const limited = await startLiveTestServer();
    try {
      const browser = limited.browser();
      for (let i = 0; i < 40; i++) expect((await browser.start(HEALTHY)).status).toBe(200);
      const refused = await browser.request("/api/live/start", json(HEALTHY));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(500);
      expect(((await refused.json()) as { type: string }).type).toBe("/api/problems/live-practice-rate-limited");
    } finally {
      await limited.close();
    }
  });

  it("real runs allow 10 per 10 minutes from one address, whatever practice did", async () => {
    const limited = await startLiveTestServer({ rateLimit: { practice: { max: 1, windowMs: 600_000 } } });
    try {
      const browser = limited.browser();
      expect((await browser.start(HEALTHY)).status).toBe(200);
      expect((await browser.request("/api/live/start", json(HEALTHY))).status).toBe(429);
      const world = (await (await fetch(`${limited.baseUrl}/sandbox/google/world`)).json()) as {
        clients: { name: string; client_id: string; client_secret: string }[];
      };
      const healthy = world.clients.find((c) => c.name === "healthy");
      const real = {
        provider: "sandbox",
        clientId: healthy?.client_id,
        clientSecret: healthy?.client_secret,
        email: TESTER,
      };
      for (let i = 0; i < 10; i++) expect((await browser.start(real)).status).toBe(200);
      const refused = await browser.request("/api/live/start", json(real));
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { type: string }).type).toBe("/api/problems/live-rate-limited");
    } finally {
      await limited.close();
    }
  });
});

describe("expiry", () => {
  it("answers 410 once the run's 15 minutes are over, and a new window opens for starts", async () => {
    let clock = Date.now();
    const timed = await startLiveTestServer({
      now: () => clock,
      rateLimit: { practice: { max: 1, windowMs: 10 * 60 * 1000 } },
    });
    try {
      const browser = timed.browser();
      const { id, run } = await browser.start(HEALTHY);
      expect(Date.parse(run.expiresAt) - Date.parse(run.createdAt)).toBe(15 * 60 * 1000);
      expect((await browser.request("/api/live/start", json(HEALTHY))).status).toBe(429);
      clock += 15 * 60 * 1000 + 1;
      for (const path of [`/api/live/${id}`, `/api/live/${id}/report`, `/api/live/${id}/events`]) {
        const res = await browser.request(path);
        expect(res.status).toBe(410);
        expect(((await res.json()) as { type: string }).type).toBe("/api/problems/live-gone");
      }
      expect((await browser.request(`/api/live/${id}/paste`, json({ text: "x" }))).status).toBe(410);
      expect(await timed.store.get(id)).toBeUndefined();
      expect((await browser.start(HEALTHY)).status).toBe(200);
    } finally {
      await timed.close();
    }
  });
});

describe("refusals are localized problems", () => {
  it("send-test before the XOAUTH2 login passed → 409; a paste it cannot read → 422; another run's address → 422", async () => {
    const browser = server.browser();
    const { id } = await browser.start(HEALTHY);
    expect((await browser.request(`/api/live/${id}/send-test`, { method: "POST" })).status).toBe(409);
    const unreadable = await browser.request(`/api/live/${id}/paste`, json({ text: "hello" }));
    expect(unreadable.status).toBe(422);
    const other = await browser.request(
      `/api/live/${id}/paste`,
      json({ url: "https://mycompany.odoo.com/google_gmail/confirm?state=someone.else&code=4%2F0Aabc" }),
    );
    expect(other.status).toBe(422);
    expect(((await other.json()) as { type: string }).type).toBe("/api/problems/live-paste-other-run");
    expect((await browser.request(`/api/live/${id}/paste`, json({}))).status).toBe(400);
    expect((await browser.run(id)).status).toBe("waiting");
  });

  it("names missing fields, refuses bodies over 64 KB", async () => {
    const browser = server.browser();
    const missing = await browser.request("/api/live/start?lang=it", json({ provider: "google", mode: "odoo" }));
    expect(missing.status).toBe(400);
    const problem = (await missing.json()) as { errors: { pointer: string }[]; detail: string };
    expect(problem.errors.map((e) => e.pointer)).toEqual(["/clientId", "/clientSecret", "/email", "/odooRedirectUri"]);
    expect(problem.detail).toContain("obbligatorio");
    const big = await browser.request("/api/live/start", json({ ...HEALTHY, clientSecretJson: "x".repeat(70_000) }));
    expect(big.status).toBe(413);
  });

  it("with SANDBOX=off: provider sandbox → 409, practice with Google → 422; a Google run starts without any network call", async () => {
    const app = createApp({
      distDir: mkdtempSync(join(tmpdir(), "companion-")),
      api: createApiDeps({}, { publicOrigin: "http://localhost", trustProxy: false, loopbackOnly: false }),
    });
    const post = (body: unknown, lang = "en") =>
      app.request("/api/live/start", {
        ...json(body),
        headers: { "content-type": "application/json", origin: "http://localhost", "accept-language": lang },
      });
    const off = await post(HEALTHY, "it");
    expect(off.status).toBe(409);
    expect(((await off.json()) as { title: string }).title).toBe("La sandbox è disattivata");
    expect((await post({ provider: "google", practice: { scenario: "healthy" } })).status).toBe(422);
    const google = await post({
      provider: "google",
      clientId: "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com",
      clientSecret: "GOCSPX-abcdefghijklmnopqrstuvwxyz12",
      email: "sales.mycompany@gmail.com",
    });
    expect(google.status).toBe(200);
    const started = (await google.json()) as { authUrl: string; run: LiveRun };
    const auth = new URL(started.authUrl);
    expect(auth.origin + auth.pathname).toBe("https://accounts.google.com/o/oauth2/v2/auth");
    expect(auth.searchParams.get("redirect_uri")).toBe("http://localhost/api/live/callback");
    expect(started.run.steps.find((s) => s.id === "smtp-connect")?.title).toContain("smtp.gmail.com:587");
    expect(started.run.status).toBe("waiting");
  });
});

/** Reads a Server-Sent Events stream to its end: each event's data (a run) and when it arrived. */
async function readEvents(res: Response): Promise<{ run: LiveRun; at: number }[]> {
  const events: { run: LiveRun; at: number }[] = [];
  const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return events;
    buffer += chunk.value;
    const blocks = buffer.split("\n\n");
    buffer = blocks.pop() ?? "";
    for (const block of blocks) {
      const data = block
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trim())
        .join("\n");
      if (data) events.push({ run: JSON.parse(data) as LiveRun, at: performance.now() });
    }
  }
}

describe("Server-Sent Events", () => {
  it("deliver each step's progress before the run ends, then close", async () => {
    const browser = server.browser();
    const { id, authUrl } = await browser.start(HEALTHY);
    const stream = await browser.request(`/api/live/${id}/events`);
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const reading = readEvents(stream);
    const outcome = await authorizeOverHttp(authUrl, { account: TESTER });
    if (outcome.kind !== "redirect") throw new Error(outcome.error);
    await browser.request(outcome.url.pathname + outcome.url.search);
    const events = await reading;
    expect(events[0]?.run.status).toBe("waiting");
    const last = events.at(-1);
    expect(last?.run.status).toBe("passed");
    const tokenRunning = events.findIndex((e) => e.run.steps.find((s) => s.id === "token")?.status === "running");
    const smtpRunning = events.findIndex((e) => e.run.steps.find((s) => s.id === "smtp-auth")?.status === "running");
    expect(tokenRunning).toBeGreaterThan(0);
    expect(smtpRunning).toBeGreaterThan(tokenRunning);
    expect(events[tokenRunning]?.run.status).toBe("running");
    expect(events[tokenRunning]?.at).toBeLessThan(last?.at ?? 0);
    expect(events.length).toBeGreaterThan(10);
  });
});

describe("secrets", () => {
  it("never appear in the run, the stream, the JSON or Markdown report, or the logs", async () => {
    const logged: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(" "));
      }),
    );
    try {
      const world = (await (await fetch(`${server.baseUrl}/sandbox/google/world`)).json()) as {
        clients: { name: string; client_secret: string }[];
      };
      const secrets = new Set(world.clients.map((c) => c.client_secret));
      const browser = server.browser();
      const { id, authUrl } = await browser.start(HEALTHY);
      const unsubscribe = server.store.subscribe(id, () => {
        void server.store.get(id).then((record) => {
          for (const value of Object.values(record?.secrets ?? {})) if (value) secrets.add(value.reveal());
        });
      });
      const stream = browser.request(`/api/live/${id}/events`).then((res) => res.text());
      const outcome = await authorizeOverHttp(authUrl, { account: TESTER });
      if (outcome.kind !== "redirect") throw new Error(outcome.error);
      secrets.add(outcome.url.searchParams.get("code") ?? "");
      const final = server.finalRun(id);
      await browser.request(outcome.url.pathname + outcome.url.search);
      await final;
      expect((await browser.request(`/api/live/${id}/send-test`, { method: "POST" })).status).toBe(200);
      unsubscribe();
      expect([...secrets].filter((s) => s.startsWith("ya29.")).length).toBeGreaterThan(0);
      expect([...secrets].filter((s) => s.startsWith("1//")).length).toBeGreaterThan(0);

      const jsonReport = await (await browser.request(`/api/live/${id}/report?format=json`)).text();
      const mdRes = await browser.request(`/api/live/${id}/report?format=md`);
      expect(mdRes.headers.get("content-type")).toContain("text/markdown");
      const md = await mdRes.text();
      const run = await (await browser.request(`/api/live/${id}`)).text();
      const texts = { jsonReport, md, run, stream: await stream, logs: logged.join("\n") };
      for (const [name, text] of Object.entries(texts)) {
        for (const secret of secrets) {
          if (secret.length > 8) expect(text.includes(secret), `${name} contains a secret`).toBe(false);
        }
        expect(text).not.toMatch(/ya29\.[A-Za-z0-9]|1\/\/[A-Za-z0-9]|4\/0A[A-Za-z0-9]|GOCSPX-[A-Za-z0-9_-]{8}/);
      }
      const report = JSON.parse(jsonReport) as { run: Record<string, unknown>; grant: { revoked: boolean } };
      expect(report.grant.revoked).toBe(false);
      expect(report.run).not.toHaveProperty("authUrl");
      expect(md).toContain("Grant not revoked — how to revoke by hand");
      expect(md).toContain("https://myaccount.google.com/connections");
      expect(md).toMatch(/POST \S+\/revoke\?token=…/);
      expect(md).toMatch(
        /\| 10 \| Attempting to send a test email from odoo\.tester@gmail\.com to itself \| passed \|/,
      );
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
