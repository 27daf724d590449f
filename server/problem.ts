/**
 * RFC 9457 problem details. Every error the API returns is `application/problem+json` with a
 * localized `title` and `detail`: handlers and middleware throw a `ProblemError` (its text is written
 * in the request's language when it is rendered), and the one error handler renders it.
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

/** The localized part of a problem: title, detail and any extension members (`errors`, …). */
export interface ProblemText {
  title: string;
  detail: string;
  [extension: string]: unknown;
}

export const PROBLEM_TYPE_BASE = "/api/problems/";

/** Request variables every route may read: the language decided once by the language middleware. */
export type LangEnv = { Variables: { lang: Lang } };

/**
 * The language of a response: the one the language middleware decided (see server/request-lang.ts),
 * or, before it ran (or outside /api), `?lang=` then Accept-Language.
 */
export function requestLang(c: Context): Lang {
  const decided = c.get("lang") as Lang | undefined;
  return decided ?? pickLang(c.req.header("accept-language"), c.req.query("lang"));
}

/** A problem to answer with: thrown anywhere, rendered by the error handler in the request's language. */
export class ProblemError extends Error {
  override readonly name = "ProblemError";
  readonly status: ContentfulStatusCode;
  /** The last segment of the problem type URI (`/api/problems/<type>`). */
  readonly type: string;
  readonly text: (lang: Lang) => ProblemText;
  /** Extra response headers (Retry-After, Allow). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: ContentfulStatusCode,
    type: string,
    text: (lang: Lang) => ProblemText,
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(type);
    this.status = status;
    this.type = type;
    this.text = text;
    this.headers = headers;
  }
}

/** The problem+json response for a status, type and localized text. */
export function problem(c: Context, status: ContentfulStatusCode, type: string, body: ProblemText): Response {
  const payload: Problem = { type: `${PROBLEM_TYPE_BASE}${type}`, status, ...body, instance: c.req.path };
  return c.body(JSON.stringify(payload), status, {
    "content-type": "application/problem+json; charset=utf-8",
    "content-language": requestLang(c),
    "cache-control": "no-store",
  });
}

/** Renders a thrown ProblemError. */
export function renderProblem(c: Context, error: ProblemError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return problem(c, error.status, error.type, error.text(requestLang(c)));
}
