/**
 * The downloaded `client_secret_*.json` (reference §4): Web application (`web`) or Desktop app
 * (`installed`), the registered redirect URIs and JavaScript origins, and the ID/secret formats.
 * Accepts an object or its text; a redacted secret ("GOCSPX-REDACTED", "***") is not a format error.
 */

export const CLIENT_ID_FORMAT = /^\d{6,20}-[a-z0-9]{32}\.apps\.googleusercontent\.com$/;
export const SECRET_FORMAT = /^(GOCSPX-[A-Za-z0-9_-]{28}|[A-Za-z0-9_-]{24})$/;

export type ClientType = "web" | "installed" | "unknown";

export interface ClientJson {
  type: ClientType;
  clientId?: string;
  /** Whether a secret is present; the secret itself is never kept. */
  hasSecret: boolean;
  secretLooksRedacted: boolean;
  secretFormatOk: boolean;
  redirectUris: string[];
  javascriptOrigins: string[];
  projectId?: string;
}

export type ClientJsonResult =
  | { ok: true; client: ClientJson }
  | { ok: false; error: "not-json" | "not-a-client-file" };

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(0, 100) : [];
}

export function isRedactedSecret(secret: string): boolean {
  return /redacted|\*{3}|x{6,}|…|\.\.\.|<secret>|hidden/i.test(secret);
}

export function parseClientJson(input: unknown): ClientJsonResult {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input.trim().slice(0, 100_000));
    } catch {
      return { ok: false, error: "not-json" };
    }
  }
  const root = asRecord(value);
  if (!root) return { ok: false, error: "not-a-client-file" };
  const type: ClientType = asRecord(root.web) ? "web" : asRecord(root.installed) ? "installed" : "unknown";
  const body =
    asRecord(root.web) ?? asRecord(root.installed) ?? (typeof root.client_id === "string" ? root : undefined);
  if (!body) return { ok: false, error: "not-a-client-file" };
  const clientId = typeof body.client_id === "string" ? body.client_id.trim() : undefined;
  const secret = typeof body.client_secret === "string" ? body.client_secret : "";
  const client: ClientJson = {
    type,
    hasSecret: secret.length > 0,
    secretLooksRedacted: secret.length > 0 && isRedactedSecret(secret),
    secretFormatOk: SECRET_FORMAT.test(secret),
    redirectUris: strings(body.redirect_uris),
    javascriptOrigins: strings(body.javascript_origins),
  };
  if (clientId) client.clientId = clientId.slice(0, 300);
  if (typeof body.project_id === "string") client.projectId = body.project_id.slice(0, 100);
  return { ok: true, client };
}

export function clientIdFormatOk(clientId: string): boolean {
  return CLIENT_ID_FORMAT.test(clientId.trim());
}
