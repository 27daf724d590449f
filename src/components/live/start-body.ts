/**
 * Turns the live test form into the body of POST /api/live/start, or into the list of fields to fix.
 * Practice runs send only the scenario, the mode and the language: the server picks the sandbox client,
 * account and secret itself. Real runs send the client (its fields or its whole JSON), the address, the
 * mode and, in Odoo mode, Odoo's redirect URI.
 */
import { isEmailAddress } from "../../core/email.ts";
import type { Lang } from "../../core/lang.ts";
import type { ClientFile } from "./client-json.ts";
import type { Mode, Scenario } from "./types.ts";

export interface LiveFields {
  practice: boolean;
  scenario: Scenario;
  mode: Mode;
  clientId: string;
  clientSecret: string;
  email: string;
  odooRedirectUri: string;
}

export const EMPTY_FIELDS: LiveFields = {
  practice: false,
  scenario: "healthy",
  mode: "direct",
  clientId: "",
  clientSecret: "",
  email: "",
  odooRedirectUri: "",
};

export type PracticeBody = { provider: "sandbox"; practice: { scenario: Scenario }; mode: Mode; lang: Lang };
export type GoogleBody = {
  provider: "google";
  clientId: string;
  email: string;
  mode: Mode;
  lang: Lang;
  odooRedirectUri?: string;
} & ({ clientSecret: string } | { clientSecretJson: Record<string, unknown> });
export type StartBody = PracticeBody | GoogleBody;

/** The fields that need fixing, in the order they appear on the form. */
export type FieldError = "clientId" | "secret" | "email" | "odooUri";

export type BuiltStart = { ok: true; body: StartBody } | { ok: false; errors: FieldError[] };

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

export function buildStartBody(lang: Lang, fields: LiveFields, client: ClientFile | undefined): BuiltStart {
  if (fields.practice) {
    return {
      ok: true,
      body: { provider: "sandbox", practice: { scenario: fields.scenario }, mode: fields.mode, lang },
    };
  }
  const clientId = client?.clientId ?? fields.clientId.trim();
  const secret = fields.clientSecret.trim();
  const email = fields.email.trim();
  const odooRedirectUri = fields.odooRedirectUri.trim();
  const errors: FieldError[] = [];
  if (!clientId) errors.push("clientId");
  if (!client && !secret) errors.push("secret");
  if (!isEmailAddress(email)) errors.push("email");
  if (fields.mode === "odoo" && !HTTP_URL.test(odooRedirectUri)) errors.push("odooUri");
  if (errors.length > 0) return { ok: false, errors };

  const credentials = client ? { clientSecretJson: client.json } : { clientSecret: secret };
  const body: GoogleBody = { provider: "google", clientId, ...credentials, email, mode: fields.mode, lang };
  if (fields.mode === "odoo") body.odooRedirectUri = odooRedirectUri;
  return { ok: true, body };
}
