/**
 * The emulated instance's API: `/web/webclient/version_info`, 19.0's `GET /web/version`, JSON-RPC
 * `/jsonrpc` (common.version, common.authenticate with a password or an API key, db.list,
 * object.execute_kw) and 19.0's `POST /json/2/<model>/<method>` with a bearer API key. Answers and
 * errors have Odoo's shapes; only the read methods of orm.ts exist.
 */
import type { Context, Hono } from "hono";
import { OdooException, type OrmCall } from "./orm.ts";
import type { OdooInstanceState, OdooUser } from "./world.ts";

export function versionInfo(state: OdooInstanceState) {
  const [major, minor] = state.spec.version.split(".").map(Number);
  return {
    server_version: state.spec.serverVersion,
    server_version_info: [major, minor, 0, "final", 0, state.spec.enterprise ? "e" : ""],
    server_serie: state.spec.version,
    protocol_version: 1,
  };
}

function rpcError(c: Context, id: unknown, error: OdooException) {
  return c.json({
    jsonrpc: "2.0",
    id: id ?? null,
    error: {
      code: 200,
      message: "Odoo Server Error",
      data: { name: error.odooName, debug: "", message: error.message, arguments: [error.message], context: {} },
    },
  });
}

/** Password or API key of a user (RPC accepts both; the web login only a password). */
export function checkCredentials(
  state: OdooInstanceState,
  login: string,
  secret: string,
  allowApiKey: boolean,
): OdooUser | undefined {
  const user = state.users.find((u) => u.login === login);
  if (!user || !secret) return undefined;
  return user.password === secret || (allowApiKey && user.apiKey === secret) ? user : undefined;
}

const kwargsOf = (value: unknown): Pick<OrmCall, "fields" | "limit" | "order"> => {
  const kw = (typeof value === "object" && value ? value : {}) as Record<string, unknown>;
  return {
    ...(Array.isArray(kw.fields) ? { fields: kw.fields.map(String) } : {}),
    ...(typeof kw.limit === "number" ? { limit: kw.limit } : {}),
    ...(typeof kw.order === "string" ? { order: kw.order } : {}),
  };
};

export function mountRpc(app: Hono, state: OdooInstanceState): void {
  const { spec, database } = state;
  const dbs = [spec.db, ...spec.otherDbs];
  const userLang = "en_US";

  app.post("/web/webclient/version_info", async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { id?: unknown };
    return c.json({ jsonrpc: "2.0", id: body.id ?? null, result: versionInfo(state) });
  });
  if (spec.version === "19.0") {
    app.get("/web/version", (c) => {
      const info = versionInfo(state);
      return c.json({ version_info: info.server_version_info, version: info.server_version });
    });
  }

  app.post("/jsonrpc", async (c) => {
    const body = (await c.req.json().catch(() => undefined)) as
      | { id?: unknown; params?: { service?: string; method?: string; args?: unknown[] } }
      | undefined;
    const id = body?.id;
    const { service, method, args = [] } = body?.params ?? {};
    try {
      if (service === "common" && method === "version")
        return c.json({ jsonrpc: "2.0", id, result: versionInfo(state) });
      if (service === "db" && method === "list") return c.json({ jsonrpc: "2.0", id, result: dbs });
      if (service === "common" && (method === "authenticate" || method === "login")) {
        const [db, login, secret] = args as [string, string, string];
        if (!dbs.includes(db))
          throw new OdooException(
            "psycopg2.OperationalError",
            `FATAL:  database "${String(db).slice(0, 60)}" does not exist`,
          );
        const user = db === spec.db ? checkCredentials(state, String(login), String(secret), true) : undefined;
        return c.json({ jsonrpc: "2.0", id, result: user ? user.id : false });
      }
      if (service === "object" && method === "execute_kw") {
        const [db, uid, secret, model, call, callArgs = [], kwargs = {}] = args as [
          string,
          number,
          string,
          string,
          string,
          unknown[],
          unknown,
        ];
        const user = state.users.find((u) => u.id === uid);
        if (db !== spec.db || !user || (user.apiKey !== secret && user.password !== secret)) {
          throw new OdooException("odoo.exceptions.AccessDenied", "Access Denied");
        }
        const first = callArgs[0];
        const result = database.call(
          {
            model: String(model),
            method: String(call),
            ...(call === "read" ? { ids: (first as number[]) ?? [] } : { domain: (first as unknown[]) ?? [] }),
            ...kwargsOf(kwargs),
          },
          { id: user.id, admin: user.admin, lang: userLang },
        );
        return c.json({ jsonrpc: "2.0", id, result });
      }
      throw new OdooException("builtins.NameError", `Unknown service or method: ${String(service)}.${String(method)}`);
    } catch (error) {
      if (error instanceof OdooException) return rpcError(c, id, error);
      throw error;
    }
  });

  if (spec.version === "19.0") {
    app.all("/json/2/:model/:method", async (c) => {
      if (c.req.method !== "POST") return c.json("Method Not Allowed", 405);
      const key = /^bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
      const user = key ? state.users.find((u) => u.apiKey === key) : undefined;
      if (!user) return c.json({ name: "werkzeug.exceptions.Unauthorized", message: "Invalid apikey" }, 401);
      const wanted = c.req.header("x-odoo-database");
      if (wanted && !dbs.includes(wanted))
        return c.json({ name: "werkzeug.exceptions.NotFound", message: "database not found" }, 404);
      const body = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
      try {
        const result = database.call(
          {
            model: c.req.param("model"),
            method: c.req.param("method"),
            ...(Array.isArray(body.ids) ? { ids: body.ids as number[] } : {}),
            ...(Array.isArray(body.domain) ? { domain: body.domain } : {}),
            ...kwargsOf(body),
          },
          { id: user.id, admin: user.admin, lang: userLang },
        );
        return c.json(result as object);
      } catch (error) {
        if (!(error instanceof OdooException)) throw error;
        const status = error.status === 200 ? 422 : error.status;
        return c.json(
          { name: error.odooName, message: error.message, arguments: [error.message], context: {}, debug: "" },
          status as 403,
        );
      }
    });
  }
}
