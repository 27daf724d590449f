/**
 * The errors Google shows on its own page instead of redirecting to the app (google-oauth-gmail.md
 * §2b): each one becomes an `authError` payload for the error page's URL (code, description in the
 * flow's language, help URL, status number, request details), and the page is rendered from that
 * payload alone, with Google's heading, text, "Request details" and code line, in EN or IT.
 */
import type { Lang } from "../../../src/core/lang.ts";
import { returnPanel } from "../run-return.ts";
import type { AuthErrorPayload } from "./auth-error.ts";
import { h, renderPage } from "./html.ts";
import { type TextKey, text } from "./text.ts";

export const FLOW_NAME = "GeneralOAuthFlow";

export type AuthPageError =
  | { error: "redirect_uri_mismatch"; redirectUri: string }
  | { error: "invalid_request"; reason: "oob"; redirectUri: string }
  | { error: "invalid_request"; reason: "missing"; parameter: string }
  | { error: "invalid_request"; reason: "invalid"; parameter: string; value: string }
  | { error: "invalid_scope"; valid: string[]; invalid: string[] }
  | { error: "invalid_client" }
  | { error: "deleted_client" }
  | { error: "access_denied"; app: string }
  | { error: "org_internal"; app: string }
  | { error: "admin_policy_enforced"; domain: string }
  | { error: "disallowed_useragent" };

export type AuthPageErrorCode = AuthPageError["error"];

export const AUTH_ERROR_STATUS: Record<AuthPageErrorCode, 400 | 401 | 403> = {
  redirect_uri_mismatch: 400,
  invalid_request: 400,
  invalid_scope: 400,
  invalid_client: 401,
  deleted_client: 401,
  access_denied: 403,
  org_internal: 403,
  admin_policy_enforced: 400,
  disallowed_useragent: 403,
};

const OAUTH_DOCS = "https://developers.google.com/identity/protocols/oauth2";
/** Field 3 of authError: the help page Google links; the two seen in public values, else the sandbox's choice. */
const DOC_URL: Record<AuthPageErrorCode, string> = {
  redirect_uri_mismatch: `${OAUTH_DOCS}/web-server#authorization-errors-redirect-uri-mismatch`,
  invalid_request: OAUTH_DOCS,
  invalid_scope: OAUTH_DOCS,
  invalid_client: OAUTH_DOCS,
  deleted_client: OAUTH_DOCS,
  access_denied: "https://support.google.com/cloud/answer/10311615",
  org_internal: "https://support.google.com/cloud/answer/10311615",
  admin_policy_enforced: "https://support.google.com/a/answer/7281227",
  disallowed_useragent: `${OAUTH_DOCS}/web-server#authorization-errors-disallowed-useragent`,
};
/** The out-of-band block links Google's policy page (as in a public authError value). */
const POLICY_DOC = "https://support.google.com/accounts/answer/12379384";

/** The payload carried by the error page's URL, its description in the flow's language. */
export function toPayload(e: AuthPageError, lang: Lang = "en"): AuthErrorPayload {
  const payload = (
    description: string,
    details: [string, string][] = [],
    params: Record<string, string> = {},
  ): AuthErrorPayload => ({
    error: e.error,
    description,
    docUrl: DOC_URL[e.error],
    status: AUTH_ERROR_STATUS[e.error],
    details,
    params,
  });
  switch (e.error) {
    case "redirect_uri_mismatch":
      return payload(text(lang, "error.description.redirect-uri", { redirectUri: e.redirectUri }), [
        ["redirect_uri", e.redirectUri],
      ]);
    case "invalid_request":
      if (e.reason === "oob") {
        return {
          ...payload(text(lang, "error.body.secure-policy"), [["redirect_uri", e.redirectUri]]),
          docUrl: POLICY_DOC,
        };
      }
      if (e.reason === "missing") {
        return payload(text(lang, "error.body.missing-parameter", { parameter: e.parameter }), [], {
          parameter: e.parameter,
        });
      }
      return payload(text(lang, "error.body.invalid-parameter", { parameter: e.parameter, value: e.value }), [], {
        parameter: e.parameter,
        value: e.value,
      });
    case "invalid_scope": {
      const scopes = `{valid=[${e.valid.join(", ")}], invalid=[${e.invalid.join(", ")}]}`;
      return payload(text(lang, "error.body.invalid-scope", { scopes }), [], { scopes });
    }
    case "invalid_client":
      return payload(text(lang, "error.body.client-not-found"));
    case "deleted_client":
      return payload(text(lang, "error.body.client-deleted"));
    case "access_denied":
      return payload(text(lang, "error.body.not-verified", { app: e.app }), [], { app: e.app });
    case "org_internal":
      return payload(text(lang, "error.body.org-internal"), [], { app: e.app });
    case "admin_policy_enforced":
      return payload(text(lang, "error.body.admin-policy", { domain: e.domain }), [], { domain: e.domain });
    case "disallowed_useragent":
      return payload(text(lang, "error.body.webview"));
  }
}

interface Content {
  heading: TextKey;
  paragraphs: TextKey[];
}

function contentOf(payload: AuthErrorPayload): Content {
  switch (payload.error as AuthPageErrorCode) {
    case "redirect_uri_mismatch":
      return {
        heading: "error.heading.request-invalid",
        paragraphs: ["error.body.redirect-uri-policy", "error.body.redirect-uri-developer"],
      };
    case "invalid_request": {
      const { parameter, value } = payload.params;
      const paragraph: TextKey =
        parameter === undefined
          ? "error.body.secure-policy"
          : value === undefined
            ? "error.body.missing-parameter"
            : "error.body.invalid-parameter";
      return { heading: "error.heading.authorization", paragraphs: [paragraph] };
    }
    case "invalid_scope":
      return { heading: "error.heading.authorization", paragraphs: ["error.body.invalid-scope"] };
    case "invalid_client":
      return { heading: "error.heading.authorization", paragraphs: ["error.body.client-not-found"] };
    case "deleted_client":
      return { heading: "error.heading.authorization", paragraphs: ["error.body.client-deleted"] };
    case "access_denied":
      return { heading: "error.heading.not-verified", paragraphs: ["error.body.not-verified"] };
    case "org_internal":
      return { heading: "error.heading.org-internal", paragraphs: ["error.body.org-internal"] };
    case "admin_policy_enforced":
      return { heading: "error.heading.authorization", paragraphs: ["error.body.admin-policy"] };
    case "disallowed_useragent":
      return { heading: "error.heading.authorization", paragraphs: ["error.body.webview"] };
    default:
      return { heading: "error.heading.authorization", paragraphs: ["error.body.unreadable"] };
  }
}

/** The page's HTTP status: the code line's number (authError field 4) for the errors the sandbox knows. */
export function statusOf(payload: AuthErrorPayload | undefined): 400 | 401 | 403 {
  return (payload && AUTH_ERROR_STATUS[payload.error as AuthPageErrorCode]) ?? 400;
}

/** The id of the element holding the error's text (what the sandbox's copy button copies). */
export const ERROR_TEXT_ID = "error-text";

/**
 * The error page for a decoded payload (undefined: the link's authError could not be read).
 * `flowName` comes from the page URL and ends the "Request details", as on Google's page. Below
 * Google's text, the sandbox's panel: copy the error, and back to the test run that led here.
 */
export function renderErrorPage(
  lang: Lang,
  payload: AuthErrorPayload | undefined,
  flowName?: string,
  /** Prefix of the links back to the companion ("" on its origin). */
  companionLinks = "",
): string {
  const status = statusOf(payload);
  const panel = returnPanel({
    kind: "google-error",
    lang,
    runId: payload?.params.run,
    origin: companionLinks,
    copyTarget: ERROR_TEXT_ID,
  });
  if (!payload) {
    return renderPage(
      lang,
      h`<div id="${ERROR_TEXT_ID}"><h1>${text(lang, "error.heading.authorization")}</h1><p>${text(lang, "error.body.unreadable")}</p></div>${panel}`,
    );
  }
  const { heading, paragraphs } = contentOf(payload);
  const params = payload.params;
  const items = payload.details.map(([key, value]) => `${key}=${value}`);
  if (flowName) items.push(`flowName=${flowName}`);
  const details = items.join(" ");
  return renderPage(
    lang,
    h`<div id="${ERROR_TEXT_ID}"><h1>${text(lang, heading, params)}</h1>
${paragraphs.map((key) => h`<p>${text(lang, key, params)}</p>`)}
${details ? h`<p class="details">${text(lang, "error.request-details", { details })}</p>` : ""}
<p class="code">${text(lang, "error.code", { status, code: payload.error })}</p></div>${panel}`,
  );
}
