/**
 * Remembers the id of this browser's latest run (never anything else) until the server forgets the
 * run, so the page finds it again when the admin comes back from Odoo's Forbidden page or from Google's
 * error page, even in another tab.
 */
export const LAST_RUN_KEY = "odoo-gmail-companion:live-run:v1";
/** How long the server keeps a run. */
export const RUN_LIFETIME_MS = 15 * 60_000;

type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const RUN_ID = /^[\w-]{1,100}$/;

export function rememberRun(storage: KeyValueStorage | undefined, id: string, now: number): void {
  try {
    storage?.setItem(LAST_RUN_KEY, JSON.stringify({ id, until: now + RUN_LIFETIME_MS }));
  } catch {
    // A browser that refuses storage only loses the way back; the run itself is unaffected.
  }
}

export function recallRun(storage: KeyValueStorage | undefined, now: number): string | undefined {
  try {
    const saved = JSON.parse(storage?.getItem(LAST_RUN_KEY) ?? "null") as { id?: unknown; until?: unknown } | null;
    if (
      typeof saved?.id === "string" &&
      RUN_ID.test(saved.id) &&
      typeof saved.until === "number" &&
      saved.until > now
    ) {
      return saved.id;
    }
    if (saved !== null) storage?.removeItem(LAST_RUN_KEY);
  } catch {
    return undefined;
  }
  return undefined;
}

export function forgetRun(storage: KeyValueStorage | undefined): void {
  try {
    storage?.removeItem(LAST_RUN_KEY);
  } catch {
    // Nothing to undo when storage is refused.
  }
}

/** The `run` parameter of the page address, when it is a plausible run id. */
export function runIdFromSearch(search: string): string | undefined {
  const id = new URLSearchParams(search).get("run");
  return id && RUN_ID.test(id) ? id : undefined;
}
