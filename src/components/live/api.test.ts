import { describe, expect, it } from "vitest";
import { fetchReport, fetchRun, pasteBack, pasteBody, reportUrl, sendTest, startRun } from "./api.ts";
import { STEP_IDS } from "./types.ts";

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A fetch answering every call with `respond`, recording what was asked. */
function fakeFetch(respond: () => Response) {
  const seen: Seen[] = [];
  const fetcher = (async (url: string, init: RequestInit = {}) => {
    seen.push({
      url,
      method: init.method ?? "GET",
      headers: init.headers as Record<string, string>,
      body: init.body as string | undefined,
    });
    return respond();
  }) as typeof fetch;
  return { fetcher, seen };
}

const json = (body: unknown, status = 200, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": type } });
const problem = (status: number, detail: string) =>
  json({ type: "about:blank", title: "x", status, detail }, status, "application/problem+json");

const run = {
  id: "r1",
  status: "waiting",
  steps: STEP_IDS.map((id) => ({ id, status: "pending", title: id, result: "", elapsedMs: null })),
};

describe("the live test API calls", () => {
  it("posts the start body as JSON and returns the run id and Google's address", async () => {
    const { fetcher, seen } = fakeFetch(() =>
      json({ id: "r1", authUrl: "https://accounts.google.com/o/oauth2/v2/auth?x" }),
    );
    const body = { provider: "sandbox", practice: { scenario: "healthy" }, mode: "direct", lang: "it" } as const;
    expect(await startRun(body, fetcher)).toEqual({
      ok: true,
      id: "r1",
      authUrl: "https://accounts.google.com/o/oauth2/v2/auth?x",
    });
    expect(seen[0]?.url).toBe("/api/live/start?lang=it");
    expect(seen[0]?.method).toBe("POST");
    expect(seen[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual(body);
  });

  it("returns the run the server started with, when it sends one", async () => {
    const failed = { ...run, status: "failed" };
    const { fetcher } = fakeFetch(() => json({ id: "r1", authUrl: "https://x", run: failed }));
    const body = { provider: "sandbox", practice: { scenario: "desktop-app" }, mode: "direct", lang: "en" } as const;
    expect(await startRun(body, fetcher)).toEqual({ ok: true, id: "r1", authUrl: "https://x", run: failed });
  });

  it("returns the status and the localized detail of a refused call", async () => {
    const { fetcher } = fakeFetch(() => problem(429, "Troppi test."));
    const body = { provider: "sandbox", practice: { scenario: "healthy" }, mode: "direct", lang: "it" } as const;
    expect(await startRun(body, fetcher)).toEqual({ ok: false, status: 429, detail: "Troppi test." });
    expect(await sendTest("r1", "it", fakeFetch(() => problem(409, "Non ancora.")).fetcher)).toEqual({
      ok: false,
      status: 409,
      detail: "Non ancora.",
    });
    expect(await fetchRun("r1", "en", fakeFetch(() => new Response("oops", { status: 502 })).fetcher)).toEqual({
      ok: false,
      status: 502,
    });
  });

  it("reads a run, and refuses an answer that is not one", async () => {
    const { fetcher, seen } = fakeFetch(() => json(run));
    const read = await fetchRun("r1", "en", fetcher);
    expect(read.ok && read.run.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(seen[0]).toMatchObject({ url: "/api/live/r1?lang=en", method: "GET", body: undefined });
    expect(await fetchRun("r1", "en", fakeFetch(() => json({ id: "r1" })).fetcher)).toEqual({ ok: false, status: 200 });
  });

  it("reports an unreachable server as status 0", async () => {
    const offline = (() => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch;
    expect(await fetchRun("r1", "en", offline)).toEqual({ ok: false, status: 0 });
  });

  it("pastes back, asks for a test email and fetches the Markdown report", async () => {
    const { fetcher, seen } = fakeFetch(() => json(run));
    expect(
      await pasteBack("r1", { url: "https://mycompany.odoo.com/google_gmail/confirm?code=x" }, "en", fetcher),
    ).toEqual({
      ok: true,
    });
    expect(await sendTest("r/1", "en", fetcher)).toEqual({ ok: true });
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      "POST /api/live/r1/paste?lang=en",
      "POST /api/live/r%2F1/send-test?lang=en",
    ]);
    const md = fakeFetch(() => new Response("## Report\n", { headers: { "content-type": "text/markdown" } }));
    expect(await fetchReport("r1", "it", md.fetcher)).toEqual({ ok: true, markdown: "## Report\n" });
    expect(md.seen[0]?.url).toBe("/api/live/r1/report?format=md&lang=it");
    expect(reportUrl("r1", "json", "en")).toBe("/api/live/r1/report?format=json&lang=en");
  });

  it("tells a pasted address from pasted error text", () => {
    expect(pasteBody(" https://mycompany.odoo.com/google_gmail/confirm?state=x&code=y \n")).toEqual({
      url: "https://mycompany.odoo.com/google_gmail/confirm?state=x&code=y",
    });
    expect(pasteBody("Error 401: deleted_client\nThe OAuth client was deleted.")).toEqual({
      text: "Error 401: deleted_client\nThe OAuth client was deleted.",
    });
  });
});
