/**
 * What the mail server form views stored in the database say about the google_gmail module: since
 * May 2022 (odoo/odoo#91282) the form has a "Connect your Gmail account" button
 * (`open_google_gmail_uri`); before, an "Authorization Code" field to paste a code into. New code with
 * the old view still in the database builds Google's link for an unsaved record, and the callback
 * answers Forbidden: the module's views were not upgraded.
 */
import type { ViewFacts } from "./facts.ts";

export function readViews(archs: readonly string[]): ViewFacts {
  const gmail = archs.filter((arch) => arch.includes("google_gmail"));
  return {
    gmailView: gmail.length > 0,
    connectButton: gmail.some((arch) => /name=["']open_google_gmail_uri["']/.test(arch)),
    authorizationCodeField: gmail.some((arch) => /name=["']google_gmail_authorization_code["']/.test(arch)),
  };
}
