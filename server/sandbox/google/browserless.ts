/**
 * Completes an emulated Google authorization over plain HTTP, for tests without a browser. It takes the
 * same path a browser does: GET the auth URL, follow the redirects inside the sandbox, and submit the
 * account chooser, the unverified-app warning and the consent form with fetch, until Google sends the
 * browser elsewhere (the app's redirect URI) or shows its error page.
 */
import { decodeAuthError } from "./auth-error.ts";
import { GOOGLE_MOUNT, GOOGLE_PATHS, LEGACY_PATHS, mounted } from "./paths.ts";

export interface AuthorizeChoices {
  /** The account picked on the chooser. */
  account: string;
  /** Scopes ticked on a granular consent page (default: every checkbox is ticked). */
  grant?: readonly string[];
  /** On the unverified-app warning: Advanced → "Go to … (unsafe)" (default) or "Back to safety". */
  continueUnverified?: boolean;
  /** Press Cancel on the consent page. */
  cancel?: boolean;
  /** Extra request headers, e.g. accept-language or user-agent. */
  headers?: Record<string, string>;
}

export type AuthorizeOutcome =
  /** Google sent the browser away: to the app's redirect URI (with code or error) normally. */
  | { kind: "redirect"; url: URL; pages: string[] }
  /** Google showed its error page. */
  | { kind: "error-page"; url: URL; status: number; error: string; description: string; pages: string[] };

const MAX_STEPS = 12;

function checkboxScopes(html: string): string[] {
  return [...html.matchAll(/<input type="checkbox" name="scope" value="([^"]*)"/g)].map((m) =>
    (m[1] ?? "")
      .replaceAll("&quot;", '"')
      .replaceAll("&#39;", "'")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&"),
  );
}

export async function authorizeOverHttp(authUrl: string | URL, choices: AuthorizeChoices): Promise<AuthorizeOutcome> {
  let url = new URL(authUrl);
  const origin = url.origin;
  let init: RequestInit = {};
  const pages: string[] = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    const res = await fetch(url, { ...init, headers: { ...choices.headers, ...init.headers }, redirect: "manual" });
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel();
      const next = new URL(res.headers.get("location") ?? "", url);
      if (next.origin !== origin || !next.pathname.startsWith(`${GOOGLE_MOUNT}/`))
        return { kind: "redirect", url: next, pages };
      url = next;
      init = {};
      continue;
    }
    const html = await res.text();
    const path = url.pathname.slice(GOOGLE_MOUNT.length);
    pages.push(path);
    if (path === GOOGLE_PATHS.error || (LEGACY_PATHS.error as readonly string[]).includes(path)) {
      const payload = decodeAuthError(url.searchParams.get("authError") ?? "");
      return {
        kind: "error-page",
        url,
        status: res.status,
        error: payload?.error ?? "",
        description: payload?.description ?? "",
        pages,
      };
    }
    if (res.status !== 200) throw new Error(`The sandbox answered ${res.status} on ${path}.`);
    const form = new URLSearchParams({ flow: url.searchParams.get("flow") ?? "" });
    if (path === GOOGLE_PATHS.chooser) form.set("account", choices.account);
    else if (path === GOOGLE_PATHS.warning)
      form.set("action", choices.continueUnverified === false ? "back" : "continue");
    else if (path === GOOGLE_PATHS.consent) {
      form.set("action", choices.cancel ? "cancel" : "allow");
      const offered = checkboxScopes(html);
      for (const scope of offered) if (!choices.grant || choices.grant.includes(scope)) form.append("scope", scope);
    } else throw new Error(`Unexpected sandbox page ${path}.`);
    url = new URL(mounted(path), origin);
    init = { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } };
  }
  throw new Error(`The authorization did not finish within ${MAX_STEPS} steps.`);
}
