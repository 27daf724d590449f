/**
 * The finding catalog (GET /api/findings) for the checklists: fetched once per language and kept in
 * memory for every island of the page, plus the hook that gives it to a component.
 */
import { useEffect, useState } from "preact/hooks";
import type { FindingId } from "../../core/findings/ids.ts";
import type { Lang } from "../../core/lang.ts";
import { apiJson } from "../shared/fetch.ts";
import { type Finding, isFinding } from "./FindingFix.tsx";

export type Catalog = ReadonlyMap<FindingId, Finding>;

const catalogs = new Map<Lang, Promise<Catalog | undefined>>();

const hasFindings = (value: unknown): value is { findings: unknown[] } =>
  Array.isArray((value as { findings?: unknown } | null)?.findings);

async function fetchCatalog(lang: Lang, fetcher: typeof fetch): Promise<Catalog | undefined> {
  const answer = await apiJson(`/api/findings?lang=${lang}`, hasFindings, {}, fetcher);
  return answer.ok ? new Map(answer.value.findings.filter(isFinding).map((f) => [f.id, f])) : undefined;
}

/** The catalog in one language, fetched once; a failed fetch is retried on the next call. */
export function loadCatalog(lang: Lang, fetcher: typeof fetch = fetch): Promise<Catalog | undefined> {
  let pending = catalogs.get(lang);
  if (!pending) {
    pending = fetchCatalog(lang, fetcher).then((catalog) => {
      if (!catalog) catalogs.delete(lang);
      return catalog;
    });
    catalogs.set(lang, pending);
  }
  return pending;
}

/** The catalog: undefined while it loads, null when it could not be loaded. */
export function useCatalog(lang: Lang): Catalog | null | undefined {
  const [catalog, setCatalog] = useState<Catalog | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadCatalog(lang).then((loaded) => {
      if (live) setCatalog(loaded ?? null);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  return catalog;
}
