/**
 * Server-Sent Events at the lowest cost per open stream. Served by Node (npm start), the events are
 * written straight to Node's response: an idle stream then holds a socket and a few small objects,
 * not a web TransformStream, its Response and the adapter's pump. Elsewhere (app.request() in tests,
 * other runtimes) Hono's streamSSE carries the same events.
 */
import type { ServerResponse } from "node:http";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";

export interface EventSink {
  /** Sends one event; resolves when it is handed to the connection (after a drain if needed). */
  event(id: string, data: string): Promise<void>;
  /** A comment line (keep-alive). */
  comment(text: string): Promise<void>;
  /** Calls `listener` once when the client goes away. */
  onClose(listener: () => void): void;
}

const HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "x-accel-buffering": "no",
};

function nodeResponse(c: Context): ServerResponse | undefined {
  const outgoing = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
  return outgoing && typeof (outgoing as ServerResponse).writeHead === "function"
    ? (outgoing as ServerResponse)
    : undefined;
}

function nodeSink(res: ServerResponse): EventSink {
  const write = (chunk: string) =>
    new Promise<void>((resolve) => {
      if (res.destroyed || res.writableEnded) return resolve();
      if (res.write(chunk)) resolve();
      else res.once("drain", resolve).once("close", resolve);
    });
  return {
    event: (id, data) => write(`id: ${id}\ndata: ${data}\n\n`),
    comment: (text) => write(`: ${text}\n\n`),
    onClose: (listener) => void res.once("close", listener),
  };
}

/**
 * Answers with an event stream fed by `follow`, which resolves when the stream should end. `extra`
 * headers (Content-Language) are added to the fixed ones.
 */
export function eventStream(
  c: Context,
  extra: Record<string, string>,
  follow: (sink: EventSink) => Promise<void>,
): Response {
  const res = nodeResponse(c);
  if (res) {
    res.writeHead(200, { ...HEADERS, ...extra });
    res.flushHeaders();
    void follow(nodeSink(res)).finally(() => {
      if (!res.writableEnded) res.end();
    });
    return RESPONSE_ALREADY_SENT;
  }
  for (const [name, value] of Object.entries(extra)) c.header(name, value);
  return streamSSE(c, async (stream) => {
    const closeListeners: (() => void)[] = [];
    stream.onAbort(() => {
      for (const listener of closeListeners.splice(0)) listener();
    });
    await follow({
      event: (id, data) => stream.writeSSE({ id, data }),
      comment: (text) => stream.write(`: ${text}\n\n`).then(() => undefined),
      onClose: (listener) => void closeListeners.push(listener),
    });
  });
}
