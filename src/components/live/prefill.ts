/**
 * What the live test form takes from the setup checks stored in this browser (the wizard's entry,
 * src/components/shared/store.ts): the client ID, the sending address and the redirect URI the builder
 * computed for Odoo. Read defensively field by field, so only these three strings are used (the store
 * never holds a secret; none is pre-filled). The key is repeated here rather than imported, so the
 * wizard's store module stays out of this island's JavaScript; prefill.test.ts checks they match.
 */
import type { WizardState } from "../shared/store.ts";
import type { LiveFields } from "./start-body.ts";

export type Prefill = Pick<LiveFields, "clientId" | "email" | "odooRedirectUri">;

type KeyValueStorage = Pick<Storage, "getItem">;

/** The wizard store's localStorage key (STORE_KEY in src/components/shared/store.ts). */
export const WIZARD_KEY = "odoo-gmail-companion:wizard:v1";

const text = (value: unknown, max: number): string =>
  typeof value === "string" && value.length <= max ? value.trim() : "";

export function prefillFrom(stored: unknown): Partial<Prefill> {
  const state = (stored ?? {}) as Partial<Record<keyof WizardState, Record<string, unknown> | undefined>>;
  const prefill: Partial<Prefill> = {};
  const clientId = text(state.client?.clientId, 300);
  if (clientId) prefill.clientId = clientId;
  const email = text(state.consent?.email, 320);
  if (email) prefill.email = email;
  const uri = text(state.redirect?.uri, 2_000);
  if (uri) prefill.odooRedirectUri = uri;
  return prefill;
}

/** The setup checks' entries in this browser, as stored (unknown shape), or undefined. */
export function readWizardEntries(storage: KeyValueStorage | undefined): unknown {
  try {
    return JSON.parse(storage?.getItem(WIZARD_KEY) ?? "null");
  } catch {
    return undefined;
  }
}

/** The form with the pre-filled values in the fields the admin has not typed in yet. */
export function applyPrefill(fields: LiveFields, prefill: Partial<Prefill>): LiveFields {
  const next = { ...fields };
  for (const key of ["clientId", "email", "odooRedirectUri"] as const) {
    const value = prefill[key];
    if (value && !next[key].trim()) next[key] = value;
  }
  return next;
}
