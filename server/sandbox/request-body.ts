/**
 * Reads a request body the way the sandbox's routes need it, and never throws: form-encoded, JSON and
 * multipart bodies become their string fields; an empty body, another Content-Type, or a body that
 * cannot be parsed (a malformed multipart, broken JSON, a client that went away) becomes no fields,
 * with `readable: false` for the last kind. Routes then answer as Google does for a request without
 * those fields (an error page or `invalid_request`), never with a 500.
 */
import type { Context } from "hono";

export interface RequestFields {
  /** Every value of a field, in order (forms may repeat a field, e.g. one `scope` per ticked box). */
  all(name: string): string[];
  /** The first value of a field. */
  one(name: string): string | undefined;
  /** The first value of each field. */
  first(): Record<string, string>;
  /** False when the body was of a known kind but could not be parsed. */
  readonly readable: boolean;
}

function fieldsOf(entries: Iterable<[string, unknown]>, readable = true): RequestFields {
  const map = new Map<string, string[]>();
  for (const [name, value] of entries) {
    if (typeof value !== "string") continue;
    const list = map.get(name) ?? [];
    list.push(value);
    map.set(name, list);
  }
  return {
    all: (name) => [...(map.get(name) ?? [])],
    one: (name) => map.get(name)?.[0],
    first: () =>
      Object.fromEntries([...map].flatMap(([name, values]) => (values[0] === undefined ? [] : [[name, values[0]]]))),
    readable,
  };
}

export const NO_FIELDS = fieldsOf([]);

/** The JSON value of the body, or undefined when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.raw.clone().text()) as unknown;
  } catch {
    return undefined;
  }
}

/** The body's fields, read once per request (the result is kept on the context). */
export async function readFields(c: Context): Promise<RequestFields> {
  const cached = c.get("sandboxFields" as never) as RequestFields | undefined;
  if (cached) return cached;
  const fields = await parse(c);
  c.set("sandboxFields" as never, fields as never);
  return fields;
}

async function parse(c: Context): Promise<RequestFields> {
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  try {
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return fieldsOf(new URLSearchParams(await c.req.raw.clone().text()));
    }
    if (type.startsWith("application/json")) {
      const json = await readJson(c);
      if (json === undefined) return fieldsOf([], false);
      if (!json || typeof json !== "object" || Array.isArray(json)) return NO_FIELDS;
      return fieldsOf(Object.entries(json as Record<string, unknown>));
    }
    if (type.startsWith("multipart/form-data")) {
      const form = await c.req.raw.clone().formData();
      return fieldsOf(form.entries() as Iterable<[string, unknown]>);
    }
  } catch {
    return fieldsOf([], false);
  }
  return NO_FIELDS;
}

/** Client credentials from `Authorization: Basic` (URL-encoded parts, as RFC 6749 §2.3.1 says). */
export function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const split = decoded.indexOf(":");
  if (split < 0) return undefined;
  const part = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };
  return { clientId: part(decoded.slice(0, split)), clientSecret: part(decoded.slice(split + 1)) };
}
