/**
 * No input reaches a 500 on any sandbox route (issue 13): for every route, fast-check sends 2,000
 * requests mixing real values (world clients, a live flow, registered redirect URIs, a practice
 * client's credentials) with random ones — lone UTF-16 surrogates, invalid UTF-8 bytes, malformed
 * percent-encoding, wrong or missing Content-Types, malformed multipart and JSON bodies, odd
 * Authorization and Origin headers — and every answer must be below 500.
 */
import fc from "fast-check";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOOGLE_PATHS } from "../../server/sandbox/google/paths.ts";
import { createSandbox } from "../../server/sandbox/index.ts";

const ORIGIN = "http://127.0.0.1:4321";
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const sandbox = createSandbox({ baseUrl: () => ORIGIN, smtpPort: 0 });
const app = new Hono().route("/sandbox", sandbox.routes);

/** Real values the routes know, so random requests also reach their deeper branches. */
const known: string[] = [];
let ownBasic = "";

beforeAll(async () => {
  await sandbox.start();
  const world = sandbox.google.world;
  const minted = sandbox.controls.newClient("healthy");
  ownBasic = `Basic ${Buffer.from(`${minted.client_id}:${minted.client_secret}`).toString("base64")}`;
  const healthy = world.clientByName("healthy");
  const auth = await app.request(
    `${ORIGIN}/sandbox/google${GOOGLE_PATHS.auth}?${new URLSearchParams({
      client_id: healthy?.clientId ?? "",
      redirect_uri: `${ORIGIN}/api/live/callback`,
      response_type: "code",
      scope: "https://mail.google.com/ openid email",
    })}`,
  );
  const flow = new URL(auth.headers.get("location") ?? "", ORIGIN).searchParams.get("flow") ?? "";
  known.push(
    flow,
    minted.client_id,
    minted.client_secret,
    ...world.clients.flatMap((c) => [c.clientId, c.clientSecret, ...c.redirectUris()]),
    ...world.accounts.map((a) => a.email),
    "https://mail.google.com/",
    "openid email profile",
    "code",
    "offline",
    "consent",
    "none",
    "allow",
    "continue",
    "cancel",
    "authorization_code",
    "refresh_token",
    "S256",
    "plain",
    "healthy",
    "testing",
    "mycompany.example",
    "4/0AeanS0aFuzz",
    "1//0fuzzfuzzfuzzfuzzfuzzfuzz",
    "ya29.a0fuzzfuzzfuzzfuzzfuzz",
    "Cg5pbnZhbGlkX2NsaWVudBIfVGhlIE9BdXRoIGNsaWVudCB3YXMgbm90IGZvdW5kLg==",
  );
});
afterAll(() => sandbox.stop());

const PARAMS = [
  "client_id",
  "client_secret",
  "redirect_uri",
  "response_type",
  "scope",
  "state",
  "access_type",
  "prompt",
  "login_hint",
  "include_granted_scopes",
  "code_challenge",
  "code_challenge_method",
  "hl",
  "nonce",
  "flow",
  "account",
  "action",
  "authError",
  "flowName",
  "grant_type",
  "code",
  "code_verifier",
  "refresh_token",
  "access_token",
  "token",
  "scenario",
  "days",
  "ms",
  "org",
  "blocked",
  "endpoint",
  "mode",
  "count",
  "delayMs",
  "match",
  "__proto__",
  "constructor",
];

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("\ud800", "\udfff", "a\ud800b", "", " ", "%", "%E0%A4", "%FF", "../", "<script>"),
  fc.nat().map((i) => known[i % Math.max(1, known.length)] ?? ""),
);
const value = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...PARAMS), text, { maxKeys: 3 }),
);
const fields = fc.dictionary(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), value, {
  maxKeys: 8,
});

/** A field value as text (objects as JSON: fast-check may build them without a prototype). */
const asText = (raw: unknown) => (typeof raw === "object" && raw !== null ? JSON.stringify(raw) : String(raw));

/** Percent-encodes UTF-8 (a lone surrogate becomes U+FFFD, as a browser sends it). */
const encode = (raw: unknown) =>
  [...Buffer.from(asText(raw), "utf8")]
    .map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16)}`))
    .join("");

const query = fc.oneof(
  fields.map((f) =>
    Object.entries(f)
      .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))
      .map(([k, v]) => `${encode(k)}=${encode(v)}`)
      .join("&"),
  ),
  fc.constantFrom("%", "a=%", "a=%E0%A4%A", "=&=&", "a=%FF%FE", "authError=%%%", "flow=%00"),
  fc.string({ unit: "binary-ascii", maxLength: 40 }).map((s) => s.replace(/[#\s]/g, "")),
);

/** Header-safe ASCII (what an HTTP client can send at all). */
const ascii = (max: number) =>
  fc.string({ unit: "binary-ascii", maxLength: max }).map((s) => s.replace(/[^\x20-\x7e\t]/g, "").trim());

const CONTENT_TYPES = [
  "application/x-www-form-urlencoded",
  "application/json",
  "application/json; charset=utf-16",
  "multipart/form-data; boundary=fuzz",
  "multipart/form-data",
  "multipart/form-data; boundary=",
  "text/plain",
  "application/xml",
  "",
];

const body = fc.oneof(
  fc.constant(undefined),
  fields.map((f) => ({ type: "application/x-www-form-urlencoded", data: encodeForm(f) })),
  fields.map((f) => ({ type: "application/json", data: JSON.stringify(f) })),
  fields.map((f) => ({ type: "multipart/form-data; boundary=fuzz", data: multipart(f) })),
  fc.record({
    type: fc.oneof(fc.constantFrom(...CONTENT_TYPES), ascii(30)),
    data: fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }),
      fc.constantFrom("--fuzz\r\nContent-Disposition: form-data\r\n\r\nx", "--fuzz--", "{", '{"a":', "\ud800"),
    ),
  }),
);

function encodeForm(f: Record<string, unknown>): string {
  return Object.entries(f)
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .join("&");
}

function multipart(f: Record<string, unknown>): string {
  const parts = Object.entries(f).map(
    ([k, v]) => `--fuzz\r\nContent-Disposition: form-data; name="${k.replace(/["\r\n]/g, "")}"\r\n\r\n${asText(v)}\r\n`,
  );
  return `${parts.join("")}--fuzz--\r\n`;
}

const headers = fc.record(
  {
    authorization: fc.oneof(
      fc.constant(""),
      ascii(60),
      ascii(40).map((s) => `Basic ${Buffer.from(s).toString("base64")}`),
      ascii(40).map((s) => `Bearer ${s}`),
      fc.constant(0).map(() => ownBasic),
    ),
    origin: fc.oneof(fc.constant(ORIGIN), fc.constant("null"), fc.constant("https://evil.example"), ascii(30)),
    "accept-language": fc.oneof(fc.constantFrom("it", "en", "it-IT,it;q=0.9", "*", "q=x"), ascii(20)),
    "user-agent": fc.oneof(fc.constant("Mozilla/5.0 (Linux; Android 14; wv)"), ascii(30)),
  },
  { requiredKeys: [] },
);

const ROUTES: [string, string[]][] = [
  [`/google${GOOGLE_PATHS.auth}`, ["GET", "POST"]],
  ["/google/o/oauth2/auth", ["GET"]],
  [`/google${GOOGLE_PATHS.chooser}`, ["GET", "POST"]],
  [`/google${GOOGLE_PATHS.warning}`, ["GET", "POST"]],
  [`/google${GOOGLE_PATHS.consent}`, ["GET", "POST"]],
  [`/google${GOOGLE_PATHS.error}`, ["GET"]],
  ["/google/signin/oauth/error", ["GET"]],
  [`/google${GOOGLE_PATHS.token}`, ["POST", "GET"]],
  ["/google/o/oauth2/token", ["POST"]],
  ["/google/oauth2/v4/token", ["POST"]],
  [`/google${GOOGLE_PATHS.tokeninfo}`, ["GET", "POST"]],
  ["/google/oauth2/v3/tokeninfo", ["GET", "POST"]],
  [`/google${GOOGLE_PATHS.revoke}`, ["POST"]],
  [`/google${GOOGLE_PATHS.userinfo}`, ["GET"]],
  [`/google${GOOGLE_PATHS.userinfoV2}`, ["GET"]],
  ["/google/oauth2/v3/userinfo", ["GET"]],
  [`/google${GOOGLE_PATHS.certsPem}`, ["GET"]],
  [`/google${GOOGLE_PATHS.certsJwk}`, ["GET"]],
  [`/google${GOOGLE_PATHS.discovery}`, ["GET"]],
  [`/google${GOOGLE_PATHS.world}`, ["GET"]],
  [`/google${GOOGLE_PATHS.clients}`, ["POST"]],
  [`/google${GOOGLE_PATHS.age}`, ["POST"]],
  [`/google${GOOGLE_PATHS.faults}`, ["GET", "POST"]],
  [`/google${GOOGLE_PATHS.appAccess}`, ["POST"]],
  ["/gmail/config", ["GET"]],
  ["/gmail/messages", ["GET", "DELETE"]],
  ["/gmail/faults", ["POST"]],
];

describe("every sandbox route answers any input below 500", () => {
  it.each(ROUTES)(
    `%s (%s) · ${RUNS} runs`,
    async (path, methods) => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...methods, "PUT"),
          query,
          body,
          headers,
          async (method, search, payload, extra) => {
            const init: RequestInit = { method, headers: { ...extra } };
            if (payload && method !== "GET") {
              init.body = payload.data as BodyInit;
              (init.headers as Record<string, string>)["content-type"] = payload.type;
            }
            const res = await app.request(`${ORIGIN}/sandbox${path}?${search}`, init);
            await res.arrayBuffer();
            expect(res.status, `${method} ${path}?${search}`).toBeLessThan(500);
          },
        ),
        { numRuns: RUNS },
      );
    },
    600_000,
  );

  it("still answers real requests afterwards (nothing the fuzzing did broke the emulators)", async () => {
    const res = await app.request(`${ORIGIN}/sandbox/google${GOOGLE_PATHS.discovery}`);
    expect(res.status).toBe(200);
    expect(sandbox.controls.target()).toBeDefined();
  });
});
