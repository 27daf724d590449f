/**
 * A tiny in-memory stand-in for the part of Odoo's ORM the probe and the callback touch: records per
 * model, domains with the operators they use (=, !=, in, not in, ilike, '|', '&'), and the read
 * methods search, search_read, search_count and read. Access rights are per model: the models Odoo
 * keeps for administrators answer an AccessError to anyone else.
 */

export type OdooValue = string | number | boolean | null | [number, string] | OdooValue[];
export type OdooRecord = { id: number } & Record<string, OdooValue>;

/** Odoo's exception, as JSON-RPC and JSON-2 report it. */
export class OdooException extends Error {
  override readonly name = "OdooException";
  readonly odooName: string;
  readonly status: number;
  constructor(odooName: string, message: string, status = 200) {
    super(message);
    this.odooName = odooName;
    this.status = status;
  }
}

export const accessError = (model: string) =>
  new OdooException(
    "odoo.exceptions.AccessError",
    `You are not allowed to access '${model}' (${model}) records.\n\nThis operation is allowed for the following groups:\n\t- Administration/Settings`,
    403,
  );

/** Models only administrators (base.group_system) may read. */
const ADMIN_MODELS = new Set([
  "ir.config_parameter",
  "ir.module.module",
  "ir.ui.view",
  "ir.mail_server",
  "fetchmail.server",
  "mail.mail",
]);

type Domain = unknown[];

function leafMatches(record: OdooRecord, leaf: unknown[]): boolean {
  const [field, operator, value] = leaf as [string, string, unknown];
  if (!(field in record) && field !== "id")
    throw new OdooException("ValueError", `Invalid field '${field}' in leaf ${JSON.stringify(leaf)}`);
  let actual: unknown = record[field];
  if (Array.isArray(actual) && actual.length === 2 && typeof actual[0] === "number") actual = actual[0];
  const empty = actual === false || actual === null || actual === "" || actual === undefined;
  switch (operator) {
    case "=":
      return value === false ? empty : actual === value;
    case "!=":
      return value === false ? !empty : actual !== value;
    case "in":
      return Array.isArray(value) && value.includes(actual);
    case "not in":
      return Array.isArray(value) && !value.includes(actual);
    case "ilike":
      return typeof actual === "string" && actual.toLowerCase().includes(String(value).toLowerCase());
    default:
      throw new OdooException("ValueError", `Invalid leaf ${JSON.stringify(leaf)}`);
  }
}

/** Polish-notation domain evaluation, as Odoo does it ('&' implicit between terms). */
export function matches(record: OdooRecord, domain: Domain): boolean {
  const stack: boolean[] = [];
  for (let i = domain.length - 1; i >= 0; i -= 1) {
    const term = domain[i];
    if (term === "|" || term === "&") {
      const a = stack.pop() ?? true;
      const b = stack.pop() ?? true;
      stack.push(term === "|" ? a || b : a && b);
    } else if (term === "!") stack.push(!(stack.pop() ?? true));
    else if (Array.isArray(term)) stack.push(leafMatches(record, term));
    else throw new OdooException("ValueError", `Invalid domain term ${JSON.stringify(term)}`);
  }
  return stack.every(Boolean);
}

export interface OrmCall {
  model: string;
  method: string;
  ids?: number[];
  domain?: Domain;
  fields?: string[];
  limit?: number;
  order?: string;
}

export class OdooDatabase {
  readonly models = new Map<string, OdooRecord[]>();

  constructor(data: Record<string, OdooRecord[]>) {
    for (const [model, records] of Object.entries(data)) this.models.set(model, records);
  }

  table(model: string): OdooRecord[] {
    const records = this.models.get(model);
    if (!records) throw new OdooException("builtins.KeyError", `Object ${model} doesn't exist`, 404);
    return records;
  }

  /** The read calls the probe uses; anything else is refused like a missing public method. */
  call(call: OrmCall, user: { id: number; admin: boolean; lang: string }): unknown {
    const records = this.table(call.model);
    if (call.method === "context_get" && call.model === "res.users")
      return { lang: user.lang, tz: "Europe/Rome", uid: user.id };
    if (ADMIN_MODELS.has(call.model) && !user.admin) throw accessError(call.model);
    const pick = (record: OdooRecord) => {
      if (!call.fields || call.fields.length === 0) return { ...record };
      const out: Record<string, OdooValue> = { id: record.id };
      for (const field of call.fields) {
        if (!(field in record))
          throw new OdooException("ValueError", `Invalid field '${field}' on model '${call.model}'`);
        out[field] = record[field] as OdooValue;
      }
      return out;
    };
    const found = () => {
      let rows = records.filter((r) => matches(r, call.domain ?? []));
      if (call.order === "id desc") rows = [...rows].sort((a, b) => b.id - a.id);
      return call.limit ? rows.slice(0, call.limit) : rows;
    };
    switch (call.method) {
      case "search":
        return found().map((r) => r.id);
      case "search_count":
        return found().length;
      case "search_read":
        return found().map(pick);
      case "read":
        return records.filter((r) => (call.ids ?? []).includes(r.id)).map(pick);
      default:
        throw new OdooException(
          "builtins.AttributeError",
          `The method '${call.method}' does not exist on the model '${call.model}'`,
          404,
        );
    }
  }
}
