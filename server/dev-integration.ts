/**
 * `npm run dev`: mounts the API in Astro's dev server under /api. The Hono app is loaded through
 * Vite on every request, so edits to server/ and src/core/ take effect without a restart.
 */
import type { AstroIntegration } from "astro";

export function apiDevMiddleware(): AstroIntegration {
  return {
    name: "gmail-odoo-companion:api-dev",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          if (!req.url || !(req.url === "/api" || req.url.startsWith("/api/"))) return next();
          try {
            const [{ getRequestListener }, { createApi }, { Hono }] = await Promise.all([
              import("@hono/node-server"),
              server.ssrLoadModule("/server/api.ts") as Promise<typeof import("./api.ts")>,
              import("hono"),
            ]);
            const app = new Hono().route("/api", createApi());
            await getRequestListener(app.fetch)(req, res);
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
