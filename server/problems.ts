/**
 * The API's own problems, ready to throw: unknown path, wrong method, body too large or too slow,
 * not JSON, malformed JSON, no evidence, and the last resort. Each is written in the request's
 * language when the error handler renders it.
 */
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { t } from "./messages.ts";
import { ProblemError } from "./problem.ts";

export const notFound = (path: string) =>
  new ProblemError(404, "not-found", (lang) => ({
    title: t(lang, "problem.not-found.title"),
    detail: t(lang, "problem.not-found.detail", { path: path.slice(0, 200) }),
  }));

export const methodNotAllowed = (method: string, path: string, allowed: readonly string[]) =>
  new ProblemError(
    405,
    "method-not-allowed",
    (lang) => ({
      title: t(lang, "problem.method-not-allowed.title"),
      detail: t(lang, "problem.method-not-allowed.detail", { method: method.slice(0, 20), path: path.slice(0, 200) }),
    }),
    { allow: allowed.join(", ") },
  );

export const payloadTooLarge = (limitBytes: number) =>
  new ProblemError(413, "payload-too-large", (lang) => ({
    title: t(lang, "problem.payload-too-large.title"),
    detail: t(lang, "problem.payload-too-large.detail", { limit: `${Math.round(limitBytes / 1024)} KB` }),
  }));

export const unsupportedMediaType = () =>
  new ProblemError(415, "unsupported-media-type", (lang) => ({
    title: t(lang, "problem.unsupported-media-type.title"),
    detail: t(lang, "problem.unsupported-media-type.detail"),
  }));

export const malformedJson = () =>
  new ProblemError(400, "malformed-json", (lang) => ({
    title: t(lang, "problem.invalid-request.title"),
    detail: t(lang, "problem.malformed-json.detail"),
  }));

export const noEvidence = (fields: readonly string[]) =>
  new ProblemError(400, "no-evidence", (lang) => ({
    title: t(lang, "problem.invalid-request.title"),
    detail: t(lang, "problem.no-evidence.detail", { fields: fields.join(", ") }),
  }));

export const requestTimeout = (seconds: number) =>
  new ProblemError(408, "request-timeout", (lang) => ({
    title: t(lang, "problem.request-timeout.title"),
    detail: t(lang, "problem.request-timeout.detail", { seconds }),
  }));

export const internalError = () =>
  new ProblemError(500, "internal", (lang) => ({
    title: t(lang, "problem.internal.title"),
    detail: t(lang, "problem.internal.detail"),
  }));

/** Any other HTTP status a library raised, with a neutral text. */
export const httpProblem = (status: ContentfulStatusCode) =>
  new ProblemError(status, "http", (lang) => ({
    title: t(lang, "problem.http.title"),
    detail: t(lang, "problem.http.detail", { status }),
  }));
