/**
 * Where the emulated Odoo lives on the companion's own origin, and the instance practice runs of the
 * live test use in Odoo mode. The practice instance is an Odoo 19.0 mounted under a path: 19.0 keeps a
 * base path of web.base.url in the redirect URI, so `<origin>/sandbox/odoo/practice-19/google_gmail/confirm`
 * is exactly what such an Odoo sends, and the sandbox's Web clients register it like every mounted
 * instance's callback. Every browser counts as signed in there as its administrator, so the callback
 * answers what a signed-in admin's Odoo answers to a sign-in it did not start: Forbidden.
 */
export const ODOO_MOUNT = "/sandbox/odoo";

export const PRACTICE_INSTANCE = "practice-19";

/** The practice instance's pages under the companion's origin (its "web.base.url" path). */
export const PRACTICE_BASE_PATH = `${ODOO_MOUNT}/${PRACTICE_INSTANCE}`;

/** The callback Odoo's Google sign-in returns to, on an instance served at `basePath`. */
export const ODOO_CALLBACK_PATH = "/google_gmail/confirm";

/** The Odoo redirect URI of practice runs: the practice instance's callback on the companion's origin. */
export function practiceOdooRedirectUri(origin: string): string {
  return `${origin}${PRACTICE_BASE_PATH}${ODOO_CALLBACK_PATH}`;
}
