/**
 * A scaled-out deployment on loopback, for the tests: a real redis-server, ONE sandbox process
 * (`npm run sandbox` as a child process on its own port), two companion instances that run no
 * sandbox of their own and point at it over HTTP (as with SANDBOX_URL and SANDBOX_CONTROL_KEY), and a
 * round-robin balancer in front of them whose origin is the instances' PUBLIC_URL.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { createApiDeps } from "../../server/api.ts";
import { createApp } from "../../server/app.ts";
import type { LiveSandbox } from "../../server/live/practice.ts";
import { createRemoteSandbox } from "../../server/live/remote-sandbox.ts";
import { sharedLiveServices } from "../../server/live/shared-services.ts";
import { startTestRedis, type TestRedis } from "./redis-server.ts";
import { type SandboxProcess, startSandboxProcess } from "./sandbox-process.ts";

export interface Instance {
  url: string;
  close(): Promise<void>;
}

export interface Cluster {
  redis: TestRedis;
  /** The balancer's origin: PUBLIC_URL of the instances, COMPANION_URL of the sandbox. */
  publicOrigin: string;
  sandboxProcess: SandboxProcess;
  /** What each instance gets from SANDBOX_URL and SANDBOX_CONTROL_KEY. */
  sandbox: LiveSandbox;
  controlKey: string;
  /** The instances behind the balancer; `restart(i)` replaces one. */
  instances: Instance[];
  /** One more instance on the same Redis and sandbox (not behind the balancer), with other live settings. */
  startInstance(options?: { sandbox?: LiveSandbox }): Promise<Instance>;
  restart(index: number): Promise<Instance>;
  close(): Promise<void>;
}

export async function startCluster(options: { distDir?: string } = {}): Promise<Cluster> {
  const cookieKey = randomBytes(32);
  const controlKey = randomBytes(32).toString("base64url");
  const prefix = `test-${randomBytes(4).toString("hex")}:`;
  const distDir = options.distDir ?? mkdtempSync(join(tmpdir(), "companion-scale-"));
  const redis = await startTestRedis();
  const instances: Instance[] = [];
  let turn = 0;
  const balancer: Server = createServer((req, res) => {
    const upstream = instances[turn++ % instances.length];
    if (!upstream) return void res.writeHead(502).end();
    const forward = request(
      new URL(req.url ?? "/", upstream.url),
      { method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => balancer.listen(0, "127.0.0.1", resolve));
  const publicOrigin = `http://127.0.0.1:${(balancer.address() as AddressInfo).port}`;
  const sandboxProcess = await startSandboxProcess({ companionUrl: publicOrigin, controlKey });
  const sandbox = createRemoteSandbox({ url: sandboxProcess.url, key: controlKey });

  const startInstance = async (settings: { sandbox?: LiveSandbox } = {}): Promise<Instance> => {
    const shared = await sharedLiveServices({ redisUrl: redis.url, cookieKey }, { prefix });
    const app = createApp({
      distDir,
      api: createApiDeps(
        { ...shared.services, sandbox: settings.sandbox ?? sandbox, googleTimeoutMs: 3_000, smtpTimeoutMs: 2_000 },
        { publicOrigin, trustProxy: false, loopbackOnly: true },
      ),
    });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
    });
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ("closeAllConnections" in server) server.closeAllConnections();
        });
        await shared.redis?.close();
      },
    };
  };
  instances.push(await startInstance(), await startInstance());

  return {
    redis,
    publicOrigin,
    sandboxProcess,
    sandbox,
    controlKey,
    instances,
    startInstance,
    async restart(index) {
      await instances[index]?.close();
      const fresh = await startInstance();
      instances[index] = fresh;
      return fresh;
    },
    async close() {
      await Promise.allSettled(instances.map((instance) => instance.close()));
      balancer.closeAllConnections();
      await new Promise<void>((resolve) => balancer.close(() => resolve()));
      await sandboxProcess.stop();
      await redis.stop();
    },
  };
}
