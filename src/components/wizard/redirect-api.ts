/**
 * GET /api/redirect-uri for the builder: the problems of the URI Odoo sends, as localized catalog
 * findings. Nothing secret is sent.
 */
import type { Lang } from "../../core/lang.ts";
import { apiJson } from "../shared/fetch.ts";
import { type Finding, isFinding } from "./FindingFix.tsx";

export interface RedirectCheck {
  uri?: string;
  base?: string;
  odooOnline: boolean;
  basePath?: string;
  findings: Finding[];
}

const isCheck = (value: unknown): value is RedirectCheck => {
  const findings = (value as RedirectCheck | null)?.findings;
  return Array.isArray(findings) && findings.every(isFinding);
};

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
  const answer = await apiJson(`/api/redirect-uri?${query}`, isCheck, { signal }, fetcher);
  return answer.ok ? answer.value : undefined;
}
