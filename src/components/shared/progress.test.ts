import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientLines } from "../wizard/client-checks.ts";
import { clientStatus, JOURNEY, journeyProgress, progressOf } from "./progress.ts";
import { EMPTY_STATE, type StoredClient, type WizardState } from "./store.ts";

const URI = "https://erp.example.com/google_gmail/confirm";
const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const state = (over: Partial<WizardState>): WizardState => ({ ...EMPTY_STATE, ...over });

describe("progressOf", () => {
  it("has everything to do at first", () => {
    expect(progressOf(EMPTY_STATE)).toEqual({ redirect: "todo", client: "todo", consent: "todo" });
  });

  it("passes a checked URI without problems and fails one with problems", () => {
    expect(progressOf(state({ odooUrl: "erp.example.com", redirect: { uri: URI, problems: [] } })).redirect).toBe(
      "pass",
    );
    expect(
      progressOf(
        state({ odooUrl: "http://erp.example.com", redirect: { uri: URI, problems: ["redirect-uri-insecure-http"] } }),
      ).redirect,
    ).toBe("fail");
    expect(progressOf(state({ odooUrl: "erp.example.com", redirect: { uri: URI } })).redirect).toBe("todo");
  });

  it("judges the client JSON against the builder's URI", () => {
    const client = { type: "web" as const, clientId: CLIENT_ID, redirectUris: [URI], javascriptOrigins: [] };
    const redirect = { uri: URI, problems: [] };
    expect(progressOf(state({ odooUrl: "x", redirect, client })).client).toBe("pass");
    expect(progressOf(state({ client })).client).toBe("todo");
    expect(progressOf(state({ odooUrl: "x", redirect, client: { ...client, type: "installed" } })).client).toBe("fail");
    expect(progressOf(state({ odooUrl: "x", redirect, client: { ...client, redirectUris: [`${URI}/`] } })).client).toBe(
      "fail",
    );
  });

  it("fails the consent screen when Google would refuse, passes it when not", () => {
    const consent = {
      accountKind: "gmail" as const,
      userType: "external" as const,
      publishingStatus: "testing" as const,
      testUsers: "sales@gmail.com",
      email: "sales@gmail.com",
    };
    expect(progressOf(state({ consent })).consent).toBe("pass");
    expect(progressOf(state({ consent: { ...consent, testUsers: "" } })).consent).toBe("fail");
    expect(progressOf(state({ consent: { ...consent, userType: "internal" } })).consent).toBe("fail");
    expect(progressOf(state({ consent: { ...consent, email: "" } })).consent).toBe("todo");
  });
});

describe("clientStatus", () => {
  it("judges a kept client as the checker's lines do", () => {
    const uris = [URI, `${URI}/`, "http://erp.example.com/google_gmail/confirm"];
    const client = fc.record(
      {
        type: fc.constantFrom("web" as const, "installed" as const, "unknown" as const),
        clientId: fc.constantFrom(CLIENT_ID, "GOCSPX-not-an-id", " "),
        redirectUris: fc.subarray(uris),
        javascriptOrigins: fc.subarray(["https://erp.example.com"]),
      },
      { requiredKeys: ["type", "redirectUris", "javascriptOrigins"] },
    );
    fc.assert(
      fc.property(client, fc.option(fc.constantFrom(...uris), { nil: undefined }), (kept: StoredClient, uri) => {
        const lines = clientLines(kept, uri, undefined);
        const expected = lines.some((l) => l.status === "fail")
          ? "fail"
          : lines.some((l) => l.status === "todo")
            ? "todo"
            : "pass";
        expect(clientStatus(kept, uri)).toBe(expected);
      }),
    );
  });
});

describe("journeyProgress", () => {
  const base: WizardState = { ...EMPTY_STATE, ticks: [] };

  it("starts with every step to do", () => {
    const progress = journeyProgress(base);
    expect(Object.keys(progress)).toEqual([...JOURNEY]);
    expect(Object.values(progress).map((step) => step.status)).toEqual(["todo", "todo", "todo", "todo", "todo"]);
    expect(progress["odoo-setup"]).toEqual({ status: "todo", done: 0, total: 5 });
  });

  it("counts the ticks of each page", () => {
    const progress = journeyProgress({
      ...base,
      ticks: ["before.admin", "before.account", "before.address", "before.version", "odoo.credentials"],
    });
    expect(progress["before-you-start"]).toEqual({ status: "done", done: 4, total: 4 });
    expect(progress["odoo-setup"]).toEqual({ status: "started", done: 1, total: 5 });
  });

  it("marks Google Cloud as needing a fix when one check fails", () => {
    const progress = journeyProgress({
      ...base,
      odooUrl: "http://erp.example.com",
      redirect: { uri: "http://erp.example.com/google_gmail/confirm", problems: ["redirect-uri-insecure-http"] },
    });
    expect(progress["google-setup"]).toEqual({ status: "fail", done: 0, total: 3 });
  });

  it("takes the live test from its last result; only a real passing run finishes the journey", () => {
    const at = 1_700_000_000_000;
    const practice = journeyProgress({ ...base, liveTest: { status: "passed", practice: true, mode: "direct", at } });
    expect(practice["live-test"].status).toBe("done");
    expect(practice.done.status).toBe("todo");
    const real = journeyProgress({ ...base, liveTest: { status: "warning", practice: false, mode: "odoo", at } });
    expect(real.done.status).toBe("done");
    const failed = journeyProgress({ ...base, liveTest: { status: "failed", practice: false, mode: "odoo", at } });
    expect(failed["live-test"].status).toBe("fail");
    expect(failed.done.status).toBe("todo");
  });
});
