/**
 * Turns zod validation issues into one localized problem+json: a sentence naming each unusable field
 * and an `errors` list of JSON Pointers, so a support tool can show exactly what to fix.
 */
import type { Context } from "hono";
import type { z } from "zod";
import type { Lang } from "../src/core/lang.ts";
import { type MessageKey, t } from "./messages.ts";
import { problem, requestLang } from "./problem.ts";

const EXPECTED: Record<string, MessageKey> = {
  string: "validation.expected.string",
  number: "validation.expected.number",
  int: "validation.expected.number",
  object: "validation.expected.object",
  record: "validation.expected.object",
  array: "validation.expected.array",
  boolean: "validation.expected.boolean",
};

function describeIssue(issue: z.core.$ZodIssue, lang: Lang): string {
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "string") return t(lang, "validation.too-long", { max: String(issue.maximum) });
      if (issue.origin === "array") return t(lang, "validation.too-many", { max: String(issue.maximum) });
      return t(lang, "validation.out-of-range", { min: 0, max: String(issue.maximum) });
    case "too_small":
      return t(lang, "validation.out-of-range", { min: String(issue.minimum), max: 65535 });
    case "invalid_type": {
      const key = EXPECTED[issue.expected] ?? "validation.expected.string";
      return t(lang, "validation.type", { expected: t(lang, key) });
    }
    case "invalid_value":
      return t(lang, "validation.enum", { values: issue.values.map((v) => JSON.stringify(v)).join(", ") });
    case "invalid_union":
      return t(lang, "validation.type", { expected: t(lang, "validation.expected.object-or-string") });
    default:
      return t(lang, "validation.invalid");
  }
}

function pointer(path: readonly PropertyKey[]): string {
  return `/${path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

export function validationProblem(c: Context, error: z.ZodError): Response {
  const lang = requestLang(c);
  const errors = error.issues
    .slice(0, 20)
    .map((issue) => ({ pointer: pointer(issue.path), detail: describeIssue(issue, lang) }));
  const fields = errors.map((e) => `${e.pointer.slice(1).replace(/\//g, ".") || "body"}: ${e.detail}`).join("; ");
  return problem(c, 400, "invalid-request", {
    title: t(lang, "problem.invalid-request.title"),
    detail: t(lang, "problem.invalid-request.detail", { fields }),
    errors,
  });
}
