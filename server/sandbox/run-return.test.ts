/** The way back from a sandbox page to the live test run that started the sign-in. */
import { createHash } from "node:crypto";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { COPY_SCRIPT, COPY_SCRIPT_SOURCE, isRunId, returnPanel, runIdFromState, runPagePath } from "./run-return.ts";

const RUN = "AbCdEfGhIjKlMnOpQrStUv";
const NONCE = "n0nceN0nceN0nceN0nceN0nc";

describe("runIdFromState", () => {
  it("reads the run id of a live test's state, and nothing else", () => {
    expect(runIdFromState(`${RUN}.${NONCE}`)).toBe(RUN);
    expect(runIdFromState(JSON.stringify({ model: "ir.mail_server", id: 1, csrf_token: "x" }))).toBeUndefined();
    expect(runIdFromState("run.nonce")).toBeUndefined();
    expect(runIdFromState(`${RUN}.${NONCE}.more`)).toBeUndefined();
    expect(runIdFromState(`../${RUN}.${NONCE}`)).toBeUndefined();
    expect(runIdFromState(undefined)).toBeUndefined();
    expect(runIdFromState(null)).toBeUndefined();
  });

  it("accepts only run ids as the live test makes them", () => {
    expect(isRunId(RUN)).toBe(true);
    expect(isRunId("short")).toBe(false);
    expect(isRunId(`${RUN}"><script>`)).toBe(false);
    expect(isRunId(undefined)).toBe(false);
  });
});

describe("runPagePath", () => {
  it("is the live test page of the run, in the page's language", () => {
    expect(runPagePath(RUN, "en")).toBe(`/live-test/?run=${RUN}#run`);
    expect(runPagePath(RUN, "it")).toBe(`/it/live-test/?run=${RUN}#run`);
  });
});

describe("returnPanel", () => {
  it("on the Odoo stand-in: copies the page's address and links back to the run, in EN and IT", () => {
    const en = parse(returnPanel({ kind: "odoo", lang: "en", runId: RUN }).value);
    expect(en.querySelector("h2")?.textContent).toBe("This page stands in for your Odoo");
    expect(en.querySelector("button[data-copy]")?.getAttribute("data-copy")).toBe("address");
    expect(en.querySelector("button[data-copy]")?.hasAttribute("hidden")).toBe(true);
    expect(en.querySelector("[data-back-to-run]")?.getAttribute("href")).toBe(`/live-test/?run=${RUN}#run`);
    expect(en.textContent).toContain("“Address of Odoo's Forbidden page”");
    expect(en.querySelector("[role=status]")).not.toBeNull();
    const it_ = parse(returnPanel({ kind: "odoo", lang: "it", runId: RUN, origin: "http://127.0.0.1:4321" }).value);
    expect(it_.querySelector("h2")?.textContent).toBe("Questa pagina fa le veci del tuo Odoo");
    expect(it_.querySelector("button")?.textContent).toBe("Copia l'indirizzo di questa pagina");
    expect(it_.querySelector("[data-back-to-run]")?.getAttribute("href")).toBe(
      `http://127.0.0.1:4321/it/live-test/?run=${RUN}#run`,
    );
    expect(it_.textContent).toContain("“Indirizzo della pagina Forbidden di Odoo”");
  });

  it("under Google's error: copies the error text; without a run, only Diagnose", () => {
    const withRun = parse(
      returnPanel({ kind: "google-error", lang: "en", runId: RUN, copyTarget: "error-text" }).value,
    );
    expect(withRun.querySelector("button")?.getAttribute("data-copy")).toBe("error-text");
    expect(withRun.querySelector("button")?.textContent).toBe("Copy the error");
    expect(withRun.querySelector("[data-back-to-run]")?.textContent).toBe("Back to your test run");
    expect(withRun.textContent).toContain("“Google showed an error instead”");
    expect(withRun.querySelector('a[href="/diagnose/"]')).not.toBeNull();
    const alone = parse(returnPanel({ kind: "google-error", lang: "it", copyTarget: "error-text" }).value);
    expect(alone.querySelector("[data-back-to-run]")).toBeNull();
    expect(alone.querySelector('a[href="/it/diagnose/"]')?.textContent).toBe("Vai a Diagnostica un problema");
    // A forged run id never becomes a link.
    const forged = parse(returnPanel({ kind: "google-error", lang: "en", runId: 'x"><b>', copyTarget: "e" }).value);
    expect(forged.querySelector("[data-back-to-run]")).toBeNull();
  });

  it("carries the copy script byte for byte, allowed by its hash", () => {
    const html = returnPanel({ kind: "odoo", lang: "en", runId: RUN }).value;
    expect(html).toContain(`<script>${COPY_SCRIPT}</script>`);
    const hash = createHash("sha256").update(COPY_SCRIPT).digest("base64");
    expect(COPY_SCRIPT_SOURCE).toBe(`'sha256-${hash}'`);
  });
});
