/**
 * GET /api/redirect-uri for the builder: the problems of the URI Odoo sends, as localized catalog
 * findings. Nothing secret is sent.
 */
import type { Lang } from "../../core/lang.ts";
import { type Finding, isFinding } from "./FindingFix.tsx";

export interface RedirectCheck {
  uri?: string;
  base?: string;
  odooOnline: boolean;
  basePath?: string;
  findings: Finding[];
}

const TIMEOUT_MS = 10_000;

/** The URI's problems; undefined when the API could not be reached or answered an error. */
export async function checkRedirectUri(
  odooUrl: string,
  odooVersion: string,
  lang: Lang,
  signal?: AbortSignal,
  fetcher: typeof fetch = fetch,
): Promise<RedirectCheck | undefined> {
  const query = new URLSearchParams({ odooUrl, lang });
  if (odooVersion) query.set("odooVersion", odooVersion);
  try {
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    const response = await fetcher(`/api/redirect-uri?${query}`, {
      headers: { accept: "application/json" },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as RedirectCheck;
    return Array.isArray(body.findings) && body.findings.every(isFinding) ? body : undefined;
  } catch {
    return undefined;
  }
}
