/**
 * The emulated Odoo's practice instance, as a practice run in Odoo mode meets it: every browser is its
 * signed-in administrator, and its callback answers a live test's sign-in like Odoo (Forbidden, or
 * Odoo 19.0's error page after a refused consent) with the sandbox's stand-in panel, in EN and IT.
 */
import { get } from "node:https";
import { Hono } from "hono";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "../index.ts";
import { PRACTICE_BASE_PATH, PRACTICE_INSTANCE, practiceOdooRedirectUri } from "./practice.ts";

const ORIGIN = "http://127.0.0.1:4321";
const sandbox = createSandbox({ baseUrl: () => ORIGIN, smtpPort: 0 });
beforeAll(() => sandbox.start());
afterAll(() => sandbox.stop());

const RUN = "AbCdEfGhIjKlMnOpQrStUv";
const STATE = `${RUN}.n0nceN0nceN0nceN0nceN0nc`;
/** The sandbox mounted where the companion mounts it (the instances' pages know their full path). */
const app = new Hono().route("/sandbox", sandbox.routes);
const confirm = (query: Record<string, string>, lang = "en") =>
  app.request(`/sandbox/odoo/${PRACTICE_INSTANCE}/google_gmail/confirm?${new URLSearchParams(query)}`, {
    headers: { "accept-language": lang },
  });

describe("the practice instance", () => {
  it("is listed as a healthy 19.0 and its mounted callback is registered by the Web clients", () => {
    const practice = sandbox.odooInstances().find((i) => i.name === PRACTICE_INSTANCE);
    expect(practice).toMatchObject({
      version: "19.0",
      scenario: "healthy",
      mountedUrl: `${ORIGIN}${PRACTICE_BASE_PATH}`,
    });
    const uri = practiceOdooRedirectUri(ORIGIN);
    expect(uri).toBe(`${ORIGIN}/sandbox/odoo/practice-19/google_gmail/confirm`);
    for (const client of sandbox.google.world.clients.filter((c) => c.type === "web")) {
      expect(client.redirectUris()).toContain(uri);
    }
    expect(sandbox.google.world.clients.find((c) => c.type === "installed")?.redirectUris()).not.toContain(uri);
  });

  it("answers a live test's sign-in with Forbidden and the stand-in panel (EN)", async () => {
    const res = await confirm({ state: STATE, code: "4/0AeanS0aPracticeCode", scope: "https://mail.google.com/" });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    const html = await res.text();
    expect(html).not.toContain("4/0AeanS0aPracticeCode");
    expect(html).not.toContain("n0nceN0nce");
    const doc = parse(html);
    expect(doc.querySelector("h1")?.textContent).toBe("Forbidden");
    expect(doc.querySelector("[data-sandbox-banner]")?.textContent).toContain("emulated Odoo 19.0 (practice-19)");
    expect(doc.querySelector("[data-run-return] h2")?.textContent).toBe("This page stands in for your Odoo");
    expect(doc.querySelector("[data-back-to-run]")?.getAttribute("href")).toBe(`/live-test/?run=${RUN}#run`);
    expect(doc.querySelector("button[data-copy=address]")).not.toBeNull();
  });

  it("answers in Italian, and shows Odoo 19.0's error page after a refused consent", async () => {
    const res = await confirm({ state: STATE, error: "access_denied" }, "it-IT,it;q=0.9");
    expect(res.status).toBe(200);
    const doc = parse(await res.text());
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe("it");
    expect(doc.querySelector("[role=alert]")?.textContent).toBe(
      "Si è verificato un errore durante il processo di autenticazione.",
    );
    expect(doc.querySelector("[data-run-return] h2")?.textContent).toBe("Questa pagina fa le veci del tuo Odoo");
    expect(doc.querySelector("[data-back-to-run]")?.getAttribute("href")).toBe(`/it/live-test/?run=${RUN}#run`);
  });

  it("keeps Odoo's own answers for Odoo's own states: no panel", async () => {
    const res = await confirm({
      state: JSON.stringify({ model: "ir.mail_server", id: 1, csrf_token: "x" }),
      code: "c",
    });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('<h1 lang="en">Forbidden</h1>');
    expect(html).not.toContain("data-run-return");
  });

  it("on its own listener, links back to the run on the companion's origin", async () => {
    const practice = sandbox.odooInstances().find((i) => i.name === PRACTICE_INSTANCE);
    const origin = practice?.url ?? "";
    const url = `${origin}/google_gmail/confirm?${new URLSearchParams({ state: STATE, code: "c" })}`;
    const ca = sandbox.odoo.probeTargets.caFor(origin) ?? "";
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      get(url, { ca }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      }).on("error", reject);
    });
    expect(status).toBe(403);
    expect(parse(body).querySelector("[data-back-to-run]")?.getAttribute("href")).toBe(
      `${ORIGIN}/live-test/?run=${RUN}#run`,
    );
  });

  it("leaves the other instances as they were: a browser without a session is sent to log in", async () => {
    const res = await app.request(`/sandbox/odoo/healthy-19/google_gmail/confirm?state=${STATE}&code=c`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/sandbox\/odoo\/healthy-19\/web\/login\?redirect=/);
  });
});
