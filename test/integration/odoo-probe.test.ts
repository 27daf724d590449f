/**
 * POST /api/odoo/probe against every emulated Odoo instance of the sandbox (HTTPS listeners on
 * loopback, the probe's one allowed exception): the checks it reports and the cause it names first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi, createApiDeps } from "../../server/api.ts";
import { createSandbox, type Sandbox } from "../../server/sandbox/index.ts";
import type { OdooWorldInstance } from "../../server/sandbox/odoo/index.ts";

let sandbox: Sandbox;
let api: ReturnType<typeof createApi>;
let instances: OdooWorldInstance[];

beforeAll(async () => {
  sandbox = createSandbox({ baseUrl: () => "http://127.0.0.1:4321", smtpPort: 0 });
  await sandbox.start();
  instances = sandbox.odooInstances();
  api = createApi(
    createApiDeps({}, undefined, { sandbox: sandbox.odoo.probeTargets, rateLimit: { max: 1000, windowMs: 60_000 } }),
  );
});
afterAll(() => sandbox.stop());

interface Report {
  lang: string;
  odoo: { url: string; version: string; serie: string; edition: string; redirectUri?: string };
  checks: { id: string; status: string; title: string; details: string[] }[];
  findings: { id: string; severity: string; evidence: string[] }[];
}

async function probe(instance: OdooWorldInstance, extra: Record<string, unknown> = {}): Promise<Report> {
  const res = await api.request("/odoo/probe", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      odooUrl: instance.url,
      db: instance.db,
      login: instance.login,
      apiKey: instance.apiKey,
      ...extra,
    }),
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text).not.toContain(instance.apiKey);
  return JSON.parse(text) as Report;
}

const byName = (name: string) => {
  const instance = instances.find((i) => i.name === name);
  if (!instance) throw new Error(`no instance ${name}`);
  return instance;
};
const status = (report: Report, id: string) => report.checks.find((c) => c.id === id)?.status;

describe("the sandbox's Odoo world", () => {
  it("lists every scenario on 16.0, 17.0, 18.0 and 19.0", () => {
    expect(new Set(instances.map((i) => i.version))).toEqual(new Set(["16.0", "17.0", "18.0", "19.0"]));
    expect(new Set(instances.map((i) => i.scenario))).toEqual(
      new Set([
        "healthy",
        "http-base-url",
        "module-outdated",
        "credentials-missing",
        "ssl-465",
        "password-login",
        "non-admin",
        "account-mismatch",
        "restored-copy",
      ]),
    );
    for (const instance of instances) expect(instance.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  it("GET /sandbox/odoo/world answers the same list", async () => {
    const res = await sandbox.routes.request("/odoo/world");
    const body = (await res.json()) as { instances: OdooWorldInstance[] };
    expect(body.instances.map((i) => i.name)).toEqual(instances.map((i) => i.name));
  });
});

describe("the probe names each scenario's cause first", () => {
  it.each([
    ["http-base-url-18", "redirect-uri-insecure-http", "web-base-url"],
    ["module-outdated-16", "odoo-module-outdated", "views"],
    ["credentials-missing-18", "odoo-credentials-missing", "gmail-credentials"],
    ["ssl-465-17", "smtp-encryption", "outgoing"],
    ["password-login-17", "smtp-password-auth", "outgoing"],
    ["non-admin-18", "odoo-forbidden", "admin"],
    ["account-mismatch-19", "email-mismatch", "outgoing"],
    ["restored-copy-17", "web-base-url-mismatch", "web-base-url"],
  ])("%s → %s (check %s failed)", async (name, finding, check) => {
    const report = await probe(byName(name));
    expect(report.findings[0]?.id).toBe(finding);
    expect(status(report, check)).toBe("failed");
    expect(status(report, "reach")).toBe("passed");
    expect(status(report, "tls")).toBe("passed");
    expect(status(report, "callback-route")).toBe("passed");
  });

  it.each(["healthy-16", "healthy-19"])("%s passes every check and has no error", async (name) => {
    const instance = byName(name);
    const report = await probe(instance);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    for (const id of [
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
      "failed-mails",
    ]) {
      expect(status(report, id), id).toBe("passed");
    }
    expect(report.odoo.serie).toBe(instance.version);
    expect(report.odoo.redirectUri).toBe(`${instance.url}/google_gmail/confirm`);
  });

  it("reads the version and edition without credentials, and assumes the redirect URI", async () => {
    const instance = byName("healthy-19");
    const res = await api.request("/odoo/probe", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ odooUrl: instance.url, lang: "it" }),
    });
    const report = (await res.json()) as Report;
    expect(report.odoo).toMatchObject({ version: "19.0+e", serie: "19.0", edition: "enterprise" });
    expect(status(report, "redirect-uri")).toBe("warning");
    expect(status(report, "api-key")).toBe("skipped");
    expect(report.checks.find((c) => c.id === "api-key")?.title).toBe("Accesso con la chiave API");
  });

  it("a wrong API key is a failed sign-in, and the key is never echoed", async () => {
    const instance = byName("healthy-16");
    const report = await probe(instance, { apiKey: "0123456789abcdef0123456789abcdef01234567" });
    expect(status(report, "api-key")).toBe("failed");
    expect(JSON.stringify(report)).not.toContain("0123456789abcdef0123456789abcdef01234567");
  });

  it("16.0–18.0 without a login asks for it; several databases without a name ask for one", async () => {
    const noLogin = await probe(byName("healthy-16"), { login: "" });
    expect(noLogin.checks.find((c) => c.id === "api-key")?.details.join(" ")).toMatch(/login/);
    const ambiguous = await probe(byName("restored-copy-17"), { db: "" });
    expect(ambiguous.checks.find((c) => c.id === "api-key")?.details.join(" ")).toMatch(/mycompany-staging, mycompany/);
  });
});
