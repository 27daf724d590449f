/**
 * The Odoo probe's guard: names are resolved once, by a stubbed resolver (never real DNS), and any
 * address outside the public range is refused before a connection is made. The only traffic here
 * goes to loopback servers this test starts, reached with ODOO_PROBE_PRIVATE's policy.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi, createApiDeps } from "../../server/api.ts";
import type { ProbeServiceOptions } from "../../server/probe/services.ts";
import type { ResolvedAddress } from "../../server/probe/target.ts";

function apiWith(probe: ProbeServiceOptions) {
  return createApi(createApiDeps({}, undefined, probe));
}

async function post(api: ReturnType<typeof apiWith>, body: object, lang = "en") {
  const res = await api.request(`/odoo/probe?lang=${lang}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

const stub =
  (answers: Record<string, ResolvedAddress[]>, calls: string[] = []) =>
  async (host: string) => {
    calls.push(host);
    const found = answers[host];
    if (!found) throw Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" });
    return found;
  };

describe("refused before any connection", () => {
  it.each([
    ["private.example.com", [{ address: "10.0.0.5", family: 4 }], "private"],
    ["nat.example.com", [{ address: "100.64.0.9", family: 4 }], "cgnat"],
    ["meta.example.com", [{ address: "169.254.169.254", family: 4 }], "metadata"],
    ["v6.example.com", [{ address: "fd00::1", family: 6 }], "private"],
    ["mapped.example.com", [{ address: "::ffff:192.168.0.1", family: 6 }], "private"],
    [
      "mixed.example.com",
      [
        { address: "93.184.215.14", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ],
      "loopback",
    ],
  ] as const)("%s (%s) is refused as %s", async (host, addresses, kind) => {
    const calls: string[] = [];
    const api = apiWith({ resolver: stub({ [host]: [...addresses] }, calls) });
    const res = await post(api, { odooUrl: `https://${host}` });
    expect(res.status).toBe(422);
    expect(res.body.type).toBe("/api/problems/probe-address-refused");
    expect(String(res.body.detail)).toContain(host);
    expect(calls).toEqual([host]);
    void kind;
  });

  it.each([
    "http://127.0.0.2:8069",
    "https://[::1]:8443",
    "http://[::ffff:127.0.0.1]/",
    "http://0.0.0.0/",
    "http://127.1/",
  ])("the loopback or unspecified literal %s is refused, in Italian too", async (odooUrl) => {
    const res = await post(apiWith({ resolver: stub({}) }), { odooUrl }, "it");
    expect(res.status).toBe(422);
    expect(res.body.title).toBe("Indirizzo non consentito");
  });

  it("an unknown name is a 422 problem; a URL with credentials or another scheme is a 400", async () => {
    const api = apiWith({ resolver: stub({}) });
    expect((await post(api, { odooUrl: "https://nowhere.invalid" })).body.type).toBe("/api/problems/probe-dns");
    for (const odooUrl of ["ftp://erp.example.com", "https://user:pw@erp.example.com", "javascript:alert(1)", " "]) {
      const res = await post(api, { odooUrl });
      expect(res.status, odooUrl).toBe(400);
    }
  });

  it("a sandbox instance's exception is its exact origin, not the rest of loopback", async () => {
    const api = apiWith({
      resolver: stub({}),
      sandbox: { caFor: (origin) => (origin === "https://127.0.0.1:1" ? "CA" : undefined) },
    });
    const res = await post(api, { odooUrl: "https://127.0.0.1:2" });
    expect(res.status).toBe(422);
  });

  it("has its own rate limit per client, with Retry-After", async () => {
    const api = apiWith({ resolver: stub({}), rateLimit: { max: 2, windowMs: 60_000 } });
    await post(api, { odooUrl: "https://nowhere.invalid" });
    await post(api, { odooUrl: "https://nowhere.invalid" });
    const third = await post(api, { odooUrl: "https://nowhere.invalid" });
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("on a loopback server this test runs (ODOO_PROBE_PRIVATE's policy)", () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url?.startsWith("/redirect/")) {
        res.writeHead(302, { location: "http://elsewhere.example.com/web/webclient/version_info" }).end();
      } else if (req.url?.startsWith("/huge/")) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ result: "x".repeat(200_000) }));
      } else if (req.url?.startsWith("/slow/")) {
        // Never answers: the probe's time limit ends the request.
      } else res.writeHead(404).end("not found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const calls: string[] = [];
  const resolver = stub({ "odoo.internal.test": [{ address: "127.0.0.1", family: 4 }] }, calls);
  const probe = (path: string) =>
    post(apiWith({ resolver, allowPrivate: true, timeoutMs: 500, maxBytes: 64 * 1024 }), {
      odooUrl: `http://odoo.internal.test:${port}${path}`,
    });
  const reach = (body: Record<string, unknown>) =>
    (body.checks as { id: string; status: string; details: string[] }[]).find((c) => c.id === "reach");

  it("does not follow a redirect to another host", async () => {
    const res = await probe("/redirect");
    expect(res.status).toBe(200);
    expect(reach(res.body)?.status).toBe("failed");
    expect(reach(res.body)?.details.join(" ")).toMatch(/another host/);
  });

  it("stops reading an answer over the size cap", async () => {
    const res = await probe("/huge");
    expect(reach(res.body)?.details.join(" ")).toMatch(/larger than the probe reads/);
  });

  it("gives up on a server that does not answer", async () => {
    const res = await probe("/slow");
    expect(reach(res.body)?.details.join(" ")).toMatch(/did not answer in time/);
  });

  it("resolved the name once per probe", () => {
    expect(calls).toEqual(["odoo.internal.test", "odoo.internal.test", "odoo.internal.test"]);
  });
});
