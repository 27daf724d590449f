/**
 * The emulated instance's pages: /web/login (a password sign-in that, like Odoo, overwrites an
 * unfrozen web.base.url when an administrator logs in), the outgoing mail server form (badge "Gmail
 * Token Valid" or the Connect button, the old Authorization Code field when the views are stale),
 * the Connect action (`open_google_gmail_uri`'s checks and Google's URL) and the callback
 * /google_gmail/confirm with Odoo's checks in Odoo's order for 16.0–18.0 and for 19.0. When the
 * callback's state is a live test run's (the test, not Odoo, started the sign-in), its answer carries
 * the sandbox's stand-in panel: copy this address, back to the run (run-return.ts).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context, Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { type Lang, pickLang } from "../../../src/core/lang.ts";
import { escapeHtml } from "../google/html.ts";
import { COPY_SCRIPT_SOURCE, returnPanel, runIdFromState } from "../run-return.ts";
import type { OdooRecord } from "./orm.ts";
import { checkCredentials } from "./rpc.ts";
import { ODOO_TEXT, type OdooTextKey } from "./text.ts";
import type { OdooInstanceState, OdooUser } from "./world.ts";

/** What the callback needs from the Google emulator: its HTTP app, called in process. */
export interface GoogleLink {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
  /** Where browsers reach the Google emulator's authorization page. */
  authUrl(): string;
}

/** Werkzeug's Forbidden, as Odoo answers it (in English whatever the user's language). */
const FORBIDDEN_BODY = `<h1 lang="en">Forbidden</h1>
<p lang="en">You don&#39;t have the permission to access the requested resource. It is either read-protected or not readable by the server.</p>
`;
const FORBIDDEN_PAGE = `<!doctype html>
<html lang=en>
<title>403 Forbidden</title>
${FORBIDDEN_BODY}`;

const MAIL_SCOPE = "https://mail.google.com/";
const USERINFO_SCOPE = "https://www.googleapis.com/auth/userinfo.email";

export interface WebOptions {
  state: OdooInstanceState;
  /** The path the instance is mounted under ("" on its own listener). */
  basePath: string;
  google: GoogleLink;
  /** The companion's origin, for links to its pages from the instance's own listener. */
  companionOrigin: () => string;
  /** Prefix of those links from the mounted instance: "" when the sandbox shares the companion's origin. */
  mountedLinks?: () => string;
}

/** Pages with the stand-in panel run its copy script, and nothing else. */
const STAND_IN_CSP = `default-src 'none'; script-src ${COPY_SCRIPT_SOURCE}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

interface Session {
  userId: number;
  lang: Lang;
}

export function csrfToken(state: OdooInstanceState, model: string, id: number): string {
  return createHmac("sha256", state.databaseSecret)
    .update(JSON.stringify(["google_gmail_oauth", model, id]))
    .digest("hex");
}

/** The redirect URI this instance sends: 16.0–18.0 drop a path of web.base.url, 19.0 keeps it. */
export function instanceRedirectUri(state: OdooInstanceState): string {
  const base = new URL(state.param("web.base.url") || "http://localhost:8069");
  const path = state.spec.version === "19.0" ? base.pathname.replace(/\/+$/, "") : "";
  return `${base.origin}${path}/google_gmail/confirm`;
}

export function mountWeb(app: Hono, options: WebOptions): void {
  const { state, basePath, google } = options;
  const sessions = new Map<string, Session>();
  const is19 = state.spec.version === "19.0";
  const cookie = `session_id`;

  const requestLang = (c: Context) => pickLang(c.req.header("accept-language"), c.req.query("lang"));
  const sessionOf = (c: Context): { session: Session; user: OdooUser } | undefined => {
    const session = sessions.get(getCookie(c, cookie) ?? "");
    const user = session && state.users.find((u) => u.id === session.userId);
    if (session && user) return { session, user };
    const admin = state.spec.signedInAsAdmin ? state.users.find((u) => u.admin) : undefined;
    return admin ? { session: { userId: admin.id, lang: requestLang(c) }, user: admin } : undefined;
  };
  const langOf = (c: Context) => sessionOf(c)?.session.lang ?? requestLang(c);
  /** A page of the instance; `standIn` (the panel's HTML) adds the sandbox's stand-in panel and its CSP. */
  const page = (
    c: Context,
    lang: Lang,
    title: string,
    body: string,
    status: 200 | 400 | 403 = 200,
    standIn?: string,
  ) => {
    const t = (key: OdooTextKey, p?: Record<string, string>) => ODOO_TEXT.text(lang, key, p);
    return c.html(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head><body><p role="note" data-sandbox-banner>${escapeHtml(t("banner", { version: state.spec.version, name: state.spec.name }))}</p><main>${body}${standIn ?? ""}</main></body></html>`,
      status,
      standIn ? { "content-security-policy": STAND_IN_CSP, "cache-control": "no-store" } : {},
    );
  };
  const titled = (title: string) => `${title} | Odoo`;
  const errorPage = (c: Context, lang: Lang, message: string, back: string, standIn?: string) =>
    page(
      c,
      lang,
      titled(ODOO_TEXT.text(lang, "error.title")),
      `<div role="alert" class="alert alert-danger">${escapeHtml(message)}</div><a href="${escapeHtml(back)}">${escapeHtml(ODOO_TEXT.text(lang, "error.back"))}</a>`,
      200,
      standIn,
    );
  const loginRedirect = (c: Context) => {
    const url = new URL(c.req.url);
    const here = `${url.pathname}${url.search}`;
    return c.redirect(`${basePath}/web/login?redirect=${encodeURIComponent(here)}`, 303);
  };
  const formUrl = (id: number) =>
    ["16.0", "17.0"].includes(state.spec.version)
      ? `${basePath}/web?#id=${id}&model=ir.mail_server&view_type=form`
      : `${basePath}/odoo/ir.mail_server/${id}`;

  app.get("/web/login", (c) => {
    const lang = langOf(c);
    const t = (key: OdooTextKey) => escapeHtml(ODOO_TEXT.text(lang, key));
    const redirect = escapeHtml(c.req.query("redirect") ?? "");
    return page(
      c,
      lang,
      titled(ODOO_TEXT.text(lang, "login.title")),
      `<form method="post" action="${basePath}/web/login"><input type="hidden" name="redirect" value="${redirect}"><label>${t("login.email")} <input name="login" autocomplete="username"></label><label>${t("login.password")} <input name="password" type="password" autocomplete="current-password"></label><button type="submit">${t("login.submit")}</button></form>`,
    );
  });

  app.post("/web/login", async (c) => {
    const form = await c.req.parseBody();
    const lang = langOf(c);
    const user = checkCredentials(state, String(form.login ?? ""), String(form.password ?? ""), false);
    if (!user)
      return page(
        c,
        lang,
        titled(ODOO_TEXT.text(lang, "login.title")),
        `<p role="alert">${escapeHtml(ODOO_TEXT.text(lang, "login.wrong"))}</p>`,
        400,
      );
    const id = randomBytes(20).toString("hex");
    sessions.set(id, { userId: user.id, lang });
    setCookie(c, cookie, id, { path: basePath || "/", httpOnly: true, sameSite: "Lax" });
    // Odoo's res.users authenticate: an administrator's interactive login sets web.base.url to the
    // address it came through, unless web.base.url.freeze is set.
    if (user.admin && !state.param("web.base.url.freeze")) {
      const url = new URL(c.req.url);
      state.setParam("web.base.url", `${url.origin}${basePath}`);
    }
    const redirect = String(form.redirect ?? "");
    const target = redirect.startsWith(`${basePath}/`) && !redirect.startsWith("//") ? redirect : `${basePath}/odoo`;
    return c.redirect(target, 303);
  });

  const servers = () => state.database.table("ir.mail_server");
  const formPage = (c: Context) => {
    const found = sessionOf(c);
    if (!found) return loginRedirect(c);
    const lang = found.session.lang;
    const t = (key: OdooTextKey) => escapeHtml(ODOO_TEXT.text(lang, key));
    const stale = state.database
      .table("ir.ui.view")
      .some((v) => String(v.arch_db).includes("google_gmail_authorization_code"));
    const credentials = Boolean(state.param("google_gmail_client_id") && state.param("google_gmail_client_secret"));
    const wanted = Number(c.req.param("id") ?? 0);
    const list = servers().filter((s) => !wanted || s.id === wanted);
    const forms = list.map((s) => serverForm(s, t, stale, credentials)).join("");
    return page(c, lang, titled(ODOO_TEXT.text(lang, "form.title")), `<h1>${t("form.title")}</h1>${forms}`);
  };
  const serverForm = (s: OdooRecord, t: (key: OdooTextKey) => string, stale: boolean, credentials: boolean) => {
    const gmail = s.smtp_authentication === "gmail";
    let gmailPart = "";
    if (gmail && stale) {
      gmailPart = `<label>${t("form.authorization-code")} <input name="google_gmail_authorization_code"></label> <a href="${basePath}/google_gmail/connect/${s.id}?stale=1">${t("form.get-code")}</a>`;
    } else if (gmail && s.google_gmail_refresh_token) {
      gmailPart = `<span class="badge text-bg-success" data-token-valid>${t("form.token-valid")}</span>`;
    } else if (gmail && credentials) {
      gmailPart = `<a class="btn-link" href="${basePath}/google_gmail/connect/${s.id}" data-connect>${t("form.connect")}</a>`;
    } else if (gmail) {
      gmailPart = `<p role="alert" class="alert alert-warning">${t("form.setup-credentials")}</p>`;
    }
    const auth = gmail ? t("form.auth-gmail") : t("form.auth-login");
    return `<section data-server="${s.id}"><h2>${escapeHtml(String(s.name))}</h2><dl><dt>${t("form.host")}</dt><dd>${escapeHtml(String(s.smtp_host))}</dd><dt>${t("form.port")}</dt><dd>${escapeHtml(String(s.smtp_port))}</dd><dt>${t("form.encryption")}</dt><dd>${escapeHtml(String(s.smtp_encryption))}</dd><dt>${t("form.user")}</dt><dd>${escapeHtml(String(s.smtp_user))}</dd><dt>${t("form.auth")}</dt><dd>${auth}</dd></dl>${gmailPart}</section>`;
  };
  app.get("/web", formPage);
  app.get("/odoo", formPage);
  app.get("/odoo/ir.mail_server/:id", formPage);

  // The Connect button (open_google_gmail_uri): the form is saved first (Odoo's constraints), then
  // admin rights and credentials are checked, then the browser goes to Google.
  app.get("/google_gmail/connect/:id", (c) => {
    const found = sessionOf(c);
    if (!found) return loginRedirect(c);
    const { user, session } = found;
    const lang = session.lang;
    const server = servers().find((s) => s.id === Number(c.req.param("id")));
    const back = `${basePath}/odoo`;
    if (!server) return errorPage(c, lang, ODOO_TEXT.text(lang, "error.auth-19"), back);
    const name = String(server.name);
    if (server.smtp_pass) return errorPage(c, lang, ODOO_TEXT.text(lang, "error.password", { name }), back);
    if (server.smtp_encryption !== "starttls")
      return errorPage(c, lang, ODOO_TEXT.text(lang, "error.encryption", { name }), back);
    if (!user.admin && !is19) return errorPage(c, lang, ODOO_TEXT.text(lang, "error.only-admin"), back);
    const clientId = state.param("google_gmail_client_id");
    if (!clientId || !state.param("google_gmail_client_secret"))
      return errorPage(c, lang, ODOO_TEXT.text(lang, "error.credentials"), back);
    const stale = c.req.query("stale") === "1";
    const oauthState = JSON.stringify({
      model: "ir.mail_server",
      id: stale ? false : server.id,
      csrf_token: stale ? false : csrfToken(state, "ir.mail_server", server.id),
    });
    const params = new URLSearchParams({
      client_id: clientId,
      redirect_uri: instanceRedirectUri(state),
      response_type: "code",
      scope: is19 ? `${MAIL_SCOPE} ${USERINFO_SCOPE}` : MAIL_SCOPE,
      access_type: "offline",
      prompt: "consent",
      state: oauthState,
    });
    return c.redirect(`${google.authUrl()}?${params}`, 303);
  });

  app.get("/google_gmail/confirm", async (c) => {
    const found = sessionOf(c);
    if (!found) return loginRedirect(c);
    const { user, session } = found;
    const lang = session.lang;
    // A live test run started this sign-in: Odoo's answer, with the sandbox's way back to the run.
    const run = runIdFromState(c.req.query("state"));
    const standIn = run
      ? returnPanel({
          kind: "odoo",
          lang,
          runId: run,
          origin: basePath ? (options.mountedLinks?.() ?? "") : options.companionOrigin(),
        }).value
      : undefined;
    const forbidden = () =>
      standIn ? page(c, lang, "403 Forbidden", FORBIDDEN_BODY, 403, standIn) : c.html(FORBIDDEN_PAGE, 403);
    // 16.0–18.0: only Settings administrators, before anything else.
    if (!is19 && !user.admin) return forbidden();
    if (c.req.query("error")) {
      if (is19) return errorPage(c, lang, ODOO_TEXT.text(lang, "error.auth-19"), `${basePath}/odoo`, standIn);
      const message = ODOO_TEXT.text(lang, "error.auth-16");
      return standIn ? page(c, lang, "Odoo", `<p>${escapeHtml(message)}</p>`, 200, standIn) : c.html(message);
    }
    let parsed: { model?: unknown; id?: unknown; csrf_token?: unknown };
    try {
      parsed = JSON.parse(c.req.query("state") ?? "") as typeof parsed;
      if (!("model" in parsed && "id" in parsed && "csrf_token" in parsed)) return forbidden();
    } catch {
      return forbidden();
    }
    if (parsed.model !== "ir.mail_server" && parsed.model !== "fetchmail.server") return forbidden();
    const table = state.database.models.get(String(parsed.model)) ?? [];
    const record = table.find((r) => r.id === Number(parsed.id));
    if (!record) return forbidden();
    const expected = Buffer.from(csrfToken(state, String(parsed.model), record.id));
    const given = Buffer.from(typeof parsed.csrf_token === "string" ? parsed.csrf_token : "");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return forbidden();

    // Token exchange with the Google emulator (Odoo: 5 s, form-encoded, redirect_uri recomputed).
    const tokenResponse = await google.request("/token", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        client_id: state.param("google_gmail_client_id"),
        client_secret: state.param("google_gmail_client_secret"),
        grant_type: "authorization_code",
        redirect_uri: instanceRedirectUri(state),
        code: c.req.query("code") ?? "",
      }).toString(),
    });
    const back = formUrl(record.id);
    if (!tokenResponse.ok) {
      return is19
        ? errorPage(c, lang, ODOO_TEXT.text(lang, "error.token"), back)
        : c.html(ODOO_TEXT.text(lang, "error.auth-16"));
    }
    const tokens = (await tokenResponse.json()) as {
      access_token?: string;
      refresh_token?: string;
      expires_in?: number;
    };
    // No refresh token: Odoo's KeyError, an internal server error.
    if (!tokens.refresh_token || !tokens.access_token) return c.text("Internal Server Error", 500);

    if (is19 && parsed.model === "ir.mail_server" && (record.owner_user_id || !user.admin)) {
      const info = await userinfo(google, tokens.access_token);
      if (!info) return forbidden();
      if (!info.verified || info.email.toLowerCase() !== String(record.smtp_user).toLowerCase()) {
        return errorPage(
          c,
          lang,
          ODOO_TEXT.text(lang, "error.mismatch", { login: info.email, server: String(record.smtp_user) }),
          back,
        );
      }
    }
    record.google_gmail_refresh_token = tokens.refresh_token;
    record.google_gmail_access_token = tokens.access_token;
    record.google_gmail_access_token_expiration = Math.floor(Date.now() / 1000) + (tokens.expires_in ?? 3599);
    return c.redirect(back, 303);
  });
}

/** Google's userinfo as Odoo 19.0 reads it: v2 with `verified_email` (v1's `email_verified` as a fallback). */
async function userinfo(
  google: GoogleLink,
  accessToken: string,
): Promise<{ email: string; verified: boolean } | undefined> {
  const v2 = await google.request(`/oauth2/v2/userinfo?access_token=${encodeURIComponent(accessToken)}`);
  if (v2.ok) {
    const body = (await v2.json()) as { email?: string; verified_email?: boolean };
    return { email: body.email ?? "", verified: body.verified_email === true };
  }
  if (v2.status !== 404) return undefined;
  const v1 = await google.request("/v1/userinfo", { headers: { authorization: `Bearer ${accessToken}` } });
  if (!v1.ok) return undefined;
  const body = (await v1.json()) as { email?: string; email_verified?: boolean };
  return { email: body.email ?? "", verified: body.email_verified === true };
}
