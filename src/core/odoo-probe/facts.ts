/**
 * What a probe of an Odoo instance found, as plain data: collected by the server (server/probe/) from
 * Odoo's public endpoints and, with an administrator's API key, from read-only RPC calls; judged by
 * evaluate.ts. Never holds a secret: the client secret and tokens are only ever counted, not read.
 */

/** Why the instance could not be reached or read. */
export type ReachFailure =
  | "timeout"
  | "refused"
  | "dns"
  | "tls"
  | "too-large"
  | "redirect-off-host"
  | "http-error"
  | "not-odoo"
  | "network";

export interface ReachFacts {
  ok: boolean;
  failure?: ReachFailure;
  /** HTTP status of the last answer read, if any. */
  status?: number;
  /** The URL given uses https (and the certificate was accepted when ok). */
  https: boolean;
  /** For an http URL: Odoo's address answered with a redirect to https on the same host. */
  redirectsToHttps?: boolean;
  /** The TLS library's error code (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT…). */
  tlsCode?: string;
}

export interface VersionFacts {
  /** server_version, e.g. "17.0+e-20240115" or "18.0". */
  serverVersion: string;
  /** server_serie, e.g. "17.0" or "saas~17.2". */
  serie: string;
  major: number;
  enterprise: boolean;
}

/** GET <url>/google_gmail/confirm without a session: 303 to /web/login = the route exists. */
export type CallbackRoute = "present" | "absent" | "unknown";

export type AuthFailure = "bad-key" | "no-login" | "db-unknown" | "db-ambiguous" | "rpc-error";

export interface AuthFacts {
  ok: boolean;
  failure?: AuthFailure;
  /** Databases the instance lists, when it lists them (db-ambiguous). */
  databases?: string[];
  /** The database the calls went to. */
  db?: string;
  login?: string;
  email?: string;
  /** Settings rights (base.group_system): reading system parameters was allowed. */
  admin?: boolean;
  /** "jsonrpc" (16.0–18.0) or "json2" (19.0). */
  protocol?: "jsonrpc" | "json2";
}

export interface ParameterFacts {
  webBaseUrl?: string;
  freeze: boolean;
  clientIdSet: boolean;
  /** Counted with search_count, never read. */
  clientSecretSet: boolean;
}

/** ir.module.module state of google_gmail. */
export type ModuleState =
  | "uninstallable"
  | "uninstalled"
  | "installed"
  | "to upgrade"
  | "to remove"
  | "to install"
  | "absent";

/** What the mail server form views stored in the database contain. */
export interface ViewFacts {
  /** Some view of ir.mail_server mentions google_gmail at all. */
  gmailView: boolean;
  /** The redirect flow's button (`open_google_gmail_uri`) is in a view. */
  connectButton: boolean;
  /** The old copy-paste flow's field (`google_gmail_authorization_code`) is in a view. */
  authorizationCodeField: boolean;
}

export interface OutgoingServer {
  id: number;
  name: string;
  host: string;
  port: number;
  encryption: string;
  user: string;
  fromFilter: string;
  /** "gmail" (Gmail OAuth Authentication), "login" (username and password), or another method. */
  authentication: string;
  active: boolean;
  /** A password is stored (found with a search, never read). */
  passwordSet: boolean;
  /** A refresh token is stored (found with a search, never read). */
  tokenSet: boolean;
  /** 19.0 personal server: the owner's address, when the server belongs to one user. */
  ownerEmail?: string;
}

export interface IncomingServer {
  id: number;
  name: string;
  host: string;
  port: number;
  ssl: boolean;
  user: string;
  serverType: string;
  tokenSet: boolean;
}

export interface FailedMail {
  id: number;
  reason: string;
}

export interface ProbeFacts {
  /** The Odoo URL as given (normalized: scheme, host, port, base path; no query). */
  url: string;
  reach: ReachFacts;
  version?: VersionFacts;
  callbackRoute: CallbackRoute;
  /** Absent when no API key was given. */
  auth?: AuthFacts;
  params?: ParameterFacts;
  module?: ModuleState;
  views?: ViewFacts;
  outgoing?: OutgoingServer[];
  /** Absent when the instance has no incoming mail servers model (fetchmail not installed). */
  incoming?: IncomingServer[];
  failedMails?: FailedMail[];
}
