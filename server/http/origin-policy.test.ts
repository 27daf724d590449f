import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { hasOwnOrigin, type OriginPolicy, ownOrigin, reachedOverHttps } from "./origin-policy.ts";

/** Runs the policy functions on a request as the app would receive it. */
async function check(policy: OriginPolicy, url: string, headers: Record<string, string> = {}) {
  const app = new Hono();
  app.all("*", (c) =>
    c.json({ own: ownOrigin(c, policy) ?? null, allowed: hasOwnOrigin(c, policy), https: reachedOverHttps(c, policy) }),
  );
  return (await (await app.request(url, { method: "POST", headers })).json()) as {
    own: string | null;
    allowed: boolean;
    https: boolean;
  };
}

const LOOPBACK: OriginPolicy = { trustProxy: false, loopbackOnly: true };
const OPEN: OriginPolicy = { trustProxy: false, loopbackOnly: false };
const PUBLIC: OriginPolicy = { publicOrigin: "https://companion.example.com", trustProxy: false, loopbackOnly: true };
const PROXY: OriginPolicy = { trustProxy: true, loopbackOnly: true };

describe("origin policy", () => {
  it("accepts the request's own origin and refuses other, missing and opaque ones", async () => {
    const url = "http://127.0.0.1:4321/api/live/start";
    expect((await check(LOOPBACK, url, { origin: "http://127.0.0.1:4321" })).allowed).toBe(true);
    expect((await check(LOOPBACK, url, { origin: "http://127.0.0.1:4322" })).allowed).toBe(false);
    expect((await check(LOOPBACK, url, { origin: "null" })).allowed).toBe(false);
    expect((await check(LOOPBACK, url)).allowed).toBe(false);
  });

  it("refuses a rebound DNS name on a loopback-only server", async () => {
    const url = "http://attacker.example:4321/api/live/start";
    expect(await check(LOOPBACK, url, { origin: "http://attacker.example:4321" })).toMatchObject({
      own: null,
      allowed: false,
    });
    expect((await check(OPEN, url, { origin: "http://attacker.example:4321" })).allowed).toBe(true);
  });

  it("with PUBLIC_URL accepts that origin only and ignores Host", async () => {
    const url = "http://companion.example.com/api/live/start";
    expect(await check(PUBLIC, url, { origin: "https://Companion.example.com" })).toMatchObject({
      allowed: true,
      https: true,
    });
    expect((await check(PUBLIC, url, { origin: "http://companion.example.com" })).allowed).toBe(false);
    const rebound = "http://attacker.example/api/live/start";
    expect((await check(PUBLIC, rebound, { origin: "http://attacker.example" })).allowed).toBe(false);
  });

  it("behind a trusted proxy takes the browser's origin from X-Forwarded-Proto and -Host", async () => {
    const url = "http://127.0.0.1:4321/api/live/start";
    const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "odoo-help.example.org" };
    expect(await check(PROXY, url, { ...forwarded, origin: "https://odoo-help.example.org" })).toMatchObject({
      own: "https://odoo-help.example.org",
      allowed: true,
      https: true,
    });
    expect(await check(LOOPBACK, url, { ...forwarded, origin: "https://odoo-help.example.org" })).toMatchObject({
      allowed: false,
      https: false,
    });
  });
});
