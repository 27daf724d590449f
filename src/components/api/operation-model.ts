/**
 * Turns one operation of the OpenAPI document into what the reference page shows: summary,
 * description, a flat field table (nested objects as `consent.userType`), responses, a curl example
 * and a real example answer computed by the engine at build time.
 */
import type { Lang } from "../../core/lang.ts";
import { type Labels, labels, localize } from "./api-strings.ts";

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  maxLength?: number;
  description?: string;
};

export interface OpenApiDoc {
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
}

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface OperationModel {
  method: string;
  path: string;
  summary: string;
  description: string;
  query: FieldRow[];
  body: FieldRow[];
  /** Fields of the successful answer (`findings[].id` for the items of a list of objects). */
  answer: FieldRow[];
  responses: { status: string; description: string }[];
}

function resolve(doc: OpenApiDoc, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  const name = schema.$ref.split("/").pop() ?? "";
  return doc.components?.schemas?.[name] as Schema | undefined;
}

/** Longer lists of values (the catalog's finding ids) are summed up instead of listed. */
const LONG_ENUM = 8;

function typeOf(doc: OpenApiDoc, schema: Schema | undefined, words: Labels): string {
  const s = resolve(doc, schema);
  if (!s) return "";
  if (s.enum && s.enum.length > LONG_ENUM) return words.manyValues.replace("{n}", String(s.enum.length));
  if (s.enum) return `${words.oneOf} ${s.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  if (s.anyOf) return s.anyOf.map((a) => typeOf(doc, a, words)).join(" | ");
  if (s.type === "array") return words.items.replace("{type}", typeOf(doc, s.items, words));
  if (s.type === "object" || s.properties) return words.object;
  const base = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "");
  return s.maxLength && s.type === "string"
    ? `${base}, ${words.upTo.replace("{n}", s.maxLength.toLocaleString("en-US"))}`
    : base;
}

function rows(doc: OpenApiDoc, schema: Schema | undefined, lang: Lang, prefix = ""): FieldRow[] {
  const s = resolve(doc, schema);
  if (!s?.properties) return [];
  const words = labels[lang];
  const out: FieldRow[] = [];
  for (const [name, raw] of Object.entries(s.properties)) {
    const field = resolve(doc, raw) ?? raw;
    out.push({
      name: `${prefix}${name}`,
      type: typeOf(doc, raw, words),
      required: s.required?.includes(name) ?? false,
      description: localize(lang, raw.description ?? field.description),
    });
    if (field.properties) out.push(...rows(doc, field, lang, `${prefix}${name}.`));
    const items = field.type === "array" ? resolve(doc, field.items) : undefined;
    if (items?.properties) out.push(...rows(doc, items, lang, `${prefix}${name}[].`));
  }
  return out;
}

export function operationModel(doc: OpenApiDoc, method: string, path: string, lang: Lang): OperationModel {
  const op = doc.paths?.[path]?.[method] as
    | {
        summary?: string;
        description?: string;
        parameters?: { name: string; in: string; required?: boolean; schema?: Schema; description?: string }[];
        requestBody?: { content?: Record<string, { schema?: Schema }> };
        responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
      }
    | undefined;
  if (!op) throw new Error(`The OpenAPI document has no ${method.toUpperCase()} ${path}`);
  const words = labels[lang];
  return {
    method: method.toUpperCase(),
    path,
    summary: localize(lang, op.summary),
    description: localize(lang, op.description),
    query: (op.parameters ?? [])
      .filter((p) => p.in === "query")
      .map((p) => ({
        name: p.name,
        type: typeOf(doc, p.schema, words),
        required: p.required ?? false,
        description: localize(lang, p.description),
      })),
    body: rows(doc, op.requestBody?.content?.["application/json"]?.schema, lang),
    answer: rows(doc, op.responses?.["200"]?.content?.["application/json"]?.schema, lang),
    responses: Object.entries(op.responses ?? {}).map(([status, r]) => ({
      status,
      description: localize(lang, r.description),
    })),
  };
}

/** Every English text of the document that a reader sees, to check the Italian table covers them. */
export function documentTexts(doc: OpenApiDoc): string[] {
  const texts = new Set<string>();
  const visit = (value: unknown, key?: string) => {
    if (Array.isArray(value)) for (const v of value) visit(v);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, k);
    else if (typeof value === "string" && (key === "description" || key === "summary")) texts.add(value);
  };
  visit(doc.paths);
  visit(doc.components);
  return [...texts];
}
