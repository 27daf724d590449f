import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../sandbox/index.ts";
import { createSandboxApp } from "../sandbox/standalone-app.ts";
import { resolvePractice, sandboxSmtpTarget } from "./practice.ts";
import { createRemoteSandbox, RemoteSandboxError } from "./remote-sandbox.ts";

const KEY = "remote-sandbox-test-key-0123456789abcdef";
const ORIGIN = "http://127.0.0.1:8788";
let sandbox: Sandbox;
let fetchApp: typeof fetch;

beforeAll(async () => {
  sandbox = createSandbox({ baseUrl: () => ORIGIN, companionUrl: () => "http://127.0.0.1:4321", smtpPort: 0 });
  await sandbox.start();
  const app = createSandboxApp(sandbox, { controlKey: KEY, origin: { trustProxy: false, loopbackOnly: true } });
  // The sandbox's app answers as its process would, without a socket.
  fetchApp = (async (input: RequestInfo | URL, init?: RequestInit) =>
    app.fetch(new Request(input, init))) as typeof fetch;
});
afterAll(() => sandbox.stop());

describe("a remote sandbox's controls", () => {
  it("drive the sandbox process's controls over its control API, for one run's client", async () => {
    const remote = createRemoteSandbox({ url: `${ORIGIN}/`, key: KEY, fetch: fetchApp });
    expect(remote.origin).toBe(ORIGIN);
    const practice = await resolvePractice(remote, "smtp-try-later", ORIGIN);
    expect(sandbox.google.world.clientById(practice.clientId)?.minted).toBe(true);
    expect(practice.smtp?.ca).toBe(sandbox.gmail.ca());
    expect(practice.smtp?.port).not.toBe(sandbox.controls.target()?.port);
    expect(await sandboxSmtpTarget(remote)).toEqual(sandbox.controls.target());

    await remote.controls.setFault(practice.clientId, "token", { mode: "timeout", match: { code: "4/x" } });
    expect(await remote.controls.faults(practice.clientId)).toEqual(sandbox.controls.faults(practice.clientId));
    expect(sandbox.controls.faults(practice.clientId)).toHaveLength(1);
    await expect(remote.controls.ageGrants(practice.clientId, 1_000)).resolves.toBeUndefined();
    await expect(remote.controls.ageGrants("not-minted", 1_000)).rejects.toMatchObject({ status: 404 });
    expect(await remote.controls.clearMessages(practice.clientId)).toBe(0);
  });

  it("fail with a RemoteSandboxError naming only the kind: wrong key, unreachable, too slow", async () => {
    const wrong = createRemoteSandbox({ url: ORIGIN, key: "another-key-another-key-another-key", fetch: fetchApp });
    const refused = await Promise.resolve(wrong.controls.newClient("healthy")).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RemoteSandboxError);
    expect(refused).toMatchObject({ status: 401, kind: "HTTP 401" });
    expect(String((refused as Error).message)).not.toContain("another-key");

    const down = createRemoteSandbox({
      url: ORIGIN,
      key: KEY,
      fetch: (async () => {
        throw new TypeError("fetch failed");
      }) as typeof fetch,
    });
    await expect(down.controls.target()).rejects.toMatchObject({ status: 0, kind: "TypeError" });
    await expect(resolvePractice(down, "healthy", ORIGIN)).rejects.toBeInstanceOf(RemoteSandboxError);

    const slow = createRemoteSandbox({
      url: ORIGIN,
      key: KEY,
      timeoutMs: 50,
      fetch: ((_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
        )) as typeof fetch,
    });
    await expect(slow.controls.newClient("healthy")).rejects.toMatchObject({ status: 0, kind: "TimeoutError" });
  });

  it("report a Gmail emulator that is not listening yet as no target", async () => {
    const stopped = createSandbox({ baseUrl: () => ORIGIN, smtpPort: 0 });
    const app = createSandboxApp(stopped, { controlKey: KEY, origin: { trustProxy: false, loopbackOnly: true } });
    const remote = createRemoteSandbox({
      url: ORIGIN,
      key: KEY,
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) =>
        app.fetch(new Request(input, init))) as typeof fetch,
    });
    expect(await remote.controls.target()).toBeUndefined();
    await expect(sandboxSmtpTarget(remote)).rejects.toThrow(/not running/);
  });
});
