/**
 * The one place an API request body is read: at most `maxBytes` (a larger declared or streamed body
 * is a 413 problem), within `timeoutMs` (a client that trickles its body gets a 408 problem and the
 * connection is closed, instead of holding it for minutes). The request then carries the text in
 * memory, so `c.req.json()` and the validators parse it without waiting on the network again.
 */
import type { MiddlewareHandler } from "hono";
import { payloadTooLarge, requestTimeout } from "../problems.ts";

export interface BodyRules {
  maxBytes: number;
  timeoutMs: number;
}

export const BODY_TIMEOUT_MS = 30_000;

async function readText(body: ReadableStream<Uint8Array>, rules: BodyRules): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(requestTimeout(Math.round(rules.timeoutMs / 1000))), rules.timeoutMs);
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timedOut]);
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > rules.maxBytes) throw payloadTooLarge(rules.maxBytes);
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Requests whose body was read already (by an earlier, stricter reader). */
const read = new WeakSet<Request>();

/** The promise, or the 408 problem when it takes longer than `timeoutMs`. */
async function inTime<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(requestTimeout(Math.round(timeoutMs / 1000))), timeoutMs);
  });
  try {
    return await Promise.race([promise, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

export function readBody(rules: BodyRules): MiddlewareHandler {
  return async (c, next) => {
    // Checked first: asking a GET for its body would make the Node adapter build a full Request.
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    if (read.has(c.req.raw) || "text" in c.req.bodyCache) return next();
    const headers = c.req.raw.headers;
    const declared = headers.get("content-length");
    try {
      if (declared !== null && !headers.has("transfer-encoding")) {
        // A declared length: refused at once when too large, else read on the adapter's fast path.
        if (Number(declared) > rules.maxBytes) throw payloadTooLarge(rules.maxBytes);
        await inTime(c.req.text(), rules.timeoutMs);
      } else {
        const raw = c.req.raw;
        if (!raw.body) return next();
        c.req.raw = new Request(raw, { body: await readText(raw.body, rules) });
        read.add(c.req.raw);
      }
    } catch (error) {
      // The rest of a refused body is not read: close the connection once the problem is sent.
      c.header("connection", "close");
      throw error;
    }
    return next();
  };
}
