// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import preact from "@astrojs/preact";
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";
import { contentSecurityPolicy } from "./server/build-csp.ts";
import { apiDevMiddleware } from "./server/dev-integration.ts";
import { explicitHeadingIds, focusableTables } from "./src/markdown/hast-plugins.ts";
import { sidebar } from "./src/sidebar.ts";

export default defineConfig({
  markdown: { processor: satteri({ hastPlugins: [explicitHeadingIds(), focusableTables()] }) },
  // The guide and its API are served by one Node process (server/start.ts); dev mounts the API too.
  integrations: [
    starlight({
      title: { en: "Gmail ↔ Odoo with Google OAuth", it: "Gmail ↔ Odoo con Google OAuth" },
      description: "Set up and fix Gmail / Google Workspace in Odoo 16–19 with Google OAuth.",
      defaultLocale: "root",
      locales: {
        root: { label: "English", lang: "en" },
        it: { label: "Italiano", lang: "it" },
      },
      sidebar,
      customCss: ["./src/styles/custom.css"],
      lastUpdated: false,
      pagination: true,
    }),
    preact(),
    apiDevMiddleware(),
    contentSecurityPolicy(),
  ],
  devToolbar: { enabled: false },
});
