/**
 * Collects the facts of one probe (src/core/odoo-probe/facts.ts): the public endpoints first
 * (version, callback route), then, with an API key, read-only calls. Every failure becomes a fact,
 * never an exception: the judge (src/core/odoo-probe/evaluate.ts) says what it means. The API key
 * lives only in this call's arguments.
 */

import { MAX_FAILED_MAILS } from "../../src/core/odoo-probe/evaluate.ts";
import type {
  AuthFacts,
  CallbackRoute,
  FailedMail,
  IncomingServer,
  ModuleState,
  OutgoingServer,
  ParameterFacts,
  ProbeFacts,
  VersionFacts,
  ViewFacts,
} from "../../src/core/odoo-probe/facts.ts";
import { readVersionInfo } from "../../src/core/odoo-probe/version-info.ts";
import { readViews } from "../../src/core/odoo-probe/views.ts";
import { type ClientLimits, createProbeClient, ProbeFetchFailure, type ProbeHttpClient } from "./http-client.ts";
import { json2Session, jsonRpcSession, listDatabases, OdooCallError, type OdooSession } from "./odoo-rpc.ts";
import { type ProbeTarget, type ResolvedAddress, readTarget } from "./target.ts";

export interface ProbeInput {
  db?: string | undefined;
  login?: string | undefined;
  apiKey?: string | undefined;
}

export async function collectFacts(
  start: ProbeTarget,
  address: ResolvedAddress,
  limits: ClientLimits,
  input: ProbeInput,
  ca?: string,
): Promise<ProbeFacts> {
  let target = start;
  let client = createProbeClient(target, address, limits, ca);
  const facts: ProbeFacts = { url: target.url, reach: { ok: false, https: target.https }, callbackRoute: "unknown" };

  // Reachability and version: version_info answers on every version; 19.0 also has GET /web/version.
  let info: unknown;
  try {
    let res = await client.request("POST", "/web/webclient/version_info", {
      json: { jsonrpc: "2.0", method: "call", params: {}, id: 1 },
    });
    if (res.status >= 300 && res.status < 400) {
      const moved = movedToHttps(target, String(res.headers.location ?? ""));
      if (!moved) {
        facts.reach = { ok: false, https: target.https, failure: "redirect-off-host", status: res.status };
        return facts;
      }
      target = moved;
      client = createProbeClient(target, address, limits, ca);
      facts.url = target.url;
      res = await client.request("POST", "/web/webclient/version_info", {
        json: { jsonrpc: "2.0", method: "call", params: {}, id: 1 },
      });
      facts.reach.redirectsToHttps = true;
    }
    facts.reach.status = res.status;
    info = parseJsonResult(res.body);
    if (info === undefined) {
      const alt = await client.request("GET", "/web/version");
      info = parseJson(alt.body);
      if (info === undefined) {
        facts.reach = {
          ...facts.reach,
          ok: false,
          failure: res.status >= 400 ? "http-error" : "not-odoo",
          https: target.https,
        };
        return facts;
      }
    }
  } catch (error) {
    const failure = error instanceof ProbeFetchFailure ? error.failure : { kind: "network" as const };
    facts.reach = {
      ok: false,
      https: target.https,
      failure: failure.kind,
      ...(failure.kind === "tls" ? { tlsCode: failure.code } : {}),
    };
    return facts;
  }
  facts.reach = { ...facts.reach, ok: true, https: target.https };
  const version = readVersionInfo(info);
  if (version) facts.version = version;
  facts.callbackRoute = await callbackRoute(client);

  if (!input.apiKey) return facts;
  facts.auth = await authenticate(client, version, input, facts);
  return facts;
}

/** A redirect of the http address to https on the same host (any other redirect is not followed). */
function movedToHttps(target: ProbeTarget, location: string): ProbeTarget | undefined {
  if (target.https || !location) return undefined;
  let next: URL;
  try {
    next = new URL(location, `${target.origin}${target.basePath}/`);
  } catch {
    return undefined;
  }
  if (next.protocol !== "https:" || next.hostname.replace(/^\[|\]$/g, "") !== target.hostname) return undefined;
  return readTarget(`${next.origin}${target.basePath}`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseJsonResult(text: string): unknown {
  const parsed = parseJson(text);
  return typeof parsed === "object" && parsed && "result" in parsed
    ? (parsed as { result: unknown }).result
    : undefined;
}

async function callbackRoute(client: ProbeHttpClient): Promise<CallbackRoute> {
  try {
    const res = await client.request("GET", "/google_gmail/confirm");
    const location = String(res.headers.location ?? "");
    if (res.status >= 300 && res.status < 400 && /\/web\/login/.test(location)) return "present";
    if (res.status === 404) return "absent";
    return "unknown";
  } catch {
    return "unknown";
  }
}

async function openSession(
  client: ProbeHttpClient,
  version: VersionFacts | undefined,
  input: ProbeInput,
  auth: AuthFacts,
): Promise<OdooSession | undefined> {
  const apiKey = input.apiKey ?? "";
  if ((version?.major ?? 0) >= 19) {
    auth.protocol = "json2";
    if (input.db) auth.db = input.db;
    return json2Session(client, input.db, apiKey);
  }
  auth.protocol = "jsonrpc";
  let db = input.db;
  if (!db) {
    const databases = await listDatabases(client).catch(() => [] as string[]);
    if (databases.length > 1) {
      auth.failure = "db-ambiguous";
      auth.databases = databases.slice(0, 20);
      return undefined;
    }
    db = databases[0];
    if (!db) {
      auth.failure = "db-unknown";
      return undefined;
    }
  }
  auth.db = db;
  if (!input.login) {
    auth.failure = "no-login";
    return undefined;
  }
  return jsonRpcSession(client, db, input.login, apiKey);
}

async function authenticate(
  client: ProbeHttpClient,
  version: VersionFacts | undefined,
  input: ProbeInput,
  facts: ProbeFacts,
): Promise<AuthFacts> {
  const auth: AuthFacts = { ok: false };
  let session: OdooSession | undefined;
  try {
    session = await openSession(client, version, input, auth);
  } catch (error) {
    auth.failure = error instanceof OdooCallError && /database/i.test(error.kind) ? "db-unknown" : "rpc-error";
    return auth;
  }
  if (!session) {
    auth.failure ??= "bad-key";
    return auth;
  }
  try {
    const users = (await session.call("res.users", "read", { ids: [session.uid], fields: ["login", "email"] })) as {
      login?: unknown;
      email?: unknown;
    }[];
    auth.login = String(users[0]?.login ?? input.login ?? "");
    auth.email = typeof users[0]?.email === "string" ? users[0].email : "";
  } catch {
    auth.failure = "rpc-error";
    return auth;
  }
  auth.ok = true;
  try {
    facts.params = await readParameters(session);
    auth.admin = true;
  } catch (error) {
    if (error instanceof OdooCallError && error.accessDenied) {
      auth.admin = false;
      return auth;
    }
    auth.failure = "rpc-error";
    auth.ok = false;
    return auth;
  }
  await readAdminFacts(session, (version?.major ?? 0) >= 19, facts);
  return auth;
}

async function readParameters(session: OdooSession): Promise<ParameterFacts> {
  const rows = (await session.call("ir.config_parameter", "search_read", {
    domain: [["key", "in", ["web.base.url", "web.base.url.freeze", "google_gmail_client_id"]]],
    fields: ["key", "value"],
  })) as { key: string; value: unknown }[];
  const value = (key: string) => {
    const row = rows.find((r) => r.key === key);
    return typeof row?.value === "string" ? row.value : "";
  };
  // The secret is counted, never read.
  const secrets = await session.call("ir.config_parameter", "search_count", {
    domain: [
      ["key", "=", "google_gmail_client_secret"],
      ["value", "!=", false],
    ],
  });
  const freeze = value("web.base.url.freeze").trim().toLowerCase();
  return {
    webBaseUrl: value("web.base.url"),
    freeze: freeze !== "" && freeze !== "false" && freeze !== "0",
    clientIdSet: value("google_gmail_client_id").trim() !== "",
    clientSecretSet: Number(secrets) > 0,
  };
}

const ids = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((x): x is number => typeof x === "number") : [];
const text = (value: unknown): string => (typeof value === "string" ? value : "");

async function readAdminFacts(session: OdooSession, is19: boolean, facts: ProbeFacts): Promise<void> {
  const modules = (await session
    .call("ir.module.module", "search_read", { domain: [["name", "=", "google_gmail"]], fields: ["state"] })
    .catch(() => [])) as { state?: unknown }[];
  facts.module = (text(modules[0]?.state) || "absent") as ModuleState;

  const views = (await session
    .call("ir.ui.view", "search_read", {
      domain: [
        ["model", "=", "ir.mail_server"],
        ["type", "=", "form"],
      ],
      fields: ["arch_db"],
    })
    .catch(() => undefined)) as { arch_db?: unknown }[] | undefined;
  if (views) facts.views = readViews(views.map((v) => text(v.arch_db))) satisfies ViewFacts;

  facts.outgoing = await readOutgoing(session, is19).catch(() => []);
  const incoming = await readIncoming(session).catch(() => undefined);
  if (incoming) facts.incoming = incoming;

  const mails = (await session
    .call("mail.mail", "search_read", {
      domain: [["state", "=", "exception"]],
      fields: ["failure_reason"],
      limit: MAX_FAILED_MAILS,
      order: "id desc",
    })
    .catch(() => [])) as { id?: unknown; failure_reason?: unknown }[];
  facts.failedMails = mails
    .map((m): FailedMail => ({ id: Number(m.id) || 0, reason: text(m.failure_reason).slice(0, 4_000) }))
    .filter((m) => m.reason);
}

async function readOutgoing(session: OdooSession, is19: boolean): Promise<OutgoingServer[]> {
  const domain = ["|", ["smtp_authentication", "=", "gmail"], ["smtp_host", "ilike", "gmail"]];
  const withArchived = { domain: [...domain] };
  const fields = [
    "name",
    "smtp_host",
    "smtp_port",
    "smtp_encryption",
    "smtp_user",
    "from_filter",
    "smtp_authentication",
    "active",
  ];
  if (is19) fields.push("owner_user_id");
  const rows = (await session.call("ir.mail_server", "search_read", { ...withArchived, fields, limit: 20 })) as Record<
    string,
    unknown
  >[];
  // Passwords and tokens are found with searches; their values are never read.
  const withPassword = new Set(
    ids(await session.call("ir.mail_server", "search", { domain: [...domain, ["smtp_pass", "!=", false]] })),
  );
  const withToken = new Set(
    ids(
      await session.call("ir.mail_server", "search", {
        domain: [...domain, ["google_gmail_refresh_token", "!=", false]],
      }),
    ),
  );
  const ownerIds = is19
    ? rows.map((r) => (Array.isArray(r.owner_user_id) ? Number(r.owner_user_id[0]) : 0)).filter((x) => x > 0)
    : [];
  const owners = new Map<number, string>();
  if (ownerIds.length > 0) {
    const users = (await session.call("res.users", "read", { ids: ownerIds, fields: ["email"] }).catch(() => [])) as {
      id?: unknown;
      email?: unknown;
    }[];
    for (const user of users) owners.set(Number(user.id), text(user.email));
  }
  return rows.map((row) => {
    const id = Number(row.id);
    const owner = Array.isArray(row.owner_user_id) ? owners.get(Number(row.owner_user_id[0])) : undefined;
    const server: OutgoingServer = {
      id,
      name: text(row.name),
      host: text(row.smtp_host),
      port: Number(row.smtp_port) || 0,
      encryption: text(row.smtp_encryption),
      user: text(row.smtp_user),
      fromFilter: text(row.from_filter),
      authentication: text(row.smtp_authentication),
      active: row.active !== false,
      passwordSet: withPassword.has(id),
      tokenSet: withToken.has(id),
    };
    if (owner) server.ownerEmail = owner;
    return server;
  });
}

async function readIncoming(session: OdooSession): Promise<IncomingServer[]> {
  const domain = ["|", ["server_type", "=", "gmail"], ["server", "ilike", "gmail"]];
  const rows = (await session.call("fetchmail.server", "search_read", {
    domain,
    fields: ["name", "server", "port", "is_ssl", "user", "server_type"],
    limit: 20,
  })) as Record<string, unknown>[];
  const withToken = new Set(
    ids(
      await session.call("fetchmail.server", "search", {
        domain: [...domain, ["google_gmail_refresh_token", "!=", false]],
      }),
    ),
  );
  return rows.map((row) => ({
    id: Number(row.id),
    name: text(row.name),
    host: text(row.server),
    port: Number(row.port) || 0,
    ssl: row.is_ssl === true,
    user: text(row.user),
    serverType: text(row.server_type),
    tokenSet: withToken.has(Number(row.id)),
  }));
}
