import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { ProblemError, renderProblem } from "../problem.ts";
import { readBody } from "./body.ts";

function appWith(maxBytes: number, timeoutMs: number) {
  const app = new Hono();
  app.use("*", readBody({ maxBytes, timeoutMs }));
  app.post("*", async (c) => c.json({ text: await c.req.text(), again: await c.req.text() }));
  app.onError((error, c) => (error instanceof ProblemError ? renderProblem(c, error) : c.text("bad", 500)));
  return app;
}

const stream = (chunks: string[], hang = false) =>
  new ReadableStream<Uint8Array>({
    async start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      if (!hang) controller.close();
    },
  });

const post = (app: Hono, body: BodyInit, headers: Record<string, string> = {}) =>
  app.request("/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readBody", () => {
  it("reads the body once and leaves it for every later reader", async () => {
    const res = await post(appWith(100, 1_000), stream(["hé", "llo"]));
    expect(await res.json()).toEqual({ text: "héllo", again: "héllo" });
  });

  it("refuses a declared or streamed body over the limit with 413 and closes the connection", async () => {
    const declared = await post(appWith(10, 1_000), "x".repeat(11), { "content-length": "11" });
    expect(declared.status).toBe(413);
    const streamed = await post(appWith(10, 1_000), stream(["x".repeat(6), "x".repeat(6)]));
    expect(streamed.status).toBe(413);
    expect(streamed.headers.get("connection")).toBe("close");
    expect(await streamed.json()).toMatchObject({ type: "/api/problems/payload-too-large" });
  });

  it("answers 408 when the body does not arrive in time, with or without a declared length", async () => {
    const declared = await post(appWith(100, 50), stream(["{"], true), { "content-length": "10" });
    expect(declared.status).toBe(408);
    const started = Date.now();
    const res = await post(appWith(100, 50), stream(["{"], true));
    expect(res.status).toBe(408);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(res.headers.get("connection")).toBe("close");
    expect(await res.json()).toMatchObject({ type: "/api/problems/request-timeout" });
  });
});
