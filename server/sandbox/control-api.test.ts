import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "./index.ts";
import { createSandboxApp } from "./standalone-app.ts";

const KEY = "control-key-for-tests-0123456789abcdef";
const COMPANION = "http://127.0.0.1:4321";
let sandbox: Sandbox;
let app: ReturnType<typeof createSandboxApp>;

beforeAll(async () => {
  sandbox = createSandbox({ baseUrl: () => "http://127.0.0.1:8788", companionUrl: () => COMPANION, smtpPort: 0 });
  await sandbox.start();
  app = createSandboxApp(sandbox, { controlKey: KEY, origin: { trustProxy: false, loopbackOnly: true } });
});
afterAll(() => sandbox.stop());

const control = (path: string, init: RequestInit & { key?: string | null } = {}) => {
  const { key = KEY, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (key !== null) headers.set("authorization", `Bearer ${key}`);
  if (rest.body) headers.set("content-type", "application/json");
  return app.request(`/sandbox/control${path}`, { ...rest, headers });
};
const post = (path: string, body: unknown, key?: string | null) =>
  control(path, { method: "POST", body: JSON.stringify(body), ...(key === undefined ? {} : { key }) });

describe("the sandbox's control API", () => {
  it("refuses every request without the key, or with another one, as a localized 401 problem", async () => {
    for (const key of [null, "wrong-key-wrong-key-wrong-key-wrong-key", `${KEY}x`, ""]) {
      const res = await post("/clients", { scenario: "healthy" }, key);
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="sandbox-control"');
      const body = await res.text();
      expect(body).not.toContain(KEY);
    }
    const italian = await app.request("/sandbox/control/smtp", { headers: { "accept-language": "it" } });
    expect(((await italian.json()) as { title: string }).title).toBe("Chiave di controllo obbligatoria");
    // Basic credentials of a practice client, or the companion's Origin, open nothing here.
    const client = (await (await post("/clients", { scenario: "healthy" })).json()) as Record<string, string>;
    const basic = Buffer.from(`${client.client_id}:${client.client_secret}`).toString("base64");
    const res = await app.request("/sandbox/control/smtp", {
      headers: { authorization: `Basic ${basic}`, origin: COMPANION },
    });
    expect(res.status).toBe(401);
  });

  it("the key opens none of the browser's controls, which keep their Origin and client checks", async () => {
    const res = await app.request("/sandbox/google/clients", {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ scenario: "healthy" }),
    });
    expect(res.status).toBe(403);
  });

  it("mints a practice client registering the companion's callback, and acts on it alone", async () => {
    const created = await post("/clients", { scenario: "healthy" });
    expect(created.status).toBe(201);
    const client = (await created.json()) as { client_id: string; redirect_uris: string[] };
    expect(client.redirect_uris).toContain(`${COMPANION}/api/live/callback`);
    const fault = { client_id: client.client_id, endpoint: "token", mode: "timeout", match: { code: "4/abc" } };
    expect((await post("/faults", fault)).status).toBe(204);
    const listed = await control(`/faults?client_id=${client.client_id}`);
    expect(((await listed.json()) as { faults: unknown[] }).faults).toEqual([
      expect.objectContaining({
        endpoint: "token",
        mode: "timeout",
        match: { client_id: client.client_id, code: "4/abc" },
      }),
    ]);
    expect((await post("/age", { client_id: client.client_id, ms: 8 * 86_400_000 })).status).toBe(204);
    const smtp = (await (await control("/smtp")).json()) as { host: string; port: number; ca: string };
    expect(smtp).toEqual({ ...sandbox.controls.target() });
    const server = await post("/smtp-faults", { client_id: client.client_id, mode: "try-later" });
    expect(server.status).toBe(201);
    expect(((await server.json()) as { port: number }).port).not.toBe(smtp.port);
    const cleared = await control(`/messages?client_id=${client.client_id}`, { method: "DELETE" });
    expect(await cleared.json()).toEqual({ cleared: 0 });
  });

  it("refuses the world's shared clients, unknown ones and bad bodies with problems, never a 500", async () => {
    const shared = sandbox.google.world.clientByName("healthy")?.clientId ?? "";
    for (const res of [
      await post("/age", { client_id: shared, ms: 1 }),
      await post("/faults", { client_id: "nobody", endpoint: "token", mode: "500" }),
      await control("/faults"),
      await control("/messages?client_id=nobody", { method: "DELETE" }),
    ]) {
      expect(res.status).toBe(404);
      expect(((await res.json()) as { type: string }).type).toMatch(/sandbox-control-client$/);
    }
    for (const body of [{ scenario: "nope" }, { scenario: "healthy", extra: 1 }, "text", null]) {
      expect((await post("/clients", body)).status).toBe(400);
    }
    expect((await post("/age", { client_id: "x", ms: -1 })).status).toBe(400);
    expect((await post("/clients", { scenario: "x".repeat(20_000) })).status).toBe(413);
    const unknown = await control("/nothing-here");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toContain("application/problem+json");
  });
});
