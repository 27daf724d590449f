/**
 * RFC 9457 problem details. Every error the API returns goes through here, so clients always get
 * `application/problem+json` with a localized `title` and `detail`.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type Lang, pickLang } from "../src/core/lang.ts";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extension: string]: unknown;
}

export const PROBLEM_TYPE_BASE = "/api/problems/";

/** The language of an API response: `?lang=` first, then Accept-Language. */
export function requestLang(c: Context): Lang {
  return pickLang(c.req.header("accept-language"), c.req.query("lang"));
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  type: string,
  body: { title: string; detail: string; [extension: string]: unknown },
): Response {
  const payload: Problem = { type: `${PROBLEM_TYPE_BASE}${type}`, status, ...body, instance: c.req.path };
  return c.body(JSON.stringify(payload), status, {
    "content-type": "application/problem+json; charset=utf-8",
    "content-language": requestLang(c),
    "cache-control": "no-store",
  });
}
