import { describe, expect, it } from "vitest";
import { parseClientJson } from "../../src/core/client-json/client-json.ts";
import { createEngine, type StartInput, stateOf } from "./engine.ts";
import { findingOf } from "./finding-map.ts";
import { createMemoryStore } from "./memory-store.ts";
import type { LiveRecord } from "./model.ts";
import { GMAIL_SMTP } from "./smtp-checks.ts";

const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const SECRET = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";

function setup() {
  const store = createMemoryStore();
  const engine = createEngine({
    store,
    now: Date.now,
    ttlMs: 60_000,
    googleTimeoutMs: 1_000,
    smtpTimeoutMs: 1_000,
    stepTimeoutMs: 2_000,
    sandbox: undefined,
  });
  const input: StartInput = {
    provider: "google",
    mode: "odoo",
    lang: "en",
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    clientJson: undefined,
    email: "sales@example.com",
    redirectUri: "https://erp.acme-industries.com/google_gmail/confirm",
    origin: "http://127.0.0.1:4321",
    smtp: GMAIL_SMTP,
  };
  return { store, engine, input };
}

const status = (record: LiveRecord, id: string) => record.run.steps.find((s) => s.id === id)?.status;

describe("engine, up to Google's answer (no network)", () => {
  it("starts waiting at consent with the secret and PKCE verifier held only server-side", async () => {
    const { engine, input, store } = setup();
    const record = await engine.start(input);
    expect(record.run.status).toBe("waiting");
    expect(status(record, "preflight")).toBe("passed");
    expect(status(record, "consent")).toBe("running");
    expect(new URL(record.run.authUrl).searchParams.get("state")).toBe(stateOf(record));
    expect(record.secrets.clientSecret?.reveal()).toBe(SECRET);
    expect(record.secrets.codeVerifier?.reveal()).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
    const published = JSON.stringify(record.run);
    expect(published).not.toContain(SECRET);
    expect(published).not.toContain(record.secrets.codeVerifier?.reveal());
    expect(await store.get(record.run.id)).toBe(record);
    store.close();
  });

  it("takes Google's answer once, only with this run's state", async () => {
    const { engine, input, store } = setup();
    const record = await engine.start(input);
    const other = new URLSearchParams({ state: `${record.run.id}.forged`, error: "access_denied" });
    expect(await engine.receive(record, other)).toBe("other-run");
    expect(status(record, "consent")).toBe("running");
    const denied = new URLSearchParams({ state: stateOf(record), error: "access_denied" });
    expect(await engine.receive(record, denied)).toBe("accepted");
    expect(record.run.status).toBe("failed");
    expect(record.run.steps.find((s) => s.id === "consent")?.finding?.id).toBe("consent-cancelled");
    expect(status(record, "token")).toBe("skipped");
    expect(status(record, "cleanup")).toBe("passed");
    expect(record.secrets).toEqual({});
    expect(await engine.receive(record, denied)).toBe("not-waiting");
    expect(await engine.failConsent(record, findingOf("deleted-client", "en", []))).toBe("not-waiting");
    store.close();
  });

  it("fails consent with a pasted Google error", async () => {
    const { engine, input, store } = setup();
    const record = await engine.start({ ...input, lang: "it" });
    expect(await engine.failConsent(record, findingOf("deleted-client", "it", ["Error 401: deleted_client"]))).toBe(
      "accepted",
    );
    const consent = record.run.steps.find((s) => s.id === "consent");
    expect(consent).toMatchObject({ status: "failed", finding: { id: "deleted-client" } });
    expect(consent?.details).toEqual(["Letto da ciò che hai incollato."]);
    store.close();
  });

  it("stops at preflight for a Desktop client, discarding the secret at once", async () => {
    const { engine, input, store } = setup();
    const json = parseClientJson({ installed: { client_id: CLIENT_ID, client_secret: SECRET } });
    const record = await engine.start({ ...input, clientJson: json.ok ? json.client : undefined });
    expect(record.run.status).toBe("failed");
    expect(status(record, "consent")).toBe("skipped");
    expect(record.run.steps.find((s) => s.id === "send")?.result).toBe("Skipped: an earlier step failed.");
    expect(record.secrets).toEqual({});
    store.close();
  });
});
