// Temporary screenshot helper (not committed): node .shots.mjs <path> <name-prefix>
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "./test/support/find-chromium.ts";
const [, , path, prefix, only] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
for (const theme of ["light", "dark"]) {
  for (const width of [390, 1280]) {
    if (only && only !== `${theme}${width}`) continue;
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, deviceScaleFactor: width === 390 ? 2 : 1 });
    await ctx.addInitScript((t) => localStorage.setItem("starlight-theme", t), theme);
    const page = await ctx.newPage();
    await page.goto("http://127.0.0.1:4391" + path, { waitUntil: "networkidle" });
    const figs = page.locator("figure[data-illustration]");
    const n = await figs.count();
    for (let i = 0; i < n; i++) {
      const f = figs.nth(i);
      if (!(await f.isVisible())) continue;
      await f.scrollIntoViewIfNeeded();
      await f.screenshot({ path: `/tmp/g16/${prefix}-${i}-${theme}-${width}.png` });
    }
    console.log(theme, width, n, "figures");
    await ctx.close();
  }
}
await browser.close();
