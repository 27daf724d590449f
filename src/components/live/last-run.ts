/**
 * Remembers the id of this browser's latest run (and for a practice run its scenario, never anything
 * else) until the server forgets the run, so the page finds it again when the admin comes back from
 * Odoo's Forbidden page or from Google's error page, even in another tab.
 */
import { SCENARIOS, type Scenario } from "./types.ts";

export const LAST_RUN_KEY = "odoo-gmail-companion:live-run:v1";
/** How long the server keeps a run. */
export const RUN_LIFETIME_MS = 15 * 60_000;

type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const RUN_ID = /^[\w-]{1,100}$/;

/** Remembers the run, and for a practice run its scenario (so "Start a new test" can offer the next one). */
export function rememberRun(storage: KeyValueStorage | undefined, id: string, now: number, scenario?: Scenario): void {
  try {
    const saved = scenario ? { id, until: now + RUN_LIFETIME_MS, scenario } : { id, until: now + RUN_LIFETIME_MS };
    storage?.setItem(LAST_RUN_KEY, JSON.stringify(saved));
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

/** The practice scenario of the remembered run, if it was one. */
export function recallScenario(storage: KeyValueStorage | undefined): Scenario | undefined {
  try {
    const saved = JSON.parse(storage?.getItem(LAST_RUN_KEY) ?? "null") as { scenario?: unknown } | null;
    return SCENARIOS.find((scenario) => scenario === saved?.scenario);
  } catch {
    return undefined;
  }
}

/** The scenario after this one, round the list, so a learner goes through all of them in turn. */
export function nextScenario(scenario: Scenario): Scenario {
  return SCENARIOS[(SCENARIOS.indexOf(scenario) + 1) % SCENARIOS.length] ?? scenario;
}

/** The scenario a link asks for with `?practice=…` (the home page's "Practise first"). */
export function practiceFromSearch(search: string): Scenario | undefined {
  const wanted = new URLSearchParams(search).get("practice");
  return SCENARIOS.find((scenario) => scenario === wanted);
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
