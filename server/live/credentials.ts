/**
 * The client credentials of a /start request: the ID and secret as typed, or read from the
 * downloaded client JSON (which may also tell the client type and its redirect URIs). The secret is
 * returned to be kept in the run's memory only; a redacted one ("GOCSPX-…") cannot be used.
 */
import { type ClientJson, isRedactedSecret, parseClientJson } from "../../src/core/client-json/client-json.ts";

export interface Credentials {
  clientId: string | undefined;
  clientSecret: string | undefined;
  clientJson: ClientJson | undefined;
  /** The client JSON was given but cannot be used. */
  jsonUnusable: boolean;
}

function secretIn(input: unknown): string | undefined {
  let value = input;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const root = (value ?? {}) as Record<string, unknown>;
  const body = (root.web ?? root.installed ?? root) as Record<string, unknown>;
  const secret = typeof body?.client_secret === "string" ? body.client_secret.trim() : "";
  if (!secret) return undefined;
  return secret.isWellFormed() && !isRedactedSecret(secret) ? secret : undefined;
}

export function readCredentials(body: {
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  clientSecretJson?: unknown;
}): Credentials {
  const given = body.clientSecretJson;
  if (given === undefined || given === "") {
    return {
      clientId: body.clientId || undefined,
      clientSecret: body.clientSecret || undefined,
      clientJson: undefined,
      jsonUnusable: false,
    };
  }
  const parsed = parseClientJson(given);
  // An ID with a lone UTF-16 surrogate cannot be put in Google's URL: the file is unusable.
  const clientJson = parsed.ok && (parsed.client.clientId ?? "").isWellFormed() ? parsed.client : undefined;
  const clientId = body.clientId || clientJson?.clientId;
  const clientSecret = body.clientSecret || secretIn(given);
  return { clientId, clientSecret, clientJson, jsonUnusable: !clientJson || (!body.clientSecret && !clientSecret) };
}
