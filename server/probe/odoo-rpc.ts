/**
 * Read-only calls to an Odoo instance with an API key: JSON-RPC's `common.authenticate` and
 * `object.execute_kw` for 16.0–18.0, `POST /json/2/<model>/<method>` with a bearer key for 19.0
 * (XML-RPC and JSON-RPC are deprecated there). Never `/web/session/authenticate`: an administrator's
 * interactive login overwrites web.base.url with the caller's address unless it is frozen.
 * Only search, search_read, search_count and read are ever called.
 */
import type { ProbeHttpClient } from "./http-client.ts";

/** Odoo answered the call with an error (access rights, unknown model or field…). */
export class OdooCallError extends Error {
  override readonly name = "OdooCallError";
  /** Odoo's exception name, e.g. "odoo.exceptions.AccessError", or an HTTP status for JSON-2. */
  readonly kind: string;
  readonly status: number;
  constructor(kind: string, status = 200) {
    super(kind);
    this.kind = kind;
    this.status = status;
  }
  get accessDenied(): boolean {
    return /AccessError|AccessDenied/.test(this.kind) || this.status === 403;
  }
  get unknownModel(): boolean {
    return this.status === 404 || /KeyError|doesn't exist|does not exist/i.test(this.kind);
  }
}

type Domain = unknown[];
export type ReadMethod = "search" | "search_read" | "search_count" | "read" | "context_get";
export interface ReadKwargs {
  fields?: string[];
  limit?: number;
  order?: string;
}

export interface OdooSession {
  uid: number;
  call(model: string, method: ReadMethod, args: { domain?: Domain; ids?: number[] } & ReadKwargs): Promise<unknown>;
}

interface JsonRpcAnswer {
  result?: unknown;
  error?: { message?: string; data?: { name?: string; message?: string } };
}

async function jsonRpc(client: ProbeHttpClient, path: string, params: unknown): Promise<unknown> {
  const res = await client.request("POST", path, { json: { jsonrpc: "2.0", method: "call", params, id: 1 } });
  let answer: JsonRpcAnswer;
  try {
    answer = JSON.parse(res.body) as JsonRpcAnswer;
  } catch {
    throw new OdooCallError(`http-${res.status}`, res.status);
  }
  if (answer.error) throw new OdooCallError(String(answer.error.data?.name ?? answer.error.message ?? "error"));
  return answer.result;
}

/** The databases this Odoo lists (fails when the list is disabled). */
export async function listDatabases(client: ProbeHttpClient): Promise<string[]> {
  const result = await jsonRpc(client, "/jsonrpc", { service: "db", method: "list", args: [] });
  return Array.isArray(result) ? result.filter((x): x is string => typeof x === "string") : [];
}

/** JSON-RPC (16.0–18.0): authenticate, then execute_kw. Undefined when the login or key is refused. */
export async function jsonRpcSession(
  client: ProbeHttpClient,
  db: string,
  login: string,
  apiKey: string,
): Promise<OdooSession | undefined> {
  const uid = await jsonRpc(client, "/jsonrpc", {
    service: "common",
    method: "authenticate",
    args: [db, login, apiKey, {}],
  });
  if (typeof uid !== "number" || uid <= 0) return undefined;
  return {
    uid,
    call(model, method, { domain, ids, ...kwargs }) {
      const args = method === "read" ? [ids ?? []] : method === "context_get" ? [] : [domain ?? []];
      return jsonRpc(client, "/jsonrpc", {
        service: "object",
        method: "execute_kw",
        args: [db, uid, apiKey, model, method, args, kwargs],
      });
    },
  };
}

/** JSON-2 (19.0): every call carries the key as a bearer token; the user comes from context_get. */
export async function json2Session(
  client: ProbeHttpClient,
  db: string | undefined,
  apiKey: string,
): Promise<OdooSession | undefined> {
  const headers: Record<string, string> = { authorization: `bearer ${apiKey}` };
  if (db) headers["x-odoo-database"] = db;
  const call: OdooSession["call"] = async (model, method, { domain, ids, ...kwargs }) => {
    const body = { ...(ids ? { ids } : {}), ...(domain ? { domain } : {}), ...kwargs };
    const res = await client.request("POST", `/json/2/${model}/${method}`, { json: body, headers });
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      throw new OdooCallError(`http-${res.status}`, res.status);
    }
    if (res.status >= 400) {
      const name =
        typeof parsed === "object" && parsed && "name" in parsed ? String((parsed as { name: unknown }).name) : "";
      throw new OdooCallError(name || `http-${res.status}`, res.status);
    }
    return parsed;
  };
  let context: unknown;
  try {
    context = await call("res.users", "context_get", {});
  } catch (error) {
    if (error instanceof OdooCallError && error.status === 401) return undefined;
    throw error;
  }
  const uid =
    typeof context === "object" && context && "uid" in context ? Number((context as { uid: unknown }).uid) : 0;
  return { uid: Math.max(uid, 0), call };
}
