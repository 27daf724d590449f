/**
 * Turns zod validation issues into one localized problem: a sentence naming each unusable field and
 * an `errors` list of JSON Pointers, so a support tool can show exactly what to fix. Every zod issue
 * kind has its own wording in English and Italian.
 */
import type { z } from "zod";
import type { Lang } from "../src/core/lang.ts";
import { type MessageKey, t } from "./messages.ts";
import { ProblemError } from "./problem.ts";

const EXPECTED: Record<string, MessageKey> = {
  string: "validation.expected.string",
  number: "validation.expected.number",
  int: "validation.expected.number",
  bigint: "validation.expected.number",
  object: "validation.expected.object",
  record: "validation.expected.object",
  array: "validation.expected.array",
  tuple: "validation.expected.array",
  boolean: "validation.expected.boolean",
};

/** The kind of refusal a custom check reports (`params.reason`), with its wording. */
const CUSTOM_REASONS: Record<string, MessageKey> = {
  "ill-formed": "validation.ill-formed",
  email: "validation.email",
};

const expectedName = (type: string, lang: Lang) => t(lang, EXPECTED[type] ?? "validation.expected.string");

/** The types a union accepts, from the type errors of its branches ("an object or text"). */
function unionTypes(issue: z.core.$ZodIssueInvalidUnion, lang: Lang): string {
  const names = new Set<string>();
  for (const branch of issue.errors) {
    for (const inner of branch) if (inner.code === "invalid_type") names.add(expectedName(inner.expected, lang));
  }
  return names.size > 0 ? [...names].join(` ${t(lang, "validation.or")} `) : t(lang, "validation.expected.string");
}

/** The value at an issue's path in the input, or undefined when it is absent. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What is wrong with one field; `present`: the field was sent (a wrong type, not a missing value). */
export function describeIssue(issue: z.core.$ZodIssue, lang: Lang, present = true): string {
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "string") return t(lang, "validation.too-long", { max: String(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set") {
        return t(lang, "validation.too-many", { max: String(issue.maximum) });
      }
      return t(lang, "validation.at-most", { max: String(issue.maximum) });
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? t(lang, "validation.empty")
          : t(lang, "validation.too-short", { min: String(issue.minimum) });
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return t(lang, "validation.too-few", { min: String(issue.minimum) });
      }
      return t(lang, "validation.at-least", { min: String(issue.minimum) });
    case "invalid_type":
      if (!present) return t(lang, "validation.required");
      return t(lang, "validation.type", { expected: expectedName(issue.expected, lang) });
    case "invalid_value":
      return t(lang, "validation.enum", { values: issue.values.map((v) => JSON.stringify(v)).join(", ") });
    case "invalid_union":
      return t(lang, "validation.type", { expected: unionTypes(issue, lang) });
    case "invalid_format":
      return issue.format === "email"
        ? t(lang, "validation.email")
        : t(lang, "validation.format", { format: issue.format });
    case "not_multiple_of":
      return t(lang, "validation.multiple-of", { divisor: issue.divisor });
    case "unrecognized_keys":
      return t(lang, "validation.unknown-fields", { keys: issue.keys.slice(0, 10).join(", ").slice(0, 200) });
    case "custom": {
      const reason = CUSTOM_REASONS[String(issue.params?.reason ?? "")];
      return t(lang, reason ?? "validation.invalid");
    }
    default:
      return t(lang, "validation.invalid");
  }
}

function pointer(path: readonly PropertyKey[]): string {
  return `/${path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

/** Names shown for a field: the pointer without its slash, bounded (keys come from the request). */
const fieldName = (p: string) => (p.slice(1).replace(/\//g, ".") || "body").slice(0, 100);

export function validationError(error: z.ZodError, input?: unknown): ProblemError {
  const issues = error.issues.slice(0, 20);
  const present = issues.map((issue) => valueAt(input, issue.path) !== undefined);
  return new ProblemError(400, "invalid-request", (lang) => {
    const errors = issues.map((issue, index) => ({
      pointer: pointer(issue.path),
      detail: describeIssue(issue, lang, present[index]),
    }));
    const fields = errors.map((e) => `${fieldName(e.pointer)}: ${e.detail}`).join("; ");
    return {
      title: t(lang, "problem.invalid-request.title"),
      detail: t(lang, "problem.invalid-request.detail", { fields }),
      errors,
    };
  });
}

/** The `defaultHook` of every OpenAPIHono sub-app: a failed validation becomes the one problem. */
export function throwValidationProblem(
  result: { success: true } | { success: false; error: z.ZodError; data?: unknown },
): void {
  if (!result.success) throw validationError(result.error, result.data);
}
