/**
 * What the admin entered and did along the guide's journey, kept in this browser under one versioned
 * localStorage key so the islands pre-fill each other, later steps and the live test, and the journey
 * stepper shows the progress: the setup checks' entries, the steps ticked on "Before you start" and
 * "Set up Odoo", and the result of the last live test that finished here. A same-page event (and the
 * `storage` event between tabs) tells every island of a change. Only the non-secret facts of a client
 * JSON are kept: {type, clientId, redirectUris, javascriptOrigins}; whatever else is found under the
 * key is dropped when it is read, so a client secret can never be stored or restored.
 */
import type { ClientJson, ClientType } from "../../core/client-json/client-json.ts";
import type { ConsentForm } from "../../core/consent/predict.ts";
import type { FindingId } from "../../core/findings/ids.ts";
import { MODES, type Mode, SCENARIOS, type Scenario } from "../../core/live/run.ts";

export const STORE_KEY = "odoo-gmail-companion:wizard:v1";
export const CHANGE_EVENT = "odoo-gmail-companion:wizard-change";
export const ODOO_VERSIONS = ["16.0", "17.0", "18.0", "19.0"] as const;
export type OdooVersionChoice = (typeof ODOO_VERSIONS)[number];

export interface StoredClient {
  type: ClientType;
  clientId?: string;
  redirectUris: string[];
  javascriptOrigins: string[];
}

export interface StoredRedirect {
  /** The exact URI Odoo sends for the Odoo URL and version entered. */
  uri: string;
  /** The problems GET /api/redirect-uri found; absent until it has answered. */
  problems?: FindingId[];
}

/** The consent checklist's entries, as typed. */
export type StoredConsent = ConsentForm;

/** The steps an admin ticks as done: what "Before you start" asks for, then each part of "Set up Odoo". */
export const TICKS = {
  before: ["admin", "account", "address", "version"],
  odoo: ["credentials", "base-url", "server", "connect", "test-connection"],
} as const;
export type TickPage = keyof typeof TICKS;
export type TickId = { [P in TickPage]: `${P}.${(typeof TICKS)[P][number]}` }[TickPage];
export const TICK_IDS = (Object.keys(TICKS) as TickPage[]).flatMap((page) =>
  TICKS[page].map((name) => `${page}.${name}` as TickId),
);

/** The last live test that finished in this browser (never its id, account or secret). */
export interface StoredLiveResult {
  status: "passed" | "warning" | "failed";
  /** A practice run against the sandbox, and its scenario. */
  practice: boolean;
  scenario?: Scenario;
  mode: Mode;
  /** When it finished (ms since the epoch). */
  at: number;
}

export interface WizardState {
  /** The address users open Odoo with (or an odoo.com database name). */
  odooUrl: string;
  /** Self-hosted: what Odoo sends, as pasted (web.base.url, or Google's `redirect_uri=`). */
  odooSends?: string;
  odooVersion?: OdooVersionChoice;
  redirect?: StoredRedirect;
  client?: StoredClient;
  consent: StoredConsent;
  /** The journey steps ticked as done, in TICK_IDS order. */
  ticks: TickId[];
  liveTest?: StoredLiveResult;
}

/** A change to some top-level entries; `undefined` removes one. */
export type WizardPatch = { [K in keyof WizardState]?: WizardState[K] | undefined };

export const EMPTY_STATE: WizardState = { odooUrl: "", consent: { testUsers: "", email: "" }, ticks: [] };

const MAX_TEXT = 2_000;
const MAX_LIST = 100;

const text = (value: unknown, max = MAX_TEXT): string | undefined =>
  typeof value === "string" ? value.slice(0, max) : undefined;
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(0, MAX_LIST) : [];
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
  allowed.find((a) => a === value);
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Only the facts the checker needs; never the secret. */
export function toStoredClient(client: Pick<ClientJson, "type" | "clientId" | "redirectUris" | "javascriptOrigins">) {
  const stored: StoredClient = {
    type: client.type,
    redirectUris: client.redirectUris.slice(0, MAX_LIST),
    javascriptOrigins: client.javascriptOrigins.slice(0, MAX_LIST),
  };
  if (client.clientId !== undefined) stored.clientId = client.clientId.slice(0, 300);
  return stored;
}

/** Rebuilds a state from anything found in storage, keeping only known, well-typed fields. */
export function sanitizeState(value: unknown): WizardState {
  const raw = record(value);
  const state: WizardState = { odooUrl: text(raw.odooUrl) ?? "", consent: { testUsers: "", email: "" }, ticks: [] };
  const version = oneOf(raw.odooVersion, ODOO_VERSIONS);
  if (version) state.odooVersion = version;
  const sends = text(raw.odooSends);
  if (sends) state.odooSends = sends;

  const redirect = record(raw.redirect);
  const uri = text(redirect.uri);
  if (uri) {
    state.redirect = { uri };
    if (Array.isArray(redirect.problems)) state.redirect.problems = texts(redirect.problems) as FindingId[];
  }

  const client = record(raw.client);
  const type = oneOf(client.type, ["web", "installed", "unknown"] as const);
  if (type) {
    const clientId = text(client.clientId, 300);
    state.client = toStoredClient({
      type,
      redirectUris: texts(client.redirectUris),
      javascriptOrigins: texts(client.javascriptOrigins),
      ...(clientId === undefined ? {} : { clientId }),
    });
  }

  const consent = record(raw.consent);
  state.consent = { testUsers: text(consent.testUsers, 10_000) ?? "", email: text(consent.email, 320) ?? "" };
  const accountKind = oneOf(consent.accountKind, ["gmail", "workspace"] as const);
  const userType = oneOf(consent.userType, ["internal", "external"] as const);
  const publishingStatus = oneOf(consent.publishingStatus, ["testing", "production"] as const);
  if (accountKind) state.consent.accountKind = accountKind;
  if (userType) state.consent.userType = userType;
  if (publishingStatus) state.consent.publishingStatus = publishingStatus;

  const ticked = new Set(texts(raw.ticks));
  state.ticks = TICK_IDS.filter((tick) => ticked.has(tick));

  const live = record(raw.liveTest);
  const status = oneOf(live.status, ["passed", "warning", "failed"] as const);
  const mode = oneOf(live.mode, MODES);
  if (status && mode && typeof live.at === "number" && Number.isFinite(live.at)) {
    state.liveTest = { status, practice: live.practice === true, mode, at: live.at };
    const scenario = oneOf(live.scenario, SCENARIOS);
    if (scenario && state.liveTest.practice) state.liveTest.scenario = scenario;
  }
  return state;
}

/** The storage calls the store needs (window.localStorage has them). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface WizardStore {
  read(): WizardState;
  update(patch: WizardPatch): WizardState;
  clear(): void;
  /** Whether entries survive a reload (false when the browser refuses storage). */
  persistent(): boolean;
  subscribe(listener: (state: WizardState) => void): () => void;
}

/**
 * A store over `storage` (or memory when it is missing or refuses to work) announcing changes on
 * `events`; a `storage` event for our key, from another tab, is announced too.
 */
export function createWizardStore(storage: KeyValueStorage | undefined, events: EventTarget): WizardStore {
  let memory = JSON.stringify(EMPTY_STATE);
  let usable = storage !== undefined;
  const load = (): string => {
    if (!usable) return memory;
    try {
      return storage?.getItem(STORE_KEY) ?? JSON.stringify(EMPTY_STATE);
    } catch {
      usable = false;
      return memory;
    }
  };
  const save = (serialized: string | undefined): void => {
    memory = serialized ?? JSON.stringify(EMPTY_STATE);
    if (!usable) return;
    try {
      if (serialized === undefined) storage?.removeItem(STORE_KEY);
      else storage?.setItem(STORE_KEY, serialized);
    } catch {
      usable = false;
    }
  };
  const parse = (serialized: string): WizardState => {
    try {
      return sanitizeState(JSON.parse(serialized));
    } catch {
      return sanitizeState(undefined);
    }
  };
  const announce = () => events.dispatchEvent(new Event(CHANGE_EVENT));

  const store: WizardStore = {
    read: () => parse(load()),
    update(patch) {
      const current = store.read();
      const next = sanitizeState({ ...current, ...patch });
      const serialized = JSON.stringify(next);
      if (serialized !== JSON.stringify(current)) {
        save(serialized);
        announce();
      }
      return next;
    },
    clear() {
      save(undefined);
      announce();
    },
    persistent: () => {
      load();
      return usable;
    },
    subscribe(listener) {
      const onChange = () => listener(store.read());
      const onStorage = (event: Event) => {
        if ((event as StorageEvent).key === STORE_KEY || (event as StorageEvent).key === null) onChange();
      };
      events.addEventListener(CHANGE_EVENT, onChange);
      events.addEventListener("storage", onStorage);
      return () => {
        events.removeEventListener(CHANGE_EVENT, onChange);
        events.removeEventListener("storage", onStorage);
      };
    },
  };
  return store;
}

let shared: WizardStore | undefined;

/** The page's store over window.localStorage (shared by every island of the page). */
export function wizardStore(): WizardStore {
  if (!shared) {
    let storage: KeyValueStorage | undefined;
    try {
      storage = window.localStorage;
    } catch {
      storage = undefined;
    }
    shared = createWizardStore(storage, window);
  }
  return shared;
}

/** The ticks with one tick set or cleared, in TICK_IDS order. */
export function withTick(ticks: readonly TickId[], tick: TickId, done: boolean): TickId[] {
  return TICK_IDS.filter((id) => (id === tick ? done : ticks.includes(id)));
}
