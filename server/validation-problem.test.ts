import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validationError } from "./validation-problem.ts";

/** The problem detail a schema's failure on `input` gets, in a language. */
function detail(schema: z.ZodType, input: unknown, lang: "en" | "it" = "en"): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return validationError(result.error, input).text(lang).detail;
}

const S = z.object({
  name: z.string().min(1).max(5).optional(),
  code: z.string().min(3).optional(),
  port: z.number().int().min(1).max(65535).optional(),
  step: z.number().multipleOf(5).optional(),
  tags: z.array(z.string()).min(2).max(3).optional(),
  kind: z.enum(["a", "b"]).optional(),
  mail: z.email().optional(),
  json: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  must: z.string(),
  clean: z
    .string()
    .refine((v) => v.isWellFormed(), { params: { reason: "ill-formed" } })
    .optional(),
});
const base = { must: "x" };

describe("validation problems name what is wrong, for every kind of issue", () => {
  it.each([
    [{ ...base, name: "" }, "name: must not be empty", "name: non può essere vuoto"],
    [{ ...base, name: "toolong" }, "name: longer than 5 characters", "name: più lungo di 5 caratteri"],
    [{ ...base, code: "ab" }, "code: shorter than 3 characters", "code: più corto di 3 caratteri"],
    [{ ...base, port: 0 }, "port: must be at least 1", "port: deve essere almeno 1"],
    [{ ...base, port: 70000 }, "port: must be at most 65535", "port: deve essere al massimo 65535"],
    [{ ...base, step: 7 }, "step: must be a multiple of 5", "step: deve essere un multiplo di 5"],
    [{ ...base, tags: ["a"] }, "tags: fewer than 2 items", "tags: meno di 2 elementi"],
    [{ ...base, tags: ["a", "b", "c", "d"] }, "tags: more than 3 items", "tags: più di 3 elementi"],
    [{ ...base, kind: "c" }, 'kind: must be one of "a", "b"', 'kind: deve essere uno tra "a", "b"'],
    [{ ...base, mail: "a b@x" }, "mail: is not an email address", "mail: non è un indirizzo e-mail"],
    [{ ...base, json: 5 }, "json: must be text or an object", "json: deve essere un testo o un oggetto"],
    [{}, "must: is required", "must: è obbligatorio"],
    [{ must: 5 }, "must: must be text", "must: deve essere un testo"],
    [
      { ...base, clean: "a\ud800" },
      "clean: contains a character that cannot be encoded",
      "clean: contiene un carattere che non si può codificare",
    ],
  ])("%j", (input, en, it_) => {
    expect(detail(S, input)).toContain(en);
    expect(detail(S, input, "it")).toContain(it_);
  });

  it("lists unknown fields of a strict object, and the pointer of each issue", () => {
    const strict = z.strictObject({ a: z.string() });
    expect(detail(strict, { a: "x", b: 1, c: 2 })).toContain("body: unknown fields: b, c");
    const result = S.safeParse({ tags: ["a"] });
    if (result.success) throw new Error("expected a failure");
    const errors = validationError(result.error, { tags: ["a"] }).text("en").errors as { pointer: string }[];
    expect(errors.map((e) => e.pointer)).toEqual(["/tags", "/must"]);
  });
});
