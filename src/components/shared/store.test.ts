import { describe, expect, it } from "vitest";
import {
  CHANGE_EVENT,
  createWizardStore,
  EMPTY_STATE,
  type KeyValueStorage,
  STORE_KEY,
  sanitizeState,
  toStoredClient,
  withTick,
} from "./store.ts";

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const SECRET = "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";
const CLIENT_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";

function setup(storage: KeyValueStorage | undefined = new MemoryStorage()) {
  const events = new EventTarget();
  const store = createWizardStore(storage, events);
  let changes = 0;
  events.addEventListener(CHANGE_EVENT, () => {
    changes += 1;
  });
  return { store, events, storage, changes: () => changes };
}

describe("wizard store", () => {
  it("starts empty and keeps entries under one versioned key", () => {
    const storage = new MemoryStorage();
    const { store } = setup(storage);
    expect(store.read()).toEqual(EMPTY_STATE);
    store.update({ odooUrl: "https://erp.example.com", odooVersion: "17.0" });
    expect([...storage.items.keys()]).toEqual([STORE_KEY]);
    expect(STORE_KEY).toBe("odoo-gmail-companion:wizard:v1");
    expect(createWizardStore(storage, new EventTarget()).read()).toMatchObject({
      odooUrl: "https://erp.example.com",
      odooVersion: "17.0",
    });
  });

  it("announces a change once, and nothing when nothing changed", () => {
    const { store, changes } = setup();
    store.update({ odooUrl: "mycompany" });
    store.update({ odooUrl: "mycompany" });
    expect(changes()).toBe(1);
    store.clear();
    expect(changes()).toBe(2);
  });

  it("tells subscribers the new state, also for a storage event from another tab", () => {
    const storage = new MemoryStorage();
    const { store, events } = setup(storage);
    const seen: string[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state.odooUrl));
    store.update({ odooUrl: "a" });
    storage.setItem(STORE_KEY, JSON.stringify({ odooUrl: "b" }));
    const other = new Event("storage") as Event & { key: string };
    Object.defineProperty(other, "key", { value: STORE_KEY });
    events.dispatchEvent(other);
    const unrelated = new Event("storage");
    Object.defineProperty(unrelated, "key", { value: "starlight-theme" });
    events.dispatchEvent(unrelated);
    unsubscribe();
    store.update({ odooUrl: "c" });
    expect(seen).toEqual(["a", "b"]);
  });

  it("removes an entry patched with undefined and forgets everything on clear", () => {
    const storage = new MemoryStorage();
    const { store } = setup(storage);
    store.update({ odooUrl: "x", redirect: { uri: "https://x.odoo.com/google_gmail/confirm" } });
    expect(store.update({ redirect: undefined }).redirect).toBeUndefined();
    store.clear();
    expect(storage.items.size).toBe(0);
    expect(store.read()).toEqual(EMPTY_STATE);
  });

  it("never stores a client secret, even when handed one", () => {
    const storage = new MemoryStorage();
    const { store } = setup(storage);
    const parsed = {
      type: "web" as const,
      clientId: CLIENT_ID,
      hasSecret: true,
      secretLooksRedacted: false,
      secretFormatOk: true,
      redirectUris: ["https://erp.example.com/google_gmail/confirm"],
      javascriptOrigins: [],
      client_secret: SECRET,
    };
    store.update({ client: toStoredClient(parsed) });
    // A careless caller passing the whole object, secret included, is stripped too.
    store.update({ client: parsed as never });
    const raw = storage.getItem(STORE_KEY) ?? "";
    expect(raw).not.toContain("GOCSPX");
    expect(raw).not.toMatch(/secret/i);
    expect(JSON.parse(raw).client).toEqual({
      type: "web",
      clientId: CLIENT_ID,
      redirectUris: ["https://erp.example.com/google_gmail/confirm"],
      javascriptOrigins: [],
    });
  });

  it("works in memory when the browser refuses storage", () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      removeItem: () => undefined,
    };
    const { store } = setup(refusing);
    expect(store.persistent()).toBe(false);
    store.update({ odooUrl: "mycompany" });
    expect(store.read().odooUrl).toBe("mycompany");
    expect(createWizardStore(undefined, new EventTarget()).persistent()).toBe(false);
  });

  it("survives garbage under its key", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORE_KEY, "{not json");
    expect(setup(storage).store.read()).toEqual(EMPTY_STATE);
  });
});

describe("sanitizeState", () => {
  it("keeps only known, well-typed fields", () => {
    const state = sanitizeState({
      odooUrl: "https://erp.example.com",
      odooVersion: "15.0",
      password: "hunter2",
      redirect: { uri: "https://erp.example.com/google_gmail/confirm", problems: ["redirect-uri-insecure-http", 3] },
      client: {
        type: "installed",
        clientId: 42,
        client_secret: SECRET,
        redirectUris: ["http://localhost", 7],
        javascriptOrigins: "nope",
      },
      consent: {
        accountKind: "yahoo",
        userType: "external",
        publishingStatus: "testing",
        testUsers: "a@b.co",
        email: 1,
      },
    });
    expect(state).toEqual({
      odooUrl: "https://erp.example.com",
      redirect: { uri: "https://erp.example.com/google_gmail/confirm", problems: ["redirect-uri-insecure-http"] },
      client: { type: "installed", redirectUris: ["http://localhost"], javascriptOrigins: [] },
      consent: { userType: "external", publishingStatus: "testing", testUsers: "a@b.co", email: "" },
      ticks: [],
    });
    expect(JSON.stringify(state)).not.toContain("GOCSPX");
  });

  it("keeps known ticks in their order and a well-formed last live test, nothing else of them", () => {
    const state = sanitizeState({
      ticks: ["odoo.server", "odoo.nope", "before.admin", 4, "odoo.server"],
      liveTest: { status: "passed", practice: true, scenario: "healthy", mode: "odoo", at: 1_700_000_000_000, id: "x" },
    });
    expect(state.ticks).toEqual(["before.admin", "odoo.server"]);
    expect(state.liveTest).toEqual({
      status: "passed",
      practice: true,
      scenario: "healthy",
      mode: "odoo",
      at: 1_700_000_000_000,
    });
    expect(sanitizeState({ liveTest: { status: "waiting", mode: "odoo", at: 1 } }).liveTest).toBeUndefined();
    expect(
      sanitizeState({ liveTest: { status: "failed", practice: false, scenario: "healthy", mode: "direct", at: 2 } })
        .liveTest,
    ).toEqual({
      status: "failed",
      practice: false,
      mode: "direct",
      at: 2,
    });
  });

  it("sets and clears one tick at a time", () => {
    expect(withTick([], "odoo.connect", true)).toEqual(["odoo.connect"]);
    expect(withTick(["odoo.connect", "before.admin"], "odoo.server", true)).toEqual([
      "before.admin",
      "odoo.server",
      "odoo.connect",
    ]);
    expect(withTick(["before.admin", "odoo.server"], "before.admin", false)).toEqual(["odoo.server"]);
  });

  it("returns the empty state for anything that is not an object", () => {
    for (const value of [null, undefined, 3, "x", [1]]) expect(sanitizeState(value)).toEqual(EMPTY_STATE);
  });
});
