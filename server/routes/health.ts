import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { VERSION } from "../version.ts";

const HealthSchema = z
  .object({ status: z.literal("ok"), version: z.string().openapi({ example: "0.1.0" }) })
  .openapi("Health");

const healthRoute = createRoute({
  method: "get",
  path: "/health",
  summary: "Liveness and version",
  description: "For load balancers and support staff: answers while the server runs, with the running version.",
  tags: ["Service"],
  responses: { 200: { content: { "application/json": { schema: HealthSchema } }, description: "The server is up." } },
});

/** `GET /api/health`. */
export function healthRoutes(): OpenAPIHono {
  const app = new OpenAPIHono();
  app.openapi(healthRoute, (c) => c.json({ status: "ok" as const, version: VERSION }, 200));
  return app;
}
