import { Hono } from "hono";
import { VERSION } from "../version.ts";

/** `GET /api/health`: liveness and the running version, for load balancers and support staff. */
export function healthRoutes(): Hono {
  return new Hono().get("/health", (c) => c.json({ status: "ok", version: VERSION }));
}
