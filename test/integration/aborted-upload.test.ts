/**
 * A client that goes away in the middle of its upload is not a server fault: the request ends
 * without a log line (logs stay for real faults) and without disturbing the next request.
 */
import { mkdtempSync } from "node:fs";
import { type AddressInfo, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../server/app.ts";

let server: ReturnType<typeof serve>;
let port = 0;

beforeAll(async () => {
  const app = createApp({ distDir: mkdtempSync(join(tmpdir(), "companion-abort-")) });
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ("closeAllConnections" in server) server.closeAllConnections();
    }),
);

function abortedUpload(path: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nOrigin: http://127.0.0.1:${port}\r\nContent-Length: 5000\r\n\r\n{"errorText":"abc`,
      );
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, 50);
    });
  });
}

describe("an upload aborted by the client", () => {
  it("writes no log line, on any endpoint, and the server goes on answering", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      for (const path of ["/api/diagnose", "/api/live/start", "/api/live/abcdefghijklmnopqrst/paste"]) {
        await abortedUpload(path);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errors).not.toHaveBeenCalled();
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      errors.mockRestore();
    }
  });
});
