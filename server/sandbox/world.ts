/**
 * The sandbox world: named scenario clients (one per way a Google OAuth setup goes right or wrong),
 * the Google accounts that sign in, and the Workspace organizations they belong to. Client ids and
 * secrets are random per start, in Google's formats; accounts and organizations are fixed, so tests
 * and the Gmail SMTP emulator can name them. A practice run gets its own copy of a scenario client
 * (`mint`): new id and secret, same settings, so the sandbox's controls can act on that run alone.
 */
import type { SandboxAccount } from "./contracts.ts";
import { newClientId, newClientSecret, newLegacyClientSecret, subjectOf } from "./google/formats.ts";

export const COMPANION_CALLBACK_PATH = "/api/live/callback";
/**
 * An Odoo-style redirect URI every Web client registers, on a reserved `.example` name that can
 * never be reached (practice runs use the emulated Odoo's callback on the companion's own origin).
 */
export const ODOO_REDIRECT_URI = "https://odoo.mycompany.example/google_gmail/confirm";
export const OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob";
/** What a Desktop client's JSON lists; any loopback URI is accepted for it. */
export const DESKTOP_REDIRECT_URI = "http://localhost";
export const DEVELOPER_EMAIL = "developer@mycompany.example";

export interface WorldAccount extends SandboxAccount {
  /** Display name on the account chooser and in userinfo. */
  name: string;
  /** Google's stable subject id. */
  sub: string;
}

export const SANDBOX_ACCOUNTS: readonly WorldAccount[] = [
  account({ email: "odoo.tester@gmail.com", name: "Odoo Tester", kind: "gmail", twoStepVerification: true }),
  account({ email: "not.a.tester@gmail.com", name: "Nora Outsider", kind: "gmail", twoStepVerification: false }),
  account({
    email: "giulia.rossi@mycompany.example",
    name: "Giulia Rossi",
    kind: "workspace",
    org: "mycompany.example",
    twoStepVerification: true,
    sendAs: ["sales@mycompany.example"],
  }),
  account({ email: "ops@othercorp.example", name: "Omar Ops", kind: "workspace", org: "othercorp.example" }),
  account({ email: "auditor@strictcorp.example", name: "Anna Auditor", kind: "workspace", org: "strictcorp.example" }),
];

function account(fields: Omit<WorldAccount, "sub">): WorldAccount {
  return { ...fields, sub: subjectOf(fields.email) };
}

/** A Workspace organization and the policies its admin set. */
export interface WorldOrg {
  domain: string;
  /** Client ids the admin blocked (API controls → Manage Third-Party App Access). */
  blockedClientIds: Set<string>;
  /** Session control: refreshing needs a new sign-in once this long has passed since consent. */
  reauthIntervalMs?: number;
}

export const SCENARIO_NAMES = [
  "healthy",
  "testing",
  "missing-test-user",
  "production-unverified",
  "desktop-app",
  "internal-only",
  "deleted-client",
  "admin-blocked",
  "oob-legacy",
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export interface ScenarioClient {
  name: ScenarioName;
  /** The app name on the consent screen (Branding). */
  appName: string;
  developerEmail: string;
  clientId: string;
  clientSecret: string;
  /** The client JSON's top-level key: "web" (Web application) or "installed" (Desktop app). */
  type: "web" | "installed";
  userType: "external" | "internal";
  publishingStatus: "testing" | "in_production";
  verified: boolean;
  testUsers: readonly string[];
  /** The organization owning the project; only Internal clients have one here. */
  org: string | undefined;
  deleted: boolean;
  /** Registered redirect URIs; computed on each call, since the companion's origin is known late. */
  redirectUris(): string[];
  /** True for a practice run's own copy (see `mint`); only those can be driven by the sandbox's controls. */
  minted: boolean;
}

/** At most this many minted clients are kept; the oldest go first. */
export const MAX_MINTED_CLIENTS = 500;

/** GET /sandbox/google/world. */
export interface WorldListing {
  clients: {
    name: string;
    client_id: string;
    client_secret: string;
    type: "web" | "installed";
    redirect_uris: string[];
    user_type: "external" | "internal";
    publishing_status: "testing" | "in_production";
    verified: boolean;
    test_users: string[];
  }[];
  accounts: { email: string; kind: "gmail" | "workspace"; org?: string; send_as?: string[] }[];
}

/** One client as the world listing and POST /sandbox/google/clients show it. */
export type ClientListing = WorldListing["clients"][number];

export interface SandboxWorld {
  readonly clients: readonly ScenarioClient[];
  readonly accounts: readonly WorldAccount[];
  readonly orgs: readonly WorldOrg[];
  clientById(clientId: string): ScenarioClient | undefined;
  clientByName(name: string): ScenarioClient | undefined;
  /** A new client with a scenario's settings and its own id and secret, for one practice run. */
  mint(name: ScenarioName): ScenarioClient;
  /** One client as listed. */
  describe(client: ScenarioClient): ClientListing;
  account(email: string): WorldAccount | undefined;
  org(domain: string | undefined): WorldOrg | undefined;
  listing(): WorldListing;
}

const TEST_USERS = SANDBOX_ACCOUNTS.map((a) => a.email).filter((email) => email !== "not.a.tester@gmail.com");
const SIXTEEN_HOURS_MS = 16 * 60 * 60 * 1000;

export function createSandboxWorld(options: {
  baseUrl: () => string;
  /** More redirect URIs the Web clients register: the emulated Odoo instances' callbacks. */
  extraRedirectUris?: () => string[];
}): SandboxWorld {
  const webUris = () => [
    ...new Set([
      `${options.baseUrl()}${COMPANION_CALLBACK_PATH}`,
      ODOO_REDIRECT_URI,
      ...(options.extraRedirectUris?.() ?? []),
    ]),
  ];
  const client = (name: ScenarioName, fields: Partial<Omit<ScenarioClient, "name" | "clientId">>): ScenarioClient => ({
    name,
    appName: `Odoo Mail (${name})`,
    developerEmail: DEVELOPER_EMAIL,
    clientId: newClientId(),
    clientSecret: newClientSecret(),
    type: "web",
    userType: "external",
    publishingStatus: "in_production",
    verified: true,
    testUsers: [],
    org: undefined,
    deleted: false,
    redirectUris: webUris,
    minted: false,
    ...fields,
  });

  const adminBlocked = client("admin-blocked", {});
  const clients: ScenarioClient[] = [
    client("healthy", {}),
    client("testing", { publishingStatus: "testing", verified: false, testUsers: TEST_USERS }),
    client("missing-test-user", {
      publishingStatus: "testing",
      verified: false,
      testUsers: ["odoo.tester@gmail.com"],
    }),
    client("production-unverified", { verified: false }),
    client("desktop-app", { type: "installed", redirectUris: () => [DESKTOP_REDIRECT_URI] }),
    client("internal-only", { userType: "internal", verified: false, org: "mycompany.example" }),
    client("deleted-client", { deleted: true }),
    adminBlocked,
    client("oob-legacy", {
      type: "installed",
      clientSecret: newLegacyClientSecret(),
      redirectUris: () => [OOB_REDIRECT_URI, DESKTOP_REDIRECT_URI],
    }),
  ];
  const byName = new Map(clients.map((c) => [c.name as string, c]));
  const byId = new Map(clients.map((c) => [c.clientId, c]));
  const accounts = new Map(SANDBOX_ACCOUNTS.map((a) => [a.email, a]));
  const orgs: WorldOrg[] = [
    { domain: "mycompany.example", blockedClientIds: new Set() },
    { domain: "othercorp.example", blockedClientIds: new Set([adminBlocked.clientId]) },
    { domain: "strictcorp.example", blockedClientIds: new Set(), reauthIntervalMs: SIXTEEN_HOURS_MS },
  ];

  const minted: ScenarioClient[] = [];
  const describe = (c: ScenarioClient): ClientListing => ({
    name: c.name,
    client_id: c.clientId,
    client_secret: c.clientSecret,
    type: c.type,
    redirect_uris: c.redirectUris(),
    user_type: c.userType,
    publishing_status: c.publishingStatus,
    verified: c.verified,
    test_users: [...c.testUsers],
  });

  return {
    clients,
    accounts: SANDBOX_ACCOUNTS,
    orgs,
    clientById: (id) => byId.get(id),
    clientByName: (name) => byName.get(name),
    mint(name) {
      const template = byName.get(name);
      if (!template) throw new RangeError(`No scenario client ${name}.`);
      const copy: ScenarioClient = {
        ...template,
        clientId: newClientId(),
        clientSecret: template.name === "oob-legacy" ? newLegacyClientSecret() : newClientSecret(),
        minted: true,
      };
      for (const org of orgs) if (org.blockedClientIds.has(template.clientId)) org.blockedClientIds.add(copy.clientId);
      minted.push(copy);
      byId.set(copy.clientId, copy);
      for (const old of minted.splice(0, Math.max(0, minted.length - MAX_MINTED_CLIENTS))) {
        byId.delete(old.clientId);
        for (const org of orgs) org.blockedClientIds.delete(old.clientId);
      }
      return copy;
    },
    describe,
    account: (email) => accounts.get(email.trim().toLowerCase()),
    org: (domain) => orgs.find((o) => o.domain === domain),
    listing: () => ({
      clients: clients.map(describe),
      accounts: SANDBOX_ACCOUNTS.map(({ email, kind, org, sendAs }) => ({
        email,
        kind,
        ...(org ? { org } : {}),
        ...(sendAs ? { send_as: [...sendAs] } : {}),
      })),
    }),
  };
}
