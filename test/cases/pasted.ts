/**
 * Our own cases, written the way people paste evidence into a ticket or a forum: Google's pages in
 * several languages (the code stays English, the words around it do not), screenshots' text with
 * broken lines, forum posts with a sentence of context, HTML-escaped page source, logs with
 * timestamps. Each names the finding expected first; `lang` is the language of the evidence, and the
 * answer is asked in Italian for Italian evidence, in English otherwise.
 */
import type { Evidence } from "../../src/core/diagnose/evidence.ts";

export interface PastedCase {
  id: string;
  /** Language of the evidence text. */
  lang: "en" | "it" | "fr" | "es" | "de" | "pt" | "tr";
  /** The finding expected first. */
  expect: string;
  evidence: Evidence;
}

const WEB_ID = "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com";
const callback = (host: string, query: string) => `https://${host}/google_gmail/confirm?${query}`;
const STATE = encodeURIComponent(JSON.stringify({ model: "ir.mail_server", id: 4, csrf_token: "9f8e7d6c" }));

export const PASTED_CASES: PastedCase[] = [
  // ── Google's pages in English, as pasted ─────────────────────────────────────────────────────────
  {
    id: "en-forum-proxy-http",
    lang: "en",
    expect: "redirect-uri-insecure-http",
    evidence: {
      errorText:
        "Hi all, after moving our Odoo 17 behind nginx I get this when I click Connect your Gmail account:\n\nAccess blocked: This app's request is invalid\n\nYou can't sign in because this app sent an invalid request. You can try again later, or contact the developer about this issue. Learn more about this error\nIf you are a developer of this app, see error details.\nError 400: redirect_uri_mismatch\n\nRequest details: redirect_uri=http://odoo.brightline-foods.com/google_gmail/confirm flowName=GeneralOAuthFlow\n\nAny idea? The site itself works fine over https.",
    },
  },
  {
    id: "en-screenshot-broken-uri",
    lang: "en",
    expect: "redirect-uri-mismatch",
    evidence: {
      errorText:
        "Access blocked: Odoo's request is\ninvalid\nError 400:\nredirect_uri_mismatch\nRequest details:\nredirect_uri=https://erp.northwindtraders.com/google_gmail/con\nfirm\nflowName=GeneralOAuthFlow",
    },
  },
  {
    id: "en-org-internal-with-localhost-details",
    lang: "en",
    expect: "org-internal",
    evidence: {
      errorText:
        "Access blocked: Odoo Mail can only be used within its organization\n\nsales.brightline@gmail.com\nError 403: org_internal\nRequest details: access_type=offline response_type=code redirect_uri=http://localhost:8069/google_gmail/confirm prompt=consent flowName=GeneralOAuthFlow",
    },
  },
  {
    id: "en-admin-policy-redacted-domain",
    lang: "en",
    expect: "admin-policy-enforced",
    evidence: {
      errorText:
        "Error 400: admin_policy_enforced\nRequest details: redirect_uri=https://example.com/google_gmail/confirm (I replaced our domain)",
    },
  },
  {
    id: "en-test-user-page-with-lan-uri",
    lang: "en",
    expect: "test-user-missing",
    evidence: {
      errorText:
        "Access blocked: acme-mail has not completed the Google verification process\n\nacme-mail has not completed the Google verification process. The app is currently being tested, and can only be accessed by developer-approved testers. If you think you should have access, contact the developer.\nIf you are a developer of acme-mail, see error details.\nError 403: access_denied\nRequest details: access_type=offline response_type=code redirect_uri=http://192.168.1.10:8069/google_gmail/confirm",
    },
  },
  {
    id: "en-old-wording-colon-http",
    lang: "en",
    expect: "redirect-uri-insecure-http",
    evidence: {
      errorText:
        "The redirect URI in the request: http://erp.harbor-logistics.com/google_gmail/confirm did not match a registered redirect URI.",
    },
  },
  {
    id: "en-old-wording-colon-fine-uri",
    lang: "en",
    expect: "redirect-uri-mismatch",
    evidence: {
      errorText:
        "Error: redirect_uri_mismatch\n\nThe redirect URI in the request: https://crm.bluefin.io/google_gmail/confirm did not match a registered redirect URI.",
    },
  },
  {
    id: "en-calendar-request-details",
    lang: "en",
    expect: "other-odoo-google-feature",
    evidence: {
      errorText:
        "Trying to sync Google Calendar in Odoo 17:\nError 400: redirect_uri_mismatch\nRequest details: redirect_uri=https://erp.harbor-logistics.com/google_account/authentication flowName=GeneralOAuthFlow",
    },
  },
  {
    id: "en-calendar-http-behind-proxy",
    lang: "en",
    expect: "other-odoo-google-feature",
    evidence: {
      errorText:
        "Error 400: redirect_uri_mismatch\nRequest details: redirect_uri=http://erp.harbor-logistics.com/google_account/authentication",
    },
  },
  {
    id: "en-signin-authorize-url",
    lang: "en",
    expect: "other-odoo-google-feature",
    evidence: {
      errorText: "The Sign in with Google button on our login page gives Error 400: redirect_uri_mismatch",
      url: `https://accounts.google.com/o/oauth2/auth?response_type=token&client_id=${WEB_ID}&redirect_uri=https%3A%2F%2Ferp.bluefin.io%2Fauth_oauth%2Fsignin&scope=openid+email+profile&state=%7B%22d%22%3A+%22prod%22%7D`,
    },
  },
  {
    id: "en-calendar-sync-log",
    lang: "en",
    expect: "other-odoo-google-feature",
    evidence: {
      errorText:
        '2024-03-02 10:11:12,345 1234 ERROR prod odoo.addons.google_calendar.models.google_sync: Sync failed\nTraceback (most recent call last):\n  File "/opt/odoo/addons/google_calendar/models/res_users.py", line 71, in _sync_google_calendar\nrequests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://oauth2.googleapis.com/token\ninvalid_grant',
    },
  },
  {
    id: "en-signin-oauth-error",
    lang: "en",
    expect: "other-odoo-google-feature",
    evidence: { url: "https://erp.bluefin.io/web/login?oauth_error=2" },
  },
  {
    id: "en-registered-calendar-only",
    lang: "en",
    expect: "other-odoo-google-feature",
    evidence: {
      errorText:
        "Error 400: redirect_uri_mismatch\nRequest details: redirect_uri=https://erp.harbor-logistics.com/google_gmail/confirm",
      clientSecretJson: {
        web: {
          client_id: WEB_ID,
          client_secret: "GOCSPX-REDACTED",
          redirect_uris: ["https://erp.harbor-logistics.com/google_account/authentication"],
        },
      },
    },
  },
  {
    id: "en-console-public-tld",
    lang: "en",
    expect: "redirect-uri-invalid",
    evidence: {
      errorText:
        "When I add the redirect URI in Google Cloud it says\nInvalid Redirect: must end with a public top-level domain (such as .com or .org).\nThe URI I typed: http://odoo.local:8069/google_gmail/confirm",
    },
  },
  {
    id: "en-console-wildcard",
    lang: "en",
    expect: "redirect-uri-invalid",
    evidence: { errorText: "Invalid Redirect: cannot contain a wildcard (*)." },
  },
  {
    id: "en-console-top-private-domain",
    lang: "en",
    expect: "redirect-uri-invalid",
    evidence: { errorText: "Invalid Redirect: must use a domain that is a valid top private domain ." },
  },
  {
    id: "en-loose-code-spaces",
    lang: "en",
    expect: "redirect-uri-mismatch",
    evidence: { errorText: "keep getting Error 400 redirect uri mismatch when connecting gmail in odoo 16" },
  },
  {
    id: "en-loose-code-capitals",
    lang: "en",
    expect: "disallowed-useragent",
    evidence: { errorText: "ERROR 403: DISALLOWED_USERAGENT" },
  },
  {
    id: "en-loose-code-user-agent",
    lang: "en",
    expect: "disallowed-useragent",
    evidence: {
      errorText:
        "From the Odoo app on my phone Google says: Error 403: disallowed user_agent. This user-agent is not permitted to make an OAuth authorization request to Google as it is classified as an embedded user-agent",
    },
  },
  {
    id: "en-html-escaped-page",
    lang: "en",
    expect: "redirect-uri-mismatch",
    evidence: {
      errorText:
        "&lt;h1&gt;Access blocked: This app&amp;#39;s request is invalid&lt;/h1&gt;&lt;p&gt;Error 400: redirect_uri_mismatch&lt;/p&gt;",
    },
  },
  {
    id: "en-html-entity-in-code",
    lang: "en",
    expect: "org-internal",
    evidence: {
      errorText: "<p>Error 403: org&#95;internal</p><p>This client is restricted to users within its organization.</p>",
    },
  },
  {
    id: "en-policy-enforced",
    lang: "en",
    expect: "policy-enforced",
    evidence: {
      errorText:
        "Access blocked: Odoo Mail's request does not comply with Google's policies\nYour account is enrolled in Google's Advanced Protection Program.\nError 400: policy_enforced",
    },
  },
  {
    id: "en-advanced-protection-without-code",
    lang: "en",
    expect: "policy-enforced",
    evidence: {
      errorText:
        "Our CEO's account uses Advanced Protection and Google refuses to let Odoo connect to it, the other mailboxes work.",
    },
  },
  {
    id: "en-policy-enforced-auth-error-url",
    lang: "en",
    expect: "policy-enforced",
    evidence: {
      url: "https://accounts.google.com/signin/oauth/error?authError=Cg9wb2xpY3lfZW5mb3JjZWQSI0FjY2VzcyBkZW5pZWQgYnkgYSBzZWN1cml0eSBwb2xpY3kuIJAD&client_id=1",
    },
  },
  {
    id: "en-deleted-client-auth-error-url",
    lang: "en",
    expect: "deleted-client",
    evidence: {
      url: "https://accounts.google.com/signin/oauth/error/v2?authError=Cg5kZWxldGVkX2NsaWVudBIdVGhlIE9BdXRoIGNsaWVudCB3YXMgZGVsZXRlZC4gkAM%3D&client_id=908165217440",
    },
  },
  {
    id: "en-refresh-traceback-bad-request",
    lang: "en",
    expect: "refresh-token-invalid",
    evidence: {
      errorText:
        "2024-05-14 08:01:02,113 4242 ERROR odoo odoo.addons.google_gmail.models.google_gmail_mixin: Can not retrieve access token\nTraceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/odoo/addons/google_gmail/models/google_gmail_mixin.py\", line 120, in _fetch_gmail_access_token\nrequests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://oauth2.googleapis.com/token\n{'error': 'invalid_grant', 'error_description': 'Bad Request'}",
    },
  },
  {
    id: "en-code-exchange-bad-request",
    lang: "en",
    expect: "auth-code-invalid",
    evidence: {
      errorText:
        'File "/opt/odoo/addons/google_gmail/models/google_gmail_mixin.py", line 97, in _fetch_gmail_refresh_token\n    response.raise_for_status()\nrequests.exceptions.HTTPError: 400 Client Error: Bad Request\n{"error": "invalid_grant", "error_description": "Bad Request"}',
    },
  },
  {
    id: "en-refresh-grant-type",
    lang: "en",
    expect: "refresh-token-invalid",
    evidence: {
      errorText:
        'POST https://oauth2.googleapis.com/token grant_type=refresh_token&client_id=…&refresh_token=…\n→ 400 {"error": "invalid_grant", "error_description": "Token has been revoked."}',
    },
  },
  {
    id: "en-imap-fetch-expired-log",
    lang: "en",
    expect: "testing-token-expired",
    evidence: {
      errorText:
        "2024-06-01 06:00:04,551 77 INFO db odoo.addons.fetchmail.models.fetchmail: start checking for new emails on gmail server Gmail inbox\n2024-06-01 06:00:04,902 77 ERROR db odoo.addons.google_gmail.models.google_gmail_mixin: invalid_grant: Token has been expired or revoked.",
    },
  },
  {
    id: "en-refresh-with-testing-facts",
    lang: "en",
    expect: "testing-token-expired",
    evidence: {
      errorText: "Test Connection fails: invalid_grant (Bad Request) while refreshing the access token",
      consent: { publishingStatus: "testing", userType: "external" },
    },
  },
  {
    id: "en-nginx-403-at-callback",
    lang: "en",
    expect: "callback-blocked",
    evidence: {
      errorText: "403 Forbidden\n\nnginx",
      url: callback(
        "erp.brightline-foods.com",
        `state=${STATE}&code=4%2F0AeaYSHB&scope=https%3A%2F%2Fmail.google.com%2F`,
      ),
    },
  },
  {
    id: "en-apache-404-page",
    lang: "en",
    expect: "callback-blocked",
    evidence: {
      errorText:
        "Not Found\nThe requested URL was not found on this server.\nApache/2.4.52 (Ubuntu) Server at erp.harbor-logistics.com Port 443",
    },
  },
  {
    id: "en-cloudflare-1020",
    lang: "en",
    expect: "callback-blocked",
    evidence: {
      errorText:
        "Access denied\nError code 1020\nYou do not have access to erp.bluefin.io.\nThe site owner may have set restrictions that prevent you from accessing the site.\nCloudflare Ray ID: 8a1b2c3d4e5f6071 • Your IP: 203.0.113.7",
    },
  },
  {
    id: "en-modsecurity-406",
    lang: "en",
    expect: "callback-blocked",
    evidence: {
      errorText:
        "Not Acceptable!\nAn appropriate representation of the requested resource could not be found on this server. This error was generated by Mod_Security.",
      url: callback("erp.harbor-logistics.com", `state=${STATE}&code=4%2F0AeaYSHB`),
    },
  },
  {
    id: "en-nginx-502-at-callback",
    lang: "en",
    expect: "callback-blocked",
    evidence: {
      errorText:
        "After allowing access Google sends me to /google_gmail/confirm and I get\n502 Bad Gateway\nnginx/1.24.0",
    },
  },
  {
    id: "en-odoo-own-forbidden",
    lang: "en",
    expect: "odoo-forbidden",
    evidence: {
      errorText:
        "Forbidden\nYou don't have the permission to access the requested resource. It is either read-protected or not readable by the server.",
      url: callback("erp.brightline-foods.com", `state=${STATE}&code=4%2F0AeaYSHB`),
    },
  },
  {
    id: "en-bare-535",
    lang: "en",
    expect: "smtp-auth-rejected",
    evidence: {
      errorText:
        "535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3d4e5 - gsmtp",
    },
  },
  {
    id: "en-critical-security-alert-mail",
    lang: "en",
    expect: "smtp-password-auth",
    evidence: {
      errorText:
        "Right after I saved the outgoing server I got this mail from Google:\nCritical security alert\nSign-in attempt was blocked\nsales@brightline-foods.com\nSomeone just used your password to try to sign in to your account from a non-Google app. Google blocked them, but you should check what happened.",
    },
  },
  {
    id: "en-less-secure-apps-forum",
    lang: "en",
    expect: "smtp-password-auth",
    evidence: {
      errorText:
        "Google turned off Less secure app access for our account, since then Odoo cannot send with smtp.gmail.com and our normal password.",
    },
  },
  {
    id: "en-454-too-many-logins",
    lang: "en",
    expect: "smtp-rate-limited",
    evidence: {
      errorText:
        "smtplib.SMTPAuthenticationError: (454, b'4.7.0 Too many login attempts, please try again later. For more information, go to\\n4.7.0  https://support.google.com/mail/answer/7126229 d2e1a72fcca58-7 - gsmtp')",
    },
  },
  {
    id: "en-421-try-again-later",
    lang: "en",
    expect: "smtp-rate-limited",
    evidence: {
      errorText:
        "2024-09-18 14:22:31,002 9911 ERROR db odoo.addons.base.models.ir_mail_server: Mail delivery failed via SMTP server 'smtp.gmail.com'.\nSMTPServerDisconnected: 421-4.7.0 Try again later, closing connection. (EHLO)",
    },
  },
  {
    id: "en-550-daily-limit",
    lang: "en",
    expect: "smtp-rate-limited",
    evidence: {
      errorText:
        "Since the newsletter went out every mail bounces with 550-5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852",
    },
  },
  {
    id: "en-gmail-send-scope-in-post",
    lang: "en",
    expect: "scope-insufficient",
    evidence: {
      errorText:
        "I created the OAuth client with the scope https://www.googleapis.com/auth/gmail.send and Odoo's Test Connection says 535-5.7.8 Username and Password not accepted.",
    },
  },
  {
    id: "en-gmail-compose-scope",
    lang: "en",
    expect: "scope-insufficient",
    evidence: { errorText: "Granted scopes: openid email gmail.compose\nSMTP AUTH XOAUTH2 → 535 5.7.8" },
  },
  {
    id: "en-nodemailer-oauth2-535",
    lang: "en",
    expect: "smtp-auth-rejected",
    evidence: {
      errorText:
        "Error: Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials\n    at SMTPConnection._formatError\n  code: 'EAUTH',\n  command: 'AUTH XOAUTH2'",
    },
  },
  {
    id: "en-534-web-login-log",
    lang: "en",
    expect: "smtp-password-auth",
    evidence: {
      errorText:
        "2024-02-20 09:15:44,210 1201 INFO prod odoo.addons.base.models.ir_mail_server: SMTPAuthenticationError: (534, b'5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in via your web browser and\\n5.7.14 then try again.')",
    },
  },
  {
    id: "en-token-fetch-userror-log",
    lang: "en",
    expect: "token-fetch-failed",
    evidence: {
      errorText: "2024-01-10 10:00:00,000 12 WARNING prod odoo.http: An error occurred when fetching the access token.",
    },
  },
  {
    id: "en-invalid-client-json-log",
    lang: "en",
    expect: "invalid-client",
    evidence: {
      errorText:
        '2024-04-03 12:30:00,811 55 ERROR prod odoo.addons.google_gmail.controllers.main: {\n  "error": "invalid_client",\n  "error_description": "Unauthorized"\n}',
    },
  },
  {
    id: "en-unverified-curly-apostrophe",
    lang: "en",
    expect: "app-unverified",
    evidence: {
      errorText:
        "Google hasn’t verified this app\nThe app is requesting access to sensitive info in your Google Account. Until the developer (it@harbor-logistics.com) verifies this app with Google, you shouldn’t use it.",
    },
  },
  {
    id: "en-oob-policy-wording",
    lang: "en",
    expect: "oob-flow-blocked",
    evidence: {
      errorText:
        "Odoo 14 here. Access blocked: Odoo's request is invalid\nYou can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy for keeping apps secure.\nError 400: invalid_request",
    },
  },
  {
    id: "en-trailing-slash-registered",
    lang: "en",
    expect: "redirect-uri-wrong-path",
    evidence: {
      errorText:
        "Error 400: redirect_uri_mismatch\nRequest details: redirect_uri=https://erp.bluefin.io/google_gmail/confirm flowName=GeneralOAuthFlow",
      redirectUri: "https://erp.bluefin.io/google_gmail/confirm/",
    },
  },
  {
    id: "en-redacted-domain-with-535",
    lang: "en",
    expect: "smtp-auth-rejected",
    evidence: {
      errorText:
        "Connection Test Failed! Here is what we got instead:\n (535, b'5.7.8 Username and Password not accepted.')",
      odooUrl: "https://example.com",
      smtp: { host: "smtp.gmail.com", port: 587, encryption: "starttls", authentication: "gmail" },
    },
  },
  {
    id: "en-530-log",
    lang: "en",
    expect: "smtp-auth-rejected",
    evidence: {
      errorText:
        "2024-07-07 07:07:07,070 3 ERROR db odoo.addons.base.models.ir_mail_server: Mail delivery failed via SMTP server 'smtp.gmail.com'.\nSMTPSenderRefused: 530\nb'5.7.0 Authentication Required. For more information, go to\\n5.7.0  https://support.google.com/mail/?p=WantAuthError'",
    },
  },
  {
    id: "en-screenshot-embedded-browser",
    lang: "en",
    expect: "disallowed-useragent",
    evidence: {
      errorText:
        "Access blocked: Odoo's request does\nnot comply with Google's policies\nError 403:\ndisallowed_useragent",
    },
  },
  {
    id: "en-tokeninfo-modify-scope",
    lang: "en",
    expect: "scope-insufficient",
    evidence: {
      errorText:
        '{\n  "azp": "908165217440-3k4v0q7h2m9c8a1d5e6f7g8h9j0k1l2m.apps.googleusercontent.com",\n  "scope": "https://www.googleapis.com/auth/gmail.modify openid",\n  "expires_in": "3599"\n}',
    },
  },
  {
    id: "en-revoked-after-password-reset",
    lang: "en",
    expect: "testing-token-expired",
    evidence: {
      errorText:
        "Our admin reset the password of sales@ yesterday and now Odoo says An error occurred when fetching the access token. The server log shows invalid_grant: Token has been expired or revoked.",
    },
  },
  {
    id: "en-cancel-callback-nested",
    lang: "en",
    expect: "consent-cancelled",
    evidence: {
      url: `https://erp.brightline-foods.com/web/login?redirect=${encodeURIComponent(`/google_gmail/confirm?state=${STATE}&error=access_denied`)}`,
    },
  },
  {
    id: "en-credentials-missing-button",
    lang: "en",
    expect: "odoo-credentials-missing",
    evidence: {
      errorText:
        "On the outgoing mail server there is no Connect button, only a yellow one saying Setup your Gmail API credentials in the general settings to link a Gmail account.",
    },
  },
  {
    id: "en-only-admin",
    lang: "en",
    expect: "odoo-forbidden",
    evidence: { errorText: "Validation Error\n\nOnly the administrator can link a Gmail mail server." },
  },
  {
    id: "en-odoo19-mismatch-dialog",
    lang: "en",
    expect: "email-mismatch",
    evidence: {
      errorText:
        "Oops, you're creating an authorization to send from john.carter@gmail.com but your address is sales@brightline-foods.com. Make sure your addresses match!\n\nGo back",
      odooVersion: "19.0",
    },
  },
  {
    id: "en-weekly-reconnect-post",
    lang: "en",
    expect: "testing-token-expired",
    evidence: {
      errorText:
        "Every 7 days I have to reconnect Gmail in Odoo 17, otherwise it stops sending and says An error occurred when fetching the access token. Is this normal?",
    },
  },
  {
    id: "en-localhost-refused-after-consent",
    lang: "en",
    expect: "web-base-url-mismatch",
    evidence: {
      errorText: "This site can't be reached\nlocalhost refused to connect.\nERR_CONNECTION_REFUSED",
      url: `http://localhost:8069/google_gmail/confirm?state=${STATE}&code=4%2F0AeaYSHB&scope=https%3A%2F%2Fmail.google.com%2F`,
    },
  },
  {
    id: "en-screenshot-uri-on-next-line",
    lang: "en",
    expect: "redirect-uri-insecure-http",
    evidence: {
      errorText:
        "Error 400: redirect_uri_mismatch\nRequest details:\nredirect_uri=\nhttp://erp.harbor-logistics.com/google_gmail/confirm\nflowName=GeneralOAuthFlow",
    },
  },
  {
    id: "en-password-on-oauth-server",
    lang: "en",
    expect: "smtp-password-auth",
    evidence: {
      errorText:
        "Validation Error\nPlease leave the password field empty for Gmail mail server 'Gmail'. The OAuth process does not require it",
    },
  },
  {
    id: "en-developer-has-not-given-access",
    lang: "en",
    expect: "test-user-missing",
    evidence: {
      errorText:
        "Access blocked: Harbor Mail has not completed the Google verification process\nThe developer hasn’t given you access to this app. It’s currently being tested and it hasn’t been verified by Google.\nError 403: access_denied",
    },
  },
  {
    id: "en-page-title-only",
    lang: "en",
    expect: "redirect-uri-mismatch",
    evidence: { errorText: "Google only says: Access blocked: This app's request is invalid. Nothing else." },
  },
  {
    id: "en-imap-invalid-credentials",
    lang: "en",
    expect: "smtp-auth-rejected",
    evidence: {
      errorText:
        "2024-08-19 03:15:00,120 15 INFO db odoo.addons.fetchmail.models.fetchmail: General failure when trying to fetch mail from imap server Gmail inbox.\nimaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'",
    },
  },
  {
    id: "en-imap-web-login-alert",
    lang: "en",
    expect: "smtp-password-auth",
    evidence: {
      errorText:
        "b'[ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)'",
    },
  },
  {
    id: "en-google-dns-failure",
    lang: "en",
    expect: "google-unavailable",
    evidence: {
      errorText:
        "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='oauth2.googleapis.com', port=443): Max retries exceeded with url: /token (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
    },
  },
  {
    id: "en-access-error-not-admin",
    lang: "en",
    expect: "odoo-forbidden",
    evidence: {
      errorText:
        "Access Error\nYou are not allowed to access 'Mail Server' (ir.mail_server) records.\nThis operation is allowed for the following groups:\n\t- Administration/Settings",
    },
  },
  {
    id: "en-starttls-constraint",
    lang: "en",
    expect: "smtp-encryption",
    evidence: {
      errorText:
        "Incorrect Connection Security for Gmail mail server 'Gmail OAuth'. Please set it to \"TLS (STARTTLS)\".",
    },
  },

  // ── Italian: Google's pages, Odoo's messages as Odoo ships them, forum posts ──────────────────────
  {
    id: "it-proxy-http",
    lang: "it",
    expect: "redirect-uri-insecure-http",
    evidence: {
      errorText:
        "Accesso bloccato: la richiesta di questa app non è valida\n\nNon puoi accedere perché questa app ha inviato una richiesta non valida. Puoi riprovare più tardi o contattare lo sviluppatore in merito a questo problema.\nErrore 400: redirect_uri_mismatch\nDettagli richiesta: redirect_uri=http://gestionale.rossi-srl.it/google_gmail/confirm flowName=GeneralOAuthFlow",
    },
  },
  {
    id: "it-forum-org-internal",
    lang: "it",
    expect: "org-internal",
    evidence: {
      errorText:
        "Ciao a tutti, su Odoo 17 quando clicco Connetti account Gmail ottengo «Errore 403: org_internal». Nei dettagli della richiesta c'è redirect_uri=http://localhost:8069/google_gmail/confirm. Come risolvo?",
    },
  },
  {
    id: "it-credentials-17",
    lang: "it",
    expect: "odoo-credentials-missing",
    evidence: { errorText: "Errore utente\n\nConfigurare le credenziali Gmail." },
  },
  {
    id: "it-credentials-button",
    lang: "it",
    expect: "odoo-credentials-missing",
    evidence: {
      errorText:
        "Sul server di posta in uscita al posto di Connetti account Gmail vedo: Imposta le tue credenziali API di Gmail nelle impostazioni generali per collegare un account Gmail.",
    },
  },
  {
    id: "it-only-admin",
    lang: "it",
    expect: "odoo-forbidden",
    evidence: { errorText: "Errore di convalida\nSolo un amministratore può collegare un server di posta Gmail." },
  },
  {
    id: "it-odoo19-address-check",
    lang: "it",
    expect: "email-mismatch",
    evidence: {
      errorText:
        "Ops, stai creando un'autorizzazione da inviare dall'indirizzo mario.rossi@gmail.com ma il tuo indirizzo è amministrazione@rossi-srl.it. Assicurati che i tuoi indirizzi corrispondano!",
    },
  },
  {
    id: "it-token-log",
    lang: "it",
    expect: "token-fetch-failed",
    evidence: {
      errorText:
        "2024-10-02 09:30:12,004 2211 WARNING rossi odoo.http: Si è verificato un errore durante il recupero del token di accesso.",
    },
  },
  {
    id: "it-security-alert-mail",
    lang: "it",
    expect: "smtp-password-auth",
    evidence: {
      errorText:
        "Avviso di sicurezza critico\nTentativo di accesso bloccato\nQualcuno ha appena utilizzato la tua password per tentare di accedere al tuo account da un'app non Google. Google lo ha bloccato, ma ti consigliamo di controllare cosa è successo.",
    },
  },
  {
    id: "it-console-refusal",
    lang: "it",
    expect: "redirect-uri-invalid",
    evidence: {
      errorText:
        "Reindirizzamento non valido: deve terminare con un dominio di primo livello pubblico (ad esempio .com o .org).",
    },
  },
  {
    id: "it-advanced-protection",
    lang: "it",
    expect: "policy-enforced",
    evidence: {
      errorText:
        "Accesso bloccato: il tuo account è protetto dal Programma di protezione avanzata\nErrore 400: policy_enforced",
    },
  },
  {
    id: "it-test-user-with-details",
    lang: "it",
    expect: "test-user-missing",
    evidence: {
      errorText:
        "Accesso bloccato: Fatture Rossi non ha completato la procedura di verifica di Google\nL'app è attualmente in fase di test e può essere utilizzata solo da tester approvati dallo sviluppatore.\nErrore 403: access_denied\nDettagli richiesta: redirect_uri=https://gestionale.rossi-srl.it/google_gmail/confirm/",
    },
  },
  {
    id: "it-forum-app-password-535",
    lang: "it",
    expect: "smtp-password-auth",
    evidence: {
      errorText:
        "Ho configurato smtp.gmail.com con utente e password per le app ma la prova connessione dà 535-5.7.8 Username and Password not accepted",
    },
  },
  {
    id: "it-refresh-after-a-week",
    lang: "it",
    expect: "testing-token-expired",
    evidence: {
      errorText: "Dopo circa una settimana Odoo non invia più: nel log c'è invalid_grant durante il rinnovo del token",
    },
  },
  {
    id: "it-refresh-traceback",
    lang: "it",
    expect: "refresh-token-invalid",
    evidence: {
      errorText:
        "Errore durante l'invio della posta (Prova Connessione):\ngoogle.auth.exceptions.RefreshError: ('invalid_grant: Bad Request', {'error': 'invalid_grant', 'error_description': 'Bad Request'})",
    },
  },
  {
    id: "it-org-title-only",
    lang: "it",
    expect: "org-internal",
    evidence: {
      errorText:
        "Accesso bloccato: Posta Rossi può essere utilizzata solo all'interno della sua organizzazione\nmario.rossi@gmail.com",
    },
  },
  {
    id: "it-nginx-404",
    lang: "it",
    expect: "callback-blocked",
    evidence: {
      errorText:
        "Quando Google mi rimanda su /google_gmail/confirm vedo una pagina bianca con scritto\n404 Not Found\nnginx/1.22.1",
    },
  },
  {
    id: "it-calendar",
    lang: "it",
    expect: "other-odoo-google-feature",
    evidence: {
      errorText:
        "Errore 400: redirect_uri_mismatch\nDettagli richiesta: redirect_uri=https://odoo.rossi-srl.it/google_account/authentication flowName=GeneralOAuthFlow",
    },
  },
  {
    id: "it-html-escaped-invalid-client",
    lang: "it",
    expect: "invalid-client",
    evidence: {
      errorText:
        "&lt;b&gt;Accesso bloccato: errore di autorizzazione&lt;/b&gt;&lt;br&gt;Il client OAuth non è stato trovato.&lt;br&gt;Errore 401: invalid_client",
    },
  },
  {
    id: "it-old-admin-message",
    lang: "it",
    expect: "odoo-forbidden",
    evidence: { errorText: "Solo l'amministratore può collegare un mail server di Gmail." },
  },
  {
    id: "it-rate-limited-log",
    lang: "it",
    expect: "smtp-rate-limited",
    evidence: {
      errorText:
        "Invio non riuscito, nel log: 2024-11-05 18:00:01,220 4 ERROR db odoo.addons.base.models.ir_mail_server: SMTPDataError: (550, b'5.4.5 Daily user sending limit exceeded.')",
    },
  },

  // ── French ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "fr-proxy-http",
    lang: "fr",
    expect: "redirect-uri-insecure-http",
    evidence: {
      errorText:
        "Accès bloqué : la demande de cette application n'est pas valide\nErreur 400 : redirect_uri_mismatch\nDétails de la requête : redirect_uri=http://erp.dupont-fils.fr/google_gmail/confirm flowName=GeneralOAuthFlow",
    },
  },
  {
    id: "fr-org-internal-redacted",
    lang: "fr",
    expect: "org-internal",
    evidence: {
      errorText:
        "Erreur 403 : org_internal\nDétails de la requête : redirect_uri=https://example.com/google_gmail/confirm",
    },
  },
  {
    id: "fr-security-alert",
    lang: "fr",
    expect: "smtp-password-auth",
    evidence: {
      errorText:
        "Alerte de sécurité critique\nTentative de connexion bloquée\nQuelqu'un vient d'utiliser votre mot de passe pour tenter de se connecter à votre compte depuis une application autre que Google.",
    },
  },
  {
    id: "fr-embedded-browser",
    lang: "fr",
    expect: "disallowed-useragent",
    evidence: {
      errorText:
        "Accès bloqué : la demande d'Odoo ne respecte pas les règles de Google\nErreur 403 : disallowed_useragent",
    },
  },
  {
    id: "fr-forum-expired",
    lang: "fr",
    expect: "testing-token-expired",
    evidence: {
      errorText:
        "Bonjour, depuis une semaine j'ai l'erreur invalid_grant: Token has been expired or revoked. lors de l'envoi des mails depuis Odoo 16.",
    },
  },
  {
    id: "fr-cloudflare",
    lang: "fr",
    expect: "callback-blocked",
    evidence: {
      errorText:
        "Après l'autorisation Google, /google_gmail/confirm affiche :\nVous avez été bloqué\nPourquoi ai-je été bloqué ?\nCloudflare Ray ID: 8c2f0a1b2c3d4e5f",
    },
  },

  // ── Spanish ───────────────────────────────────────────────────────────────────────────────────────
  {
    id: "es-lan-address",
    lang: "es",
    expect: "web-base-url-mismatch",
    evidence: {
      errorText:
        "Acceso bloqueado: la solicitud de esta aplicación no es válida\nError 400: redirect_uri_mismatch\nDetalles de la solicitud: redirect_uri=http://192.168.0.20:8069/google_gmail/confirm",
    },
  },
  {
    id: "es-security-alert",
    lang: "es",
    expect: "smtp-password-auth",
    evidence: {
      errorText:
        "Alerta de seguridad crítica\nIntento de inicio de sesión bloqueado\nAlguien acaba de usar tu contraseña para intentar iniciar sesión en tu cuenta desde una aplicación que no es de Google.",
    },
  },
  {
    id: "es-test-user",
    lang: "es",
    expect: "test-user-missing",
    evidence: {
      errorText:
        "Acceso bloqueado: Odoo no ha completado el proceso de verificación de Google\nLa aplicación se está probando y solo pueden acceder a ella testers aprobados por el desarrollador.\nError 403: access_denied",
    },
  },
  {
    id: "es-admin-policy-trailing-slash",
    lang: "es",
    expect: "admin-policy-enforced",
    evidence: {
      errorText:
        "Error 400: admin_policy_enforced\nDetalles de la solicitud: redirect_uri=https://erp.empresa-garcia.es/google_gmail/confirm/",
    },
  },

  {
    id: "es-old-wording",
    lang: "es",
    expect: "redirect-uri-insecure-http",
    evidence: {
      errorText:
        "Error 400: redirect_uri_mismatch\nEl URI de redireccionamiento de la solicitud, http://erp.garcia-hnos.es/google_gmail/confirm, no coincide con los autorizados para el cliente de OAuth.",
    },
  },
  {
    id: "es-odoo-credentials",
    lang: "es",
    expect: "odoo-credentials-missing",
    evidence: { errorText: "Error de usuario\nConfigure sus credenciales de Gmail." },
  },

  // ── German ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: "de-proxy-http",
    lang: "de",
    expect: "redirect-uri-insecure-http",
    evidence: {
      errorText:
        "Zugriff blockiert: Die Anfrage dieser App ist ungültig\nFehler 400: redirect_uri_mismatch\nAnfragedetails: redirect_uri=http://odoo.mueller-gmbh.de/google_gmail/confirm",
    },
  },
  {
    id: "de-security-alert",
    lang: "de",
    expect: "smtp-password-auth",
    evidence: {
      errorText:
        "Kritische Sicherheitswarnung\nAnmeldeversuch wurde blockiert\nJemand hat gerade versucht, sich mit Ihrem Passwort über eine Nicht-Google-App in Ihrem Konto anzumelden.",
    },
  },
  {
    id: "de-test-user",
    lang: "de",
    expect: "test-user-missing",
    evidence: {
      errorText:
        "Fehler 403: access_denied\nDie App wird zurzeit getestet und kann nur von Testern verwendet werden, die vom Entwickler genehmigt wurden.",
    },
  },
  {
    id: "de-page-title-only",
    lang: "de",
    expect: "redirect-uri-mismatch",
    evidence: { errorText: "Zugriff blockiert: Die Anfrage dieser App ist ungültig" },
  },
  {
    id: "de-token-message-log",
    lang: "de",
    expect: "token-fetch-failed",
    evidence: {
      errorText:
        "2024-12-01 07:45:12,019 812 WARNING mueller odoo.http: Beim Abrufen des Zugriffstokens ist ein Fehler aufgetreten.",
    },
  },
  {
    id: "de-console-refusal",
    lang: "de",
    expect: "redirect-uri-invalid",
    evidence: {
      errorText: "Ungültige Weiterleitung: muss auf eine öffentliche Top-Level-Domain enden (z. B. .com oder .org).",
    },
  },

  // ── Portuguese ────────────────────────────────────────────────────────────────────────────────────
  {
    id: "pt-proxy-http",
    lang: "pt",
    expect: "redirect-uri-insecure-http",
    evidence: {
      errorText:
        "Acesso bloqueado: a solicitação deste app é inválida\nErro 400: redirect_uri_mismatch\nDetalhes da solicitação: redirect_uri=http://erp.silva.com.br/google_gmail/confirm",
    },
  },
  {
    id: "pt-org-internal",
    lang: "pt",
    expect: "org-internal",
    evidence: { errorText: "Acesso bloqueado: o Odoo só pode ser usado na organização\nErro 403: org_internal" },
  },
  {
    id: "pt-weekly-expiry",
    lang: "pt",
    expect: "testing-token-expired",
    evidence: {
      errorText: "Depois de uma semana o Odoo parou de enviar e-mails pelo Gmail, preciso reconectar a conta toda vez.",
    },
  },
  {
    id: "pt-security-alert",
    lang: "pt",
    expect: "smtp-password-auth",
    evidence: { errorText: "Alerta de segurança crítico\nTentativa de login bloqueada" },
  },

  // ── Turkish ───────────────────────────────────────────────────────────────────────────────────────
  {
    id: "tr-proxy-http",
    lang: "tr",
    expect: "redirect-uri-insecure-http",
    evidence: {
      errorText:
        "Erişim engellendi: Bu uygulamanın isteği geçersiz\nHata 400: redirect_uri_mismatch\nİstek ayrıntıları: redirect_uri=http://erp.yilmaz.com.tr/google_gmail/confirm",
    },
  },
  {
    id: "tr-test-user",
    lang: "tr",
    expect: "test-user-missing",
    evidence: { errorText: "Erişim engellendi\nHata 403: access_denied\nUygulama şu anda test ediliyor" },
  },
  {
    id: "tr-org-internal-page",
    lang: "tr",
    expect: "org-internal",
    evidence: {
      errorText: "Erişim engellendi: Odoo yalnızca kendi kuruluşu içinde kullanılabilir\nHata 403: org_internal",
    },
  },
  {
    id: "tr-security-alert",
    lang: "tr",
    expect: "smtp-password-auth",
    evidence: { errorText: "Kritik güvenlik uyarısı\nOturum açma girişimi engellendi" },
  },
];
