import { describe, expect, it } from "vitest";
import { createWizardStore, EMPTY_STATE, STORE_KEY, type WizardState } from "../shared/store.ts";
import { applyPrefill, prefillFrom, readWizardEntries, WIZARD_KEY } from "./prefill.ts";
import { EMPTY_FIELDS } from "./start-body.ts";

const ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

describe("pre-filling the live test from the setup checks", () => {
  it("reads the wizard store's own key", () => {
    expect(WIZARD_KEY).toBe(STORE_KEY);
  });

  it("takes nothing from an empty store, nothing stored, or junk", () => {
    expect(prefillFrom(EMPTY_STATE)).toEqual({});
    expect(prefillFrom(undefined)).toEqual({});
    expect(prefillFrom({ client: { clientId: 42 }, consent: "x", redirect: { uri: ["a"] } })).toEqual({});
  });

  it("takes the client ID, the address and the builder's redirect URI, as the wizard stored them", () => {
    const storage = memoryStorage();
    const state: WizardState = {
      odooUrl: "https://erp.example.com/erp",
      odooVersion: "19.0",
      redirect: { uri: "https://erp.example.com/erp/google_gmail/confirm" },
      client: { type: "web", clientId: ID, redirectUris: [], javascriptOrigins: [] },
      consent: { testUsers: "", email: " sales@example.com " },
      ticks: [],
    };
    createWizardStore(storage, new EventTarget()).update(state);
    expect(prefillFrom(readWizardEntries(storage))).toEqual({
      clientId: ID,
      email: "sales@example.com",
      odooRedirectUri: "https://erp.example.com/erp/google_gmail/confirm",
    });
  });

  it("survives a broken entry and a refusing storage", () => {
    const storage = memoryStorage();
    storage.setItem(STORE_KEY, "{ broken");
    expect(readWizardEntries(storage)).toBeUndefined();
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(readWizardEntries(refusing)).toBeUndefined();
    expect(readWizardEntries(undefined)).toBeNull();
  });

  it("fills only fields that are still empty", () => {
    const fields = { ...EMPTY_FIELDS, email: "typed@example.com" };
    expect(applyPrefill(fields, { email: "stored@example.com", clientId: ID })).toEqual({
      ...EMPTY_FIELDS,
      email: "typed@example.com",
      clientId: ID,
    });
  });
});
