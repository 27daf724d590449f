/**
 * Runs before each file of the "unit" project, whose files share their worker process (isolate: false).
 *
 * @hono/node-server's serve() replaces the global Response for the rest of the process, and the
 * RESPONSE_ALREADY_SENT marker that server/http/event-stream.ts returns only works if it was created
 * before that (a Response made afterwards is the adapter's own, whose headers the adapter writes
 * again: "Cannot write headers after they are sent", and the event stream ends). `npm start` loads
 * every module before serve(); in a shared worker, a file that calls serve() may come before the
 * first file that loads the app. Loading the marker here, first, keeps npm start's order.
 */
import "@hono/node-server/utils/response";
