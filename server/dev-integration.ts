/**
 * `npm run dev`: mounts the API in Astro's dev server under /api. The Hono app is loaded through
 * Vite on every request, so edits to server/ and src/core/ take effect without a restart.
 */
import type { AstroIntegration } from "astro";
import type { ViteDevServer } from "vite";

type ApiModule = typeof import("./api.ts");

/**
 * Loads server/api.ts through the module runner Astro itself renders pages with (Vite's legacy
 * `ssrLoadModule` starts a second runner on the same module graph), so edits hot-reload.
 */
function loadApiModule(server: ViteDevServer): Promise<ApiModule> {
  const ssr = server.environments.ssr as unknown as { runner?: { import(url: string): Promise<unknown> } };
  if (!ssr.runner) throw new Error("the Vite 'ssr' environment has no module runner");
  return ssr.runner.import("/server/api.ts") as Promise<ApiModule>;
}

export function apiDevMiddleware(): AstroIntegration {
  return {
    name: "gmail-odoo-companion:api-dev",
    hooks: {
      "astro:server:setup": ({ server }) => {
        // Built once for the dev server's life (runs, cookie key, rate limits), like npm start does;
        // the routes themselves are loaded afresh on each request so edits apply at once.
        let deps: import("./api.ts").ApiDeps | undefined;
        server.middlewares.use(async (req, res, next) => {
          if (!req.url || !(req.url === "/api" || req.url.startsWith("/api/"))) return next();
          try {
            const [{ getRequestListener }, api, { Hono }] = await Promise.all([
              import("@hono/node-server"),
              loadApiModule(server),
              import("hono"),
            ]);
            deps ??= api.createApiDeps();
            const routes = api.createApi(deps);
            const app = new Hono().route("/api", routes);
            app.notFound(api.apiNotFoundHandler(routes));
            app.onError(api.apiError);
            // Keep Node's own Request/Response globals: node-server's lighter replacements break
            // other code in this process (Shiki's WASM loader calls Response.prototype.bytes()).
            await getRequestListener(app.fetch, { overrideGlobalObjects: false })(req, res);
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
