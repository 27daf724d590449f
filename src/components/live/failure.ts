/** A refused or failed call to /api/live as one sentence in the page's language, with the server's detail. */

import { fill } from "../../core/i18n.ts";
import type { Failure } from "./api.ts";
import type { Strings } from "./strings.ts";

const KNOWN = [400, 403, 404, 409, 410, 413, 422, 429] as const;

export function failureMessage(failure: Failure, s: Strings): string {
  const known = KNOWN.find((status) => status === failure.status);
  const message =
    failure.status === 0
      ? s["failure.network"]
      : known
        ? s[`failure.${known}`]
        : fill(s["failure.other"], { status: failure.status });
  return failure.detail ? `${message} ${failure.detail}` : message;
}
