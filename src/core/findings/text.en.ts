/**
 * English texts of the finding catalog: a title, a short explanation and ordered fix steps for every
 * finding id. Terms, menu paths and Odoo labels follow the guide's troubleshooting page.
 */
import type { FindingTextTable } from "./types.ts";

export const findingTextEn = {
  "redirect-uri-mismatch": {
    title: "Google rejected the redirect URI (redirect_uri_mismatch)",
    explanation:
      "Google compares the redirect URI that Odoo sends with the client's Authorized redirect URIs character by character (scheme, host, port, path, case, trailing slash), and none of them matched. Odoo builds that URI from the system parameter `web.base.url` plus `/google_gmail/confirm`, not from your browser's address bar.",
    fix: [
      "Copy the value after `redirect_uri=` from the request details on Google's error page: it is exactly what Odoo sent.",
      "In the Google Cloud console, open Google Auth Platform → Clients (older: APIs & Services → Credentials) and the Web application client whose ID is in Odoo's settings.",
      "Compare the sent value with the Authorized redirect URIs part by part: scheme, host, port and path.",
      "If the sent value is the public address your users type, add it exactly under Authorized redirect URIs and save; Google may take a few minutes to apply it.",
      "If the sent value is wrong (`http://`, `localhost`, an internal host, another path), correct `web.base.url` in Odoo instead of registering it.",
      "Click Connect your Gmail account again.",
    ],
  },
  "redirect-uri-insecure-http": {
    title: "Odoo sends an http:// redirect URI (reverse proxy)",
    explanation:
      "The redirect URI starts with `http://` on a public host, although users reach Odoo over HTTPS. A reverse proxy handles HTTPS and talks plain HTTP to Odoo; without `proxy_mode`, Odoo ignores the proxy's `X-Forwarded-Host` and `X-Forwarded-Proto` headers, and every admin login writes the internal `http://` address into `web.base.url`. Google never accepts `http://` for a public host.",
    fix: [
      "On the Odoo server, set `proxy_mode = True` in the `[options]` section of the configuration file (or start Odoo with `--proxy-mode`) and restart Odoo.",
      "Make the reverse proxy pass the original host and scheme, for nginx with `proxy_set_header X-Forwarded-Host $host;` and `proxy_set_header X-Forwarded-Proto $scheme;`, then reload it.",
      "Log out and log in again as an administrator through the public `https://` address, so that Odoo rewrites `web.base.url` from that request.",
      "In developer mode, open Settings → Technical → Parameters → System Parameters, check that `web.base.url` is the public `https://` address, and add `web.base.url.freeze` with value `True` to keep it.",
      "Make sure the matching `https://` URI ending in `/google_gmail/confirm` is among the Authorized redirect URIs, remove the `http://` leftovers, and click Connect your Gmail account again.",
    ],
  },
  "redirect-uri-wrong-path": {
    title: "The redirect URI path is not exactly /google_gmail/confirm",
    explanation:
      "Scheme and host match, but the path differs: a trailing or double slash, a typo such as `/google-gmail/confirm`, different letter case, an extra prefix or another route. Google matches the whole URI exactly, and Odoo's path is always `/google_gmail/confirm`. With a base path in `web.base.url` (such as `https://example.com/erp`), 16.0–18.0 drop it and send `https://example.com/google_gmail/confirm`, while 19.0 keeps it.",
    fix: [
      "Copy the exact value after `redirect_uri=` from the request details on Google's error page.",
      "In Google Auth Platform → Clients (older: APIs & Services → Credentials), make the Authorized redirect URI identical to it and delete the wrong entries.",
      "On 16.0–18.0 with a base path, let your reverse proxy forward `/google_gmail/` at the host's root to Odoo.",
      "After upgrading from 18.0 to 19.0 with a base path, register the new URI that includes the path as well.",
      "Save, wait a few minutes, and click Connect your Gmail account again.",
    ],
  },
  "redirect-uri-placeholder": {
    title: "The documentation placeholder is still in the redirect URI",
    explanation:
      "The client's Authorized redirect URIs contain `yourdbname` (Odoo's English documentation) or `nomedb` (the Italian one) instead of your real host name. Google accepts such an address as valid, but it never matches the URI that Odoo sends.",
    fix: [
      "Find your real address: on Odoo Online your sub-domain (for example `https://mycompany.odoo.com`), otherwise the value of `web.base.url`.",
      "In Google Auth Platform → Clients (older: APIs & Services → Credentials), open the client and replace the placeholder entry with the real URI, for example `https://mycompany.odoo.com/google_gmail/confirm`.",
      "Save, wait a few minutes, and click Connect your Gmail account again.",
    ],
  },
  "redirect-uri-invalid": {
    title: "Google refuses to register this redirect URI (breaks its rules)",
    explanation:
      "Redirect URIs of Web application clients must use `https://` and a domain under a public suffix, with no raw IP address, user name or password, fragment, wildcard or path traversal; only `localhost` is exempt. The console will not save such a URI, so Odoo cannot use it.",
    fix: [
      "Give Odoo a real name under a public suffix, such as `erp.example.com`; it need not be reachable from the internet, because your browser follows the redirect, not Google.",
      "Serve Odoo over HTTPS on that name with a certificate your browsers trust, and configure the reverse proxy and `proxy_mode = True` so that Odoo sees the `https://` address.",
      "In Settings → Technical → Parameters → System Parameters (developer mode), set `web.base.url` to that address, for example `https://erp.example.com`.",
      "Register `https://erp.example.com/google_gmail/confirm` with your own name; if the console asks, add your domain to the authorized domains on the Branding page (older: OAuth consent screen).",
      "Click Connect your Gmail account again.",
    ],
  },
  "web-base-url-mismatch": {
    title: "Odoo's web.base.url is not the public address registered in Google",
    explanation:
      "Odoo sends whatever the system parameter `web.base.url` holds, and here it is `localhost`, an internal host or IP, a staging name or another domain instead of the public address registered in Google. Its default is `http://localhost:8069`, each admin login overwrites it with the address that admin used (unless `web.base.url.freeze` is set), and a restored database brings the source's value along.",
    fix: [
      "Choose the public address your users type, for example `https://erp.example.com`.",
      "Activate developer mode, open Settings → Technical → Parameters → System Parameters and set `web.base.url` to that address, without a trailing slash.",
      "Add the parameter `web.base.url.freeze` with value `True`, so that admin logins from other addresses no longer overwrite it.",
      "Make sure the matching URI ending in `/google_gmail/confirm` is among the Authorized redirect URIs (16.0–18.0 drop any path in `web.base.url`; 19.0 keeps it).",
      "Click Connect your Gmail account again.",
    ],
  },
  "client-type-desktop": {
    title: "The OAuth client is a Desktop app, not a Web application",
    explanation:
      "Desktop clients (the downloaded JSON starts with `installed` instead of `web`) only accept loopback redirects such as `http://127.0.0.1`, so Odoo's public `https://` callback cannot be registered and Google usually answers `redirect_uri_mismatch`. The client type cannot be changed after creation.",
    fix: [
      "In Google Auth Platform → Clients (older: APIs & Services → Credentials), create a client with Application type Web application.",
      "Add your redirect URI under Authorized redirect URIs, for example `https://erp.example.com/google_gmail/confirm`.",
      "Create it and save the client ID and secret; the console shows the full secret only once.",
      "Paste them into the ID and Secret fields of Odoo's Gmail settings and click Save.",
      "Open the outgoing server and click Connect your Gmail account.",
      "Delete the Desktop client.",
    ],
  },
  "oob-flow-blocked": {
    title: "An outdated Odoo build uses the blocked out-of-band flow (urn:ietf:wg:oauth:2.0:oob)",
    explanation:
      "Until May 2022, Odoo's Gmail integration (14.0 and 15.0 builds) had Google display a code that you pasted into Odoo; Google now blocks this out-of-band flow with `Error 400: invalid_request`. Every release from 16.0 to 19.0 uses the redirect flow through `/google_gmail/confirm`, so this code is older than that change or comes from a third-party Gmail module.",
    fix: [
      "Check your Odoo version and build.",
      "Update to a current build of your branch, or better, upgrade to 16.0 or later.",
      "Upgrade the Google Gmail module from Apps and uninstall any third-party Gmail module.",
      "Use a Web application client with your `/google_gmail/confirm` redirect URI registered, then click Connect your Gmail account.",
    ],
  },
  "test-user-missing": {
    title: "The Google account is not a test user of the app (Error 403: access_denied)",
    explanation:
      "The app is External and in Testing, where only the accounts listed under Test users may authorize it. No test user was added, the address has a typo, or another account was picked in Google's chooser.",
    fix: [
      "Open Google Auth Platform → Audience (older: OAuth consent screen).",
      "Under Test users, click Add users, enter the exact address that will send mail (the Username of the Odoo outgoing server) and save.",
      "In Odoo, click Connect your Gmail account and choose that account.",
      "Decide whether to stay in Testing: every authorization there expires after seven days, so for lasting use publish the app or, on Google Workspace, choose the Internal user type.",
    ],
  },
  "app-unverified": {
    title: "Google warns that it hasn't verified this app (unverified app in production)",
    explanation:
      "The app is In production with user type External and requests the restricted scope `https://mail.google.com/` without Google's verification. It is a warning, not an error: you are the developer, and the client is your own.",
    fix: [
      "On the warning page, click Advanced, then the link Go to … (unsafe) with your app's name.",
      "Allow the access with Continue or Allow.",
      "Back in Odoo, click Test Connection.",
      "To avoid the warning on Google Workspace, use the Internal user type instead; Back to testing also removes it, but brings back the test-user list and the seven-day expiry.",
      "If Google says This app is blocked instead (no Advanced link), it refuses this account outright: go Back to testing and add the account as a test user, or on Workspace use the Internal user type or have the administrator trust the client under API controls.",
    ],
  },
  "testing-token-expired": {
    title: "Google expired or revoked the refresh token (invalid_grant)",
    explanation:
      'Google answers `invalid_grant` "Token has been expired or revoked.", so Odoo shows "An error occurred when fetching the access token." while the Gmail Token Valid badge stays green. The usual cause is the seven-day expiry of External apps in Testing; a revocation, a password change, six months without use, more than 100 tokens per account and client, or a Workspace administrator restriction have the same effect.',
    fix: [
      "Open the outgoing server and click the gear icon next to Gmail Token Valid to authorize again.",
      "Click Test Connection.",
      "If the app is in Testing, end the weekly cycle: publish it, or use the Internal user type with Google Workspace.",
      "After publishing, reconnect once more, because tokens issued in Testing keep their seven-day clock.",
      "Reconnect every other server that uses this account, outgoing and incoming, and keep staging copies off the production client and account.",
    ],
  },
  "consent-cancelled": {
    title: "The Google consent was cancelled (error=access_denied)",
    explanation:
      'Someone clicked Cancel on Google\'s account chooser or consent screen, so Google sent the browser back with `error=access_denied` and Odoo showed "An error occur during the authentication process." (19.0: "An error occurred during the authentication process."). Nothing is broken; this is not the same as `Error 403: access_denied` on Google\'s own page, which means a missing test user.',
    fix: [
      "Go back to the outgoing server in Odoo (on 19.0, with the Go back button).",
      "Click Connect your Gmail account again.",
      "Choose the sending account and allow access; if Google lists permissions with checkboxes, tick the Gmail one.",
    ],
  },
  "org-internal": {
    title: "The account is outside the organization of an Internal app (Error 403: org_internal)",
    explanation:
      "The user type is Internal, so only accounts of the Google Workspace organization that owns the project may authorize the app. A personal Gmail account or an account from another domain was used.",
    fix: [
      "Connect again and pick your organization's account, the one in the server's Username; a private window avoids the wrong session.",
      "If the sending address really is outside the organization, switch the user type to External in Google Auth Platform → Audience (older: OAuth consent screen).",
      "Then add the address as a test user or publish the app, and click Connect your Gmail account again.",
    ],
  },
  "admin-policy-enforced": {
    title: "A Google Workspace policy blocks the app (admin_policy_enforced)",
    explanation:
      "The Google Workspace administrator decides which third-party apps may reach the organization's data. Your OAuth client is blocked or limited, or the domain does not allow apps that are not configured yet (`access_not_configured`).",
    fix: [
      "Copy the client ID from Odoo's Gmail settings; it ends in `.apps.googleusercontent.com`.",
      "Ask the Workspace administrator to open Security → Access and data control → API controls → Manage Third-Party App Access in the Google Admin console.",
      "Have the administrator add the app by its client ID, set it to Trusted for the users who will connect, and save.",
      "Wait a few minutes, then click Connect your Gmail account again.",
    ],
  },
  "invalid-client": {
    title: "Google does not recognize the client ID or secret (invalid_client)",
    explanation:
      'With "The OAuth client was not found.", the ID in Odoo matches no client: a typo, extra spaces, the project ID instead of the client ID, or a client from another project. With "Unauthorized" at the code exchange, the secret does not belong to this client or was replaced, and Odoo only shows a generic authentication or access-token error.',
    fix: [
      "In Google Auth Platform → Clients (older: APIs & Services → Credentials), open the Web application client and copy its client ID, which ends in `.apps.googleusercontent.com`.",
      "Find the secret you saved (recent ones start with `GOCSPX-`); the console shows it in full only once, so if it is lost, add a new secret to the client.",
      "Paste both into the ID and Secret fields of Odoo's Gmail settings, without spaces, and click Save.",
      "Connect the account again with Connect your Gmail account, or with the gear icon next to Gmail Token Valid.",
    ],
  },
  "deleted-client": {
    title: "The OAuth client was deleted in Google Cloud (deleted_client)",
    explanation:
      "The client whose ID is in Odoo was deleted in the Google Cloud console, so Google refuses new connections and token refreshes alike. Google keeps a deleted client restorable for 30 days.",
    fix: [
      "On the project's Clients page (older: Credentials), look for the deleted clients.",
      "Within the 30 days, restore it; the ID and secret in Odoo stay valid.",
      "Otherwise, create a new Web application client with your redirect URI and enter its ID and secret in Odoo's Gmail settings.",
      "Reconnect every Gmail server, outgoing and incoming.",
    ],
  },
  "odoo-forbidden": {
    title: "Odoo answered Forbidden at /google_gmail/confirm",
    explanation:
      "Before accepting Google's code, Odoo checks the user and the `state` parameter, which must point to an existing mail server record and carry a valid security token; any failed check gives this page, with no detail. Usual causes: not an administrator (16.0–18.0), the callback opened by hand or reloaded, another database or a restored copy, a deleted server record, the browser logged in as another user, or on 19.0 a failed call to Google for the account's address.",
    fix: [
      'URL-decode the `state` in the address bar: it should name `ir.mail_server` (or `fetchmail.server`) with a number as `id`; if it shows `"id": false`, upgrade the Google Gmail module.',
      "In the same browser, open the host in `web.base.url` and make sure you are logged in as an administrator of the right database; a private window helps.",
      "Check that `web.base.url` belongs to this database, not to production or another database.",
      "Open the saved server record and click Connect your Gmail account from there; never reload the callback or open it by hand.",
      "On 19.0, if it persists, check that the Odoo server can reach Google.",
    ],
  },
  "odoo-module-outdated": {
    title: "The Google Gmail module is not upgraded in the database",
    explanation:
      'The `state` carries `"id": false` and `"csrf_token": false`, or Apps shows the module as To Upgrade. In May 2022 Odoo replaced the copy-and-paste code flow with the redirect flow; with new code on disk but old views in the database, the connect button builds Google\'s URL for an unsaved record without a valid token, and Odoo answers Forbidden on the way back.',
    fix: [
      "Open Apps and remove the Apps filter from the search bar.",
      "Search for `Gmail`, open the three-dot menu on the Google Gmail card and click Upgrade.",
      "On a self-hosted server you can instead run `odoo-bin -c /etc/odoo/odoo.conf -d mydb -u google_gmail --stop-after-init` with your database name in place of `mydb`, then restart Odoo.",
      "Reload the browser page, open the server, save it and click Connect your Gmail account again.",
    ],
  },
  "odoo-credentials-missing": {
    title: "The Gmail client ID or secret is missing in Odoo's settings",
    explanation:
      'Odoo shows "Please configure your Gmail credentials." (16.0–18.0 may show "Setup your Gmail API credentials in the general settings to link a Gmail account." instead of the connect button) because the ID or the Secret in the Gmail settings is empty. Without both, Odoo cannot build Google\'s authorization URL.',
    fix: [
      "Go to Settings → General Settings, section Discuss (16.0, 17.0) or Emails (18.0, 19.0).",
      "Tick Use Custom Email Servers (16.0: Custom Email Servers), then Use a Gmail Server (16.0: Gmail Credentials).",
      "Paste the client ID into ID and the secret into Secret, and click Save.",
      "Reload the outgoing server and click Connect your Gmail account.",
    ],
  },
  "email-mismatch": {
    title: "The Google account differs from the mail server's address (19.0)",
    explanation:
      "Odoo 19.0 asks Google for the address of the account that consented and compares it with the mail server's address; they differ, so it shows \"Oops, you're creating an authorization to send from … but your address is …\". The first address is the Google account you signed in with, the second is the server's.",
    fix: [
      "Click Go back.",
      "Click Connect your Gmail account again and pick the account with the server's address in Google's chooser (Use another account if needed; a private window helps).",
      "If the server's address is the wrong one, correct it in Odoo first, save, and connect again.",
    ],
  },
  "smtp-auth-rejected": {
    title: "Gmail refused the OAuth login (535-5.7.8 after XOAUTH2)",
    explanation:
      "Gmail did not accept the token for that user; because Odoo does not check the reply to the XOAUTH2 login, the refusal may only show at the next command, as `530-5.7.0 Authentication Required`. Usually the server's Username is not the Google account that consented (16.0–18.0 do not check this), or the grant lacks the Gmail scope.",
    fix: [
      "Set Username on the outgoing server to the exact address of the Google account you send from.",
      "Click the gear icon next to Gmail Token Valid and authorize again, signing in with that account and allowing every permission.",
      "Click Test Connection; Connection Test Successful! means that sending works.",
      "If it still fails on Google Workspace, ask the administrator whether the app is restricted under API controls.",
    ],
  },
  "smtp-password-auth": {
    title: "The server logs in to Gmail with a password instead of OAuth",
    explanation:
      "The outgoing server uses `smtp.gmail.com` with a username and password, and Google no longer accepts the normal account password from mail programs. `534-5.7.9` means the account uses 2-Step Verification and `534-5.7.14` that Google blocked the sign-in; OAuth avoids all of these.",
    fix: [
      "In Settings → General Settings, click Outgoing Email Servers and open the Gmail server.",
      "Under Authenticate with, choose Gmail OAuth Authentication; Odoo fills in `smtp.gmail.com`, TLS (STARTTLS) and port `587`.",
      "Empty the Password field, because Odoo refuses a password on a Gmail OAuth server.",
      "Set Username to the Gmail address and save.",
      "Click Connect your Gmail account, then Test Connection.",
    ],
  },
  "smtp-encryption": {
    title: "The Gmail OAuth server must use TLS (STARTTLS) on port 587, not SSL/465",
    explanation:
      'Odoo requires TLS (STARTTLS) for Gmail OAuth servers and refuses SSL/TLS with "Incorrect Connection Security…", although Gmail also listens on port 465. Odoo does not check the port, so STARTTLS on 465 saves but cannot connect ("No response received. Check server address and port number.").',
    fix: [
      "Open the outgoing server and set the connection security to TLS (STARTTLS).",
      "Set host `smtp.gmail.com` and port `587`; choosing Gmail OAuth Authentication again under Authenticate with fills in all three.",
      "Save and click Test Connection.",
    ],
  },
  "auth-code-invalid": {
    title: "Google refused the authorization code (invalid_grant)",
    explanation:
      'The authorization code works once, for a few minutes, and only exactly as issued. "Code was already redeemed." means the callback was loaded twice, "Malformed auth code." that a proxy or firewall changed the `%2F` in the code on the way, and "Bad Request" that the code expired or belongs to another client.',
    fix: [
      "Do not reload the callback page; go back to the server form.",
      "Log in to Odoo as an administrator on the `web.base.url` host first, so that the flow skips the login page.",
      "Click Connect your Gmail account again and finish the consent in one go.",
      'If "Malformed auth code." comes back, check the proxy and firewall rules for `/google_gmail/confirm`: they must pass the query string unchanged.',
    ],
  },
  "token-fetch-failed": {
    title: "Odoo could not get an access token from Google",
    explanation:
      'At each SMTP or IMAP login Odoo asks Google for a new access token with the stored refresh token; Google refused or did not answer within 5 seconds, and Odoo showed only "An error occurred when fetching the access token." without Google\'s reason. Common causes are an expired or revoked token (`invalid_grant`, typical after seven days in Testing), a wrong or replaced secret (`invalid_client`), a changed `web.base.url` (`redirect_uri_mismatch`) or a network problem.',
    fix: [
      "Click the gear icon next to Gmail Token Valid to authorize again, then Test Connection; if that works, the refresh token was dead, so check whether the app is in Testing.",
      "If authorizing again fails at once, check the Secret in Odoo's Gmail settings and the value of `web.base.url`.",
      "On self-hosted Odoo, look in the server log at the time of the error: a timeout or connection error means Odoo cannot reach `https://oauth2.googleapis.com`.",
      "Fix the cause you found, then connect the account again.",
    ],
  },
  "scope-insufficient": {
    title: "The Google authorization lacks the https://mail.google.com/ scope",
    explanation:
      "Gmail's SMTP and IMAP accept OAuth only with `https://mail.google.com/`; narrower scopes such as `gmail.send` are not enough, so Gmail answers with a `334` challenge naming that scope, then `535-5.7.8`. Odoo always requests it, so usually the Gmail permission was left unticked on Google's consent screen (19.0 asks for two permissions) or the token came from another tool.",
    fix: [
      "Open the outgoing server and click the gear icon next to Gmail Token Valid to authorize again.",
      "On Google's consent screen, tick every permission, including the Gmail one.",
      "Click Test Connection.",
    ],
  },
  "disallowed-useragent": {
    title: "Google blocks sign-in from an embedded browser (disallowed_useragent)",
    explanation:
      "Google refuses OAuth sign-ins inside embedded browsers, such as the built-in browser of a mobile app (Odoo's included) or of a chat or mail program that opens links inside itself.",
    fix: [
      "Open Odoo in a regular browser (Chrome, Firefox, Safari, Edge), preferably on a computer.",
      "Log in as an administrator and open the mail server.",
      "Click Connect your Gmail account.",
    ],
  },
  "policy-enforced": {
    title: "A security policy of the Google account blocks the app (policy_enforced)",
    explanation:
      "Google answered `policy_enforced`: the account is enrolled in Google's Advanced Protection Program, or a security policy applied to the account itself refuses apps that Google has not approved for it. It is not the Workspace administrator's control of third-party apps (`admin_policy_enforced`), and no setting in Odoo or in your OAuth client changes it.",
    fix: [
      "Signed in as the sending account, open Google Account → Security and check whether it is enrolled in the Advanced Protection Program.",
      "If it is, send from an account that is not enrolled, or have the owner leave the program, knowing that it lowers the account's protection.",
      "On Google Workspace, ask the administrator which policy applies to the account (Security → Advanced Protection Program and Security → Access and data control → API controls in the Google Admin console) and whether your client ID can be allowed.",
      "Click Connect your Gmail account again and pick that account.",
    ],
  },
  "callback-blocked": {
    title: "A proxy, firewall or web server blocked the callback before Odoo",
    explanation:
      "The 403, 404 or 5xx page at `/google_gmail/confirm` was written by something in front of Odoo, such as nginx, Apache, Cloudflare, a web application firewall (ModSecurity, Sucuri, Imperva) or a company firewall: its wording or signature is not Odoo's. Google's redirect carries a long query string (`state` with JSON, `code` with `%2F`, `scope` with URLs) that such rules often refuse, or the proxy does not pass that path to Odoo. It is not Odoo's Forbidden, and the redirect URI in Google is not the problem.",
    fix: [
      "Note what the error page names (nginx, Apache, Cloudflare with a Ray ID, ModSecurity, an incident or support ID): that is the component that answered.",
      "In that component's log, find the request to `/google_gmail/confirm` at the time of the error and the rule or location that answered it.",
      "Let `/google_gmail/confirm` reach Odoo unchanged, query string included: exclude it from the firewall rule that fired, and forward it to Odoo like every other Odoo path.",
      "Leave the redirect URI in Google as it is, then click Connect your Gmail account again.",
    ],
  },
  "other-odoo-google-feature": {
    title: "This is Odoo's Google Calendar, Drive or sign-in callback, not the Gmail one",
    explanation:
      "The address ends in `/google_account/authentication`, used by Odoo's Google Calendar and Google Drive synchronization, or in `/auth_oauth/signin`, used by Sign in with Google (OAuth login). Those are the right paths for those features and must stay as they are; the Gmail mail server uses `/google_gmail/confirm`, and each feature's redirect URI is registered as a separate entry. Google's other rules apply to all of them: `https://`, the public host in `web.base.url`, an exact match.",
    fix: [
      "Find out which Odoo feature showed the error: Google Calendar or Google Drive, the Sign in with Google button on the login page, or the Gmail mail server.",
      "For Calendar or Drive, register exactly your public address followed by `/google_account/authentication` (for example `https://erp.example.com/google_account/authentication`) on the client whose ID is in that feature's settings.",
      "For Sign in with Google, register exactly your public address followed by `/auth_oauth/signin` on the client entered in Odoo's Google OAuth provider (Settings → Users & Companies → OAuth Providers, in developer mode).",
      "If Google's request details show `http://`, `localhost` or an internal host, correct `web.base.url` as for Gmail: the host and scheme come from it for every feature.",
      "For the Gmail mail server, add `/google_gmail/confirm` as one more Authorized redirect URI; never replace another feature's URI with it.",
    ],
  },
  "refresh-token-invalid": {
    title: "Google refused the stored refresh token (invalid_grant while refreshing)",
    explanation:
      "The connection worked once, but when Odoo traded the stored refresh token for an access token, before sending or fetching mail, Google answered `invalid_grant`; the authorization code of the first connection plays no part. When it started tells the causes apart: about seven days after connecting with an External app in Testing, the Testing expiry; right after a password change or reset, the password change; after the app was removed from the Google Account's third-party connections, a revocation; after six months without use, inactivity; with many databases or staging copies on one client and account, the limit of 100 refresh tokens.",
    fix: [
      "Note when sending stopped and what happened just before: the app's publishing status, a password change, a revocation, a restored or copied database.",
      "Open the outgoing server, click the gear icon next to Gmail Token Valid to authorize again, then click Test Connection.",
      "If the app is External and in Testing, publish it or use the Internal user type with Google Workspace, then reconnect once more, because tokens issued in Testing keep their seven-day clock.",
      "Reconnect every other server that uses this account, outgoing and incoming, and keep staging copies off the production client and account.",
    ],
  },
  "smtp-rate-limited": {
    title: "Gmail is limiting this account (421/454 4.7.0 or 550 5.4.5)",
    explanation:
      "Gmail refused to go on because of a limit, not because of the OAuth setup: `454 4.7.0` and `421 4.7.0` mean too many logins or connections in a short time (a retry loop, several Odoo workers or servers logging in at once, earlier failed attempts), and `550 5.4.5` means the account reached its daily sending limit, roughly 500 recipients a day for a personal Gmail account and 2,000 for Google Workspace.",
    fix: [
      "Wait: login limits usually clear within an hour, and the daily sending limit within 24 hours.",
      "Stop whatever logs in with this account over and over: other programs using the same address, several Odoo databases or servers, a loop that retries failed logins.",
      "If you reach the daily limit, spread large mailings over several days or send them through a mailing service with its own outgoing server.",
      "Then click Test Connection; if Gmail answers `535-5.7.8` or `530-5.7.0` instead, the login itself is refused, so follow that finding.",
    ],
  },
  "client-id-malformed": {
    title: "The client ID in Odoo is not in Google's format",
    explanation:
      "A Google client ID is a number, a hyphen and 32 lowercase letters and digits, followed by `.apps.googleusercontent.com`. This value is different: it may contain a typo or spaces, lack the `.apps.googleusercontent.com` ending, or be the secret or the project ID pasted into the wrong field, and Google will answer `invalid_client`.",
    fix: [
      "In Google Auth Platform → Clients (older: APIs & Services → Credentials), open your Web application client and copy its client ID.",
      "Paste it into the ID field of Odoo's Gmail settings, with no spaces or line breaks around it, and click Save.",
      "Check that the Secret field holds the secret (recent ones start with `GOCSPX-`), not the ID.",
      "Click Connect your Gmail account again.",
    ],
  },
  "client-secret-malformed": {
    title: "The client secret in Odoo does not look like a Google secret",
    explanation:
      "Google client secrets start with `GOCSPX-` followed by 28 characters; older clients may have a 24-character secret without the prefix. This value is different: often the client ID was pasted into the Secret field, or the secret was cut short or picked up extra spaces, and Google will answer `invalid_client` at the code exchange.",
    fix: [
      "Find the secret you saved when you created the client, or the `client_secret` value in the downloaded JSON file.",
      "If you no longer have it, open the client in Google Auth Platform → Clients (older: APIs & Services → Credentials) and add a new secret; the console shows it in full only once.",
      "Paste it into the Secret field of Odoo's Gmail settings, without spaces, and click Save.",
      "Click Connect your Gmail account again.",
    ],
  },
  "javascript-origins-present": {
    title: "The client lists Authorized JavaScript origins, which Odoo does not need",
    explanation:
      "Authorized JavaScript origins are for web pages that talk to Google directly from the browser; Odoo's Gmail connection uses the redirect flow and exchanges the code on the server. They do no harm, but they often mean the client was set up for another purpose, and an origin never replaces a missing redirect URI.",
    fix: [
      "In Google Auth Platform → Clients (older: APIs & Services → Credentials), open the client.",
      "Remove the entries under Authorized JavaScript origins, unless another application uses this client.",
      "Check that Authorized redirect URIs contains the exact URI that Odoo sends, ending in `/google_gmail/confirm`, and save.",
    ],
  },
  "testing-weekly-reauth": {
    title: "The app is in Testing: Odoo will stop sending 7 days after each connection",
    explanation:
      'For External apps in Testing, Google expires every authorization seven days after consent, because the Gmail scope goes beyond name, email and profile. The Gmail Token Valid badge stays green, but from then on Odoo shows "An error occurred when fetching the access token." until you reconnect; each way out has a cost.',
    fix: [
      "On Google Workspace, if the project belongs to your organization, set the user type to Internal in Google Auth Platform → Audience (older: OAuth consent screen): no test users, no warning, no weekly expiry.",
      'With personal Gmail, click Publish app to move to In production and accept the "Google hasn\'t verified this app" warning at each connection; an unverified app allows 100 users in its lifetime, plenty for a few mailboxes.',
      "Or stay in Testing, which suits a trial, and reconnect every seven days with the gear icon next to Gmail Token Valid.",
      "After switching to Internal or In production, reconnect each server once, because tokens issued in Testing keep their seven-day clock.",
    ],
  },
  "smtp-host-wrong": {
    title: "The Gmail OAuth server does not point to smtp.gmail.com",
    explanation:
      "The outgoing server uses Gmail OAuth Authentication but connects to another host, such as `imap.gmail.com` (meant for incoming mail) or a relay. Odoo sets `smtp.gmail.com` itself when you choose Gmail OAuth Authentication, and that is the host Gmail documents for OAuth logins on port 587; a relay does not accept Google's token.",
    fix: [
      "In Settings → General Settings, click Outgoing Email Servers and open the Gmail server.",
      "Set the SMTP server to `smtp.gmail.com`, with TLS (STARTTLS) and port `587`; choosing Gmail OAuth Authentication again under Authenticate with fills in all three.",
      "If you must send through a relay, set it up as a separate outgoing server with the relay's own login, not with Gmail OAuth.",
      "Save and click Test Connection.",
    ],
  },
  "odoo-version-old": {
    title: "Odoo is older than 16.0 or runs an outdated build",
    explanation:
      "This guide and its checks cover Odoo 16.0 to 19.0, which all use the redirect flow through `/google_gmail/confirm`. Older versions, and builds from before May 2022, use the copy-and-paste out-of-band flow that Google now blocks, or have no Gmail OAuth at all.",
    fix: [
      "Check your exact Odoo version and build.",
      "Upgrade to Odoo 16.0 or later, or at least update to a current build of your branch.",
      "After the update, upgrade the Google Gmail module from Apps so that the database gets the new views.",
      "Use a Web application client with your `/google_gmail/confirm` redirect URI registered, then click Connect your Gmail account.",
    ],
  },
  "google-unavailable": {
    title: "Google's token endpoint did not answer in time or failed",
    explanation:
      "The request to Google's token endpoint timed out or got a server error (HTTP 5xx), so no token could be fetched. This is usually a network problem between the server and Google (firewall, proxy, DNS) or a short outage at Google, not a setting in Google Cloud.",
    fix: [
      "Try again in a few minutes; short outages at Google pass by themselves.",
      "From the Odoo server, check that `https://oauth2.googleapis.com` is reachable on port 443 (firewall, outgoing proxy, DNS).",
      "If the server uses an outgoing proxy, make sure Odoo's process uses it too (environment variables of the Odoo service).",
      "If it keeps failing, check Google's status page for Google Cloud and Gmail.",
    ],
  },
  "companion-store-unavailable": {
    title: "The companion lost its run store during this test",
    explanation:
      "This companion keeps live tests in a shared store (Redis) that stopped answering while the test ran, so the test was stopped. Nothing is wrong with your Google client or Odoo because of it; your secret was discarded as usual.",
    fix: [
      "Start the test again in a few minutes.",
      "If it keeps happening, tell whoever runs this companion: its Redis server did not answer.",
    ],
  },
  "smtp-unreachable": {
    title: "smtp.gmail.com could not be reached on port 587",
    explanation:
      "The connection to Gmail's SMTP server failed or timed out before any login was tried. Outgoing port 587 is often blocked by hosting providers and firewalls, or the host name or port is wrong.",
    fix: [
      "Check the outgoing server: host `smtp.gmail.com`, port `587`, Connection Security TLS (STARTTLS).",
      "From the Odoo server, test the connection to `smtp.gmail.com` on port 587 (for example with `openssl s_client -starttls smtp -connect smtp.gmail.com:587`).",
      "Ask your hosting provider or network admin to allow outgoing connections to port 587.",
      "Click Test Connection again once the port is open.",
    ],
  },
} as const satisfies FindingTextTable;
