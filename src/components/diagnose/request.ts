/**
 * Turns what the support engineer entered into the body of `POST /api/diagnose`. The client JSON is
 * reduced in the browser to its non-secret facts; the client secret itself never leaves the page.
 */
import type { ClientJson } from "../../core/client-json/client-json.ts";
import type { Lang } from "../../core/lang.ts";

export const ODOO_VERSIONS = ["16.0", "17.0", "18.0", "19.0"] as const;
export type VersionChoice = (typeof ODOO_VERSIONS)[number] | "other" | "unknown";

export interface FormFields {
  errorText: string;
  url: string;
  odooUrl: string;
  odooVersion: VersionChoice;
  publishingStatus: "" | "testing" | "production";
  userType: "" | "internal" | "external";
  testUsers: string;
  email: string;
}

export const EMPTY_FIELDS: FormFields = {
  errorText: "",
  url: "",
  odooUrl: "",
  odooVersion: "unknown",
  publishingStatus: "",
  userType: "",
  testUsers: "",
  email: "",
};

export interface ClientFacts {
  client_id?: string;
  redirect_uris: string[];
  javascript_origins: string[];
  client_secret?: "REDACTED";
}

export interface DiagnoseBody {
  lang: Lang;
  errorText?: string;
  url?: string;
  odooUrl?: string;
  odooVersion?: string;
  clientSecretJson?: Record<string, unknown>;
  consent?: { publishingStatus?: "testing" | "production"; userType?: "internal" | "external"; testUsers?: string[] };
  account?: { email: string };
}

/** The client JSON as sent: its type section with the ID and URIs, and the secret replaced. */
export function clientPayload(client: ClientJson): Record<string, unknown> {
  const facts: ClientFacts = { redirect_uris: client.redirectUris, javascript_origins: client.javascriptOrigins };
  if (client.clientId) facts.client_id = client.clientId;
  if (client.hasSecret) facts.client_secret = "REDACTED";
  return client.type === "unknown" ? { ...facts } : { [client.type]: facts };
}

function consentOf(fields: FormFields): DiagnoseBody["consent"] {
  const consent: NonNullable<DiagnoseBody["consent"]> = {};
  if (fields.publishingStatus) consent.publishingStatus = fields.publishingStatus;
  if (fields.userType) consent.userType = fields.userType;
  const testUsers = fields.testUsers.split(/[\s,;]+/).filter(Boolean);
  if (testUsers.length > 0) consent.testUsers = testUsers;
  return Object.keys(consent).length > 0 ? consent : undefined;
}

/** The request body, or `undefined` when there is nothing to analyse. */
export function buildRequest(lang: Lang, fields: FormFields, client: ClientJson | undefined): DiagnoseBody | undefined {
  const body: DiagnoseBody = { lang };
  if (fields.errorText.trim()) body.errorText = fields.errorText.trim();
  if (fields.url.trim()) body.url = fields.url.trim();
  if (fields.odooUrl.trim()) body.odooUrl = fields.odooUrl.trim();
  if ((ODOO_VERSIONS as readonly string[]).includes(fields.odooVersion)) body.odooVersion = fields.odooVersion;
  if (client) body.clientSecretJson = clientPayload(client);
  const consent = consentOf(fields);
  if (consent) body.consent = consent;
  if (fields.email.trim()) body.account = { email: fields.email.trim() };
  return Object.keys(body).length > 1 ? body : undefined;
}
