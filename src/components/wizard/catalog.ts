/**
 * The finding catalog (GET /api/findings) for the checklists: fetched once per language and kept in
 * memory for every island of the page, plus the hook that gives it to a component.
 */
import { useEffect, useState } from "preact/hooks";
import type { FindingId } from "../../core/findings/ids.ts";
import type { Lang } from "../../core/lang.ts";
import { type Finding, isFinding } from "./FindingFix.tsx";

export type Catalog = ReadonlyMap<FindingId, Finding>;

const TIMEOUT_MS = 10_000;

const catalogs = new Map<Lang, Promise<Catalog | undefined>>();

async function fetchCatalog(lang: Lang, fetcher: typeof fetch): Promise<Catalog | undefined> {
  try {
    const response = await fetcher(`/api/findings?lang=${lang}`, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { findings?: unknown };
    if (!Array.isArray(body.findings)) return undefined;
    return new Map(body.findings.filter(isFinding).map((f) => [f.id, f]));
  } catch {
    return undefined;
  }
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
