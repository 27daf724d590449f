/**
 * A deployment that follows README is safe without extra knowledge: behind a TLS proxy with
 * PUBLIC_URL and TRUST_PROXY the live test works, its cookie is Secure and pages send HSTS; the Host
 * header cannot stand in for the companion; each client (an IPv6 /64 counting as one) has its own
 * budget; streams are capped; a full store refuses new runs rather than dropping someone's run.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApiDeps } from "../../server/api.ts";
import { createApp } from "../../server/app.ts";
import { HSTS } from "../../server/http/page-headers.ts";
import { createMemoryStore } from "../../server/live/memory-store.ts";

const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const START = JSON.stringify({
  provider: "google",
  clientId: CLIENT_ID,
  clientSecret: "GOCSPX-abcdefghijklmnopqrstuvwxyz12",
  email: "sales@acme.com",
});

function site(): string {
  const dist = mkdtempSync(join(tmpdir(), "companion-deploy-"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><html lang=en><title>Home</title>");
  mkdirSync(join(dist, "it"));
  writeFileSync(join(dist, "it", "index.html"), "<!doctype html><html lang=it><title>Inizio</title>");
  return dist;
}

const start = (app: ReturnType<typeof createApp>, url: string, headers: Record<string, string>) =>
  app.request(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: START });

describe("behind a TLS-terminating proxy, as README deploys it", () => {
  const app = createApp({
    distDir: site(),
    api: createApiDeps({}, { publicOrigin: "https://companion.example.com", trustProxy: true, loopbackOnly: true }),
  });
  // The proxy talks to 127.0.0.1:4321 over http and says where the browser was.
  const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "companion.example.com" };

  it("accepts the live test from the public origin and sets a Secure cookie", async () => {
    const res = await start(app, "http://127.0.0.1:4321/api/live/start", {
      ...forwarded,
      origin: "https://companion.example.com",
      "x-forwarded-for": "203.0.113.7",
    });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()[0]).toMatch(/;\s*Secure/i);
    const { run } = (await res.json()) as { run: { redirectUri: string } };
    expect(run.redirectUri).toBe("https://companion.example.com/api/live/callback");
  });

  it("refuses the Host-derived origin: with PUBLIC_URL only that origin counts", async () => {
    for (const origin of ["http://127.0.0.1:4321", "http://companion.example.com", "https://evil.example"]) {
      const res = await start(app, "http://127.0.0.1:4321/api/live/start", { ...forwarded, origin });
      expect(res.status, origin).toBe(403);
    }
  });

  it("sends HSTS on pages reached over https only", async () => {
    const https = await app.request("http://127.0.0.1:4321/", { headers: forwarded });
    expect(https.headers.get("strict-transport-security")).toBe(HSTS);
    const plain = createApp({ distDir: site() });
    const http = await plain.request("http://127.0.0.1:4321/");
    expect(http.status).toBe(200);
    expect(http.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("without PUBLIC_URL", () => {
  it("behind a trusted proxy takes the browser's origin from X-Forwarded-Proto and -Host", async () => {
    const app = createApp({ distDir: site(), api: createApiDeps({}, { trustProxy: true, loopbackOnly: true }) });
    const res = await start(app, "http://127.0.0.1:4321/api/live/start", {
      "x-forwarded-proto": "https",
      "x-forwarded-host": "help.acme.com",
      origin: "https://help.acme.com",
    });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()[0]).toMatch(/;\s*Secure/i);
  });

  it("on a loopback-only server refuses a rebound DNS name", async () => {
    const app = createApp({ distDir: site(), api: createApiDeps({}, { trustProxy: false, loopbackOnly: true }) });
    const rebound = await start(app, "http://attacker.example:4321/api/live/start", {
      origin: "http://attacker.example:4321",
    });
    expect(rebound.status).toBe(403);
    const own = await start(app, "http://127.0.0.1:4321/api/live/start", { origin: "http://127.0.0.1:4321" });
    expect(own.status).toBe(200);
    expect(own.headers.getSetCookie()[0]).not.toMatch(/Secure/i);
  });
});

describe("limits per client", () => {
  const limited = () =>
    createApp({
      distDir: site(),
      api: createApiDeps(
        { rateLimit: { real: { max: 2, windowMs: 600_000 } } },
        { trustProxy: true, loopbackOnly: true },
      ),
    });
  const from = (address: string) => ({ origin: "http://127.0.0.1:4321", "x-forwarded-for": address });
  const url = "http://127.0.0.1:4321/api/live/start";

  it("count each IPv4 address, and an IPv6 /64 as one client", async () => {
    const app = limited();
    expect((await start(app, url, from("2001:db8:1:2::1"))).status).toBe(200);
    expect((await start(app, url, from("2001:db8:1:2:ffff::9"))).status).toBe(200);
    expect((await start(app, url, from("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))).status).toBe(429);
    expect((await start(app, url, from("2001:db8:1:3::1"))).status).toBe(200);
    expect((await start(app, url, from("198.51.100.1"))).status).toBe(200);
  });

  it("use the proxy's own (last) X-Forwarded-For entry, so a client cannot pick its key", async () => {
    const app = limited();
    expect((await start(app, url, from("1.1.1.1, 198.51.100.2"))).status).toBe(200);
    expect((await start(app, url, from("2.2.2.2, 198.51.100.2"))).status).toBe(200);
    expect((await start(app, url, from("3.3.3.3, 198.51.100.2"))).status).toBe(429);
  });
});

describe("a full store", () => {
  it("refuses a new run with 503 and Retry-After, and keeps every waiting run", async () => {
    const store = createMemoryStore({ maxRuns: 2 });
    const app = createApp({ distDir: site(), api: createApiDeps({ store }) });
    const headers = { origin: "http://localhost" };
    const first = await start(app, "http://localhost/api/live/start", headers);
    const second = await start(app, "http://localhost/api/live/start", headers);
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await start(app, "http://localhost/api/live/start?lang=it", headers);
    expect(third.status).toBe(503);
    expect(third.headers.get("retry-after")).toBe("120");
    expect(await third.json()).toMatchObject({
      type: "/api/problems/live-busy",
      title: "Troppi test dal vivo in corso",
    });
    for (const res of [first, second]) {
      const { id } = (await res.json()) as { id: string };
      expect(await store.get(id)).toBeDefined();
    }
    store.close();
  });
});

describe("progress streams", () => {
  it("are capped per run (4), with a localized 429", async () => {
    const app = createApp({ distDir: site() });
    const started = await start(app, "http://localhost/api/live/start", { origin: "http://localhost" });
    const { id } = (await started.json()) as { id: string };
    const cookie = (started.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
    const open: Response[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await app.request(`http://localhost/api/live/${id}/events`, { headers: { cookie } });
      expect(res.status).toBe(200);
      open.push(res);
    }
    const refused = await app.request(`http://localhost/api/live/${id}/events?lang=it`, { headers: { cookie } });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ type: "/api/problems/live-too-many-streams" });
    await open[0]?.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await app.request(`http://localhost/api/live/${id}/events`, { headers: { cookie } });
    expect(again.status).toBe(200);
    for (const res of [...open.slice(1), again]) await res.body?.cancel();
  });
});
