/**
 * Text fields of API requests: bounded, and well-formed UTF-16 (a lone surrogate such as "\ud800"
 * cannot be put in a URL or a header, so it is refused with a clear message instead of failing deep
 * inside a library).
 */
import { z } from "@hono/zod-openapi";

export function text(max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => value.isWellFormed(), { params: { reason: "ill-formed" } });
}
