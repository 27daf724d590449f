/**
 * No input reaches a 500: every API endpoint is fed thousands of generated requests — JSON of any
 * shape, broken JSON, text with lone UTF-16 surrogates, wrong and missing Content-Types, odd
 * languages, unknown methods — and must answer below 500, with problem+json for every refusal.
 * Driven in process with app.request(); nothing leaves this machine (the live runs use provider
 * "google" but never get a code, so the server never calls Google).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiDeps } from "../../server/api.ts";
import { createApp } from "../../server/app.ts";

const RUNS = 2_000;
const ORIGIN = "http://localhost";
const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const SECRET = "GOCSPX-abcdefghijklmnopqrstuvwxyz12";

const app = createApp({
  distDir: mkdtempSync(join(tmpdir(), "companion-fuzz-")),
  api: createApiDeps({ rateLimit: { real: { max: 1_000_000, windowMs: 60_000 } } }),
});

/** Text of any UTF-16 code units (lone surrogates included), or well-formed Unicode. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom("\ud800", "a\udfffb", "\u0000", "%", "%zz", "{}", "[]", "null", "GOCSPX-", "ya29."),
);

const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom("lang", "provider", "mode", "errorText", "url", "clientId", "email"), anyText),
);

/** A body as sent: JSON (of any shape), broken JSON, or raw text. */
const anyBody = fc.oneof(
  anyJson.map((value) => JSON.stringify(value) ?? "null"),
  anyText,
  fc.constantFrom("{", '{"lang":"it",', "\u0000\u0001", '{"a":"\\ud800"}', ""),
);

const anyContentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "application/problem+json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "multipart/form-data",
  "application/xml",
  "",
  "garbage/;;",
  undefined,
);

const anyLang = fc.oneof(fc.constantFrom("it", "en", "IT", "it-IT", "fr", "", "\ud800"), anyText);

interface Sent {
  status: number;
  type: string;
}

async function send(
  method: string,
  path: string,
  init: { body?: string; contentType?: string | undefined; lang?: string; cookie?: string; origin?: boolean } = {},
): Promise<Sent> {
  const headers = new Headers();
  if (init.contentType !== undefined && init.contentType !== "") headers.set("content-type", init.contentType);
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.origin !== false) headers.set("origin", ORIGIN);
  if (init.lang !== undefined) {
    try {
      headers.set("accept-language", init.lang);
    } catch {
      // Not a valid header value: a browser could not send it either.
    }
  }
  const requestInit: RequestInit = { method, headers };
  if (init.body !== undefined && method !== "GET" && method !== "HEAD") requestInit.body = init.body;
  const res = await app.request(`${ORIGIN}${path}`, requestInit);
  const type = res.headers.get("content-type") ?? "";
  await res.body?.cancel();
  return { status: res.status, type };
}

function expectHandled(sent: Sent): void {
  expect(sent.status).toBeLessThan(500);
  if (sent.status >= 400) expect(sent.type).toMatch(/^application\/problem\+json/);
}

let cookie = "";
let runId = "";

beforeAll(async () => {
  const res = await app.request(`${ORIGIN}/api/live/start`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN },
    body: JSON.stringify({ provider: "google", clientId: CLIENT_ID, clientSecret: SECRET, email: "a@gmail.com" }),
  });
  expect(res.status).toBe(200);
  runId = ((await res.json()) as { id: string }).id;
  cookie = (res.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
});

const property = (name: string, arbitrary: fc.Arbitrary<[string, string, Parameters<typeof send>[2]]>) =>
  it(`${name}: ${RUNS} generated requests, none answered 5xx`, async () => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async ([method, path, init]) => expectHandled(await send(method, path, init))),
      { numRuns: RUNS },
    );
  });

const bodyInit = fc.record({ body: anyBody, contentType: anyContentType, lang: anyLang });

describe("no input reaches a 500", () => {
  property(
    "POST /api/diagnose",
    bodyInit.map((init) => ["POST", "/api/diagnose", init]),
  );

  property(
    "GET /api/redirect-uri",
    fc
      .record({ url: anyText, version: anyText, lang: anyLang })
      .map(({ url, version, lang }) => [
        "GET",
        `/api/redirect-uri?odooUrl=${encodeURIComponent(url.toWellFormed())}&odooVersion=${encodeURIComponent(version.toWellFormed())}`,
        { lang },
      ]),
  );

  property(
    "GET /api/findings and /api/health",
    fc
      .record({ path: fc.constantFrom("/api/findings", "/api/health", "/api/openapi.json"), q: anyText, lang: anyLang })
      .map(({ path, q, lang }) => ["GET", `${path}?lang=${encodeURIComponent(q.toWellFormed())}`, { lang }]),
  );

  property(
    "POST /api/live/start",
    fc
      .record({
        provider: fc.constantFrom("google", "sandbox", "other", 3),
        clientId: fc.oneof(anyText, fc.constant(CLIENT_ID)),
        clientSecret: fc.oneof(anyText, fc.constant(SECRET)),
        email: fc.oneof(anyText, fc.constant("sales@acme.com")),
        mode: fc.constantFrom("direct", "odoo", "x"),
        odooRedirectUri: anyText,
        clientSecretJson: fc.oneof(
          anyText,
          anyJson,
          fc.constant({ web: { client_id: "\ud800", client_secret: SECRET } }),
        ),
        extra: anyJson,
        contentType: anyContentType,
        raw: fc.option(anyBody, { nil: undefined }),
        lang: anyLang,
      })
      .map(({ raw, contentType, lang, extra, ...fields }) => {
        const body = raw ?? JSON.stringify({ ...(typeof extra === "object" ? extra : {}), ...fields });
        return ["POST", "/api/live/start", { body, contentType, lang }];
      }),
  );

  property(
    "POST /api/live/{id}/paste",
    fc
      .record({
        url: anyText,
        text: anyText,
        contentType: anyContentType,
        lang: anyLang,
        own: fc.boolean(),
        raw: fc.option(anyBody, { nil: undefined }),
      })
      .map(({ url, text, contentType, lang, own, raw }) => [
        "POST",
        `/api/live/${own ? runId : "someone-elses-run-id"}/paste`,
        { body: raw ?? JSON.stringify({ url, text }), contentType, lang, cookie },
      ]),
  );

  property(
    "the run's other routes, any method",
    fc
      .record({
        method: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"),
        tail: fc.constantFrom("", "/events", "/report?format=md", "/report?format=x", "/send-test", "/nope"),
        own: fc.boolean(),
        withCookie: fc.boolean(),
        origin: fc.boolean(),
        body: anyBody,
      })
      .map(({ method, tail, own, withCookie, origin, body }) => [
        method,
        `/api/live/${own ? runId : "abcdefghijklmnopqrstuv"}${tail}`,
        { body, cookie: withCookie ? cookie : "", origin, contentType: "application/json" },
      ]),
  );

  property(
    "GET /api/live/callback and unknown paths",
    fc
      .record({
        state: anyText,
        code: anyText,
        path: fc.constantFrom("/api/live/callback", "/api/x", "/api", "/api/live", "/api/live/start"),
        method: fc.constantFrom("GET", "POST", "DELETE"),
      })
      .map(({ state, code, path, method }) => [
        method,
        `${path}?state=${encodeURIComponent(state.toWellFormed())}&code=${encodeURIComponent(code.toWellFormed())}`,
        { cookie },
      ]),
  );
});

describe("lone surrogates", () => {
  it("in clientId, email or the Odoo redirect URI are a 400 naming the field, and use no start", async () => {
    const limited = createApp({
      distDir: mkdtempSync(join(tmpdir(), "companion-fuzz-")),
      api: createApiDeps({ rateLimit: { real: { max: 1, windowMs: 60_000 } } }),
    });
    for (const field of ["clientId", "email", "odooRedirectUri"]) {
      const body = {
        provider: "google",
        mode: "odoo",
        clientId: CLIENT_ID,
        clientSecret: SECRET,
        email: "a@gmail.com",
        odooRedirectUri: "https://erp.acme.com/google_gmail/confirm",
        [field]: "x\ud800y",
      };
      const res = await limited.request(`${ORIGIN}/api/live/start?lang=it`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { errors: { pointer: string; detail: string }[] };
      expect(problem.errors[0]).toEqual({
        pointer: `/${field}`,
        detail: "contiene un carattere che non si può codificare (un surrogato UTF-16 isolato)",
      });
    }
    const ok = await limited.request(`${ORIGIN}/api/live/start`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ provider: "google", clientId: CLIENT_ID, clientSecret: SECRET, email: "a@gmail.com" }),
    });
    expect(ok.status).toBe(200);
  });
});
