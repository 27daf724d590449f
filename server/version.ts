import pkg from "../package.json" with { type: "json" };

/** The companion's version, from package.json (bundled by Vite for the site, imported natively by Node). */
export const VERSION: string = pkg.version;
