/**
 * The emulated Odoo instances: one per way a Gmail setup in Odoo goes right or wrong, across 16.0,
 * 17.0, 18.0 and 19.0. Each holds the records Odoo would (system parameters, the google_gmail module,
 * the mail server form views, mail servers, failed mails, users with an API key). API keys, passwords
 * and the database secret are new random values at every start.
 */
import { randomBytes } from "node:crypto";
import { OdooDatabase, type OdooRecord } from "./orm.ts";
import { PRACTICE_INSTANCE } from "./practice.ts";

export const ODOO_SCENARIOS = [
  "healthy",
  "http-base-url",
  "module-outdated",
  "credentials-missing",
  "ssl-465",
  "password-login",
  "non-admin",
  "account-mismatch",
  "restored-copy",
] as const;

export type OdooScenario = (typeof ODOO_SCENARIOS)[number];

export interface OdooUser {
  id: number;
  login: string;
  email: string;
  name: string;
  password: string;
  apiKey: string;
  admin: boolean;
}

export interface OdooInstanceSpec {
  name: string;
  version: "16.0" | "17.0" | "18.0" | "19.0";
  serverVersion: string;
  enterprise: boolean;
  scenario: OdooScenario;
  db: string;
  /** Other databases the instance lists (a restored copy beside the original). */
  otherDbs: string[];
  /** The user whose login and API key the world lists. */
  login: string;
  /** Every browser counts as signed in as the administrator (the practice instance, practice.ts). */
  signedInAsAdmin?: boolean;
}

export const ODOO_INSTANCES: readonly OdooInstanceSpec[] = [
  {
    name: "healthy-16",
    version: "16.0",
    serverVersion: "16.0",
    enterprise: false,
    scenario: "healthy",
    db: "mycompany",
    otherDbs: [],
    login: "admin",
  },
  {
    name: "healthy-19",
    version: "19.0",
    serverVersion: "19.0+e",
    enterprise: true,
    scenario: "healthy",
    db: "mycompany",
    otherDbs: [],
    login: "admin",
  },
  {
    name: "http-base-url-18",
    version: "18.0",
    serverVersion: "18.0",
    enterprise: false,
    scenario: "http-base-url",
    db: "mycompany",
    otherDbs: [],
    login: "admin",
  },
  {
    name: "module-outdated-16",
    version: "16.0",
    serverVersion: "16.0+e",
    enterprise: true,
    scenario: "module-outdated",
    db: "mycompany",
    otherDbs: [],
    login: "admin",
  },
  {
    name: "credentials-missing-18",
    version: "18.0",
    serverVersion: "18.0",
    enterprise: false,
    scenario: "credentials-missing",
    db: "mycompany",
    otherDbs: [],
    login: "admin",
  },
  {
    name: "ssl-465-17",
    version: "17.0",
    serverVersion: "17.0",
    enterprise: false,
    scenario: "ssl-465",
    db: "mycompany",
    otherDbs: [],
    login: "admin",
  },
  {
    name: "password-login-17",
    version: "17.0",
    serverVersion: "17.0+e",
    enterprise: true,
    scenario: "password-login",
    db: "mycompany",
    otherDbs: [],
    login: "admin",
  },
  {
    name: "non-admin-18",
    version: "18.0",
    serverVersion: "18.0",
    enterprise: false,
    scenario: "non-admin",
    db: "mycompany",
    otherDbs: [],
    login: "marco.bianchi@mycompany.example",
  },
  {
    name: "account-mismatch-19",
    version: "19.0",
    serverVersion: "19.0",
    enterprise: false,
    scenario: "account-mismatch",
    db: "mycompany",
    otherDbs: [],
    login: "admin",
  },
  {
    name: "restored-copy-17",
    version: "17.0",
    serverVersion: "17.0",
    enterprise: false,
    scenario: "restored-copy",
    db: "mycompany-staging",
    otherDbs: ["mycompany"],
    login: "admin",
  },
  {
    name: PRACTICE_INSTANCE,
    version: "19.0",
    serverVersion: "19.0",
    enterprise: false,
    scenario: "healthy",
    db: "mycompany",
    otherDbs: [],
    login: "admin",
    signedInAsAdmin: true,
  },
];

/** Where the original of a restored copy runs: its web.base.url is still this one. */
export const PRODUCTION_URL = "https://erp.mycompany.example";

const ADMIN_EMAIL = "giulia.rossi@mycompany.example";
const USER_EMAIL = "marco.bianchi@mycompany.example";
const GMAIL_ACCOUNT = "odoo.tester@gmail.com";

const secret = (bytes: number) => randomBytes(bytes).toString("hex");

/** The form view google_gmail installs today (the redirect flow's Connect button). */
const CURRENT_VIEW = `<data><field name="smtp_user" position="after"><field name="google_gmail_uri" invisible="1"/><field name="google_gmail_refresh_token" invisible="1"/><div><span class="badge text-bg-success">Gmail Token Valid</span><button type="object" name="open_google_gmail_uri" class="btn-link px-0"><i class="fa fa-arrow-right"/> Connect your Gmail account</button></div></field></data>`;
/** The copy-paste flow's form view (before odoo/odoo#91282), still in a database whose module was not upgraded. */
const STALE_VIEW = `<data><field name="smtp_user" position="after"><div><field name="google_gmail_authorization_code" placeholder="Authorization Code"/><field name="google_gmail_uri" widget="url" text=" Get an Authorization Code"/></div></field></data>`;
const BASE_VIEW = `<form string="Outgoing Mail Servers"><sheet><group><field name="name"/><field name="smtp_host"/><field name="smtp_port"/><field name="smtp_encryption"/><field name="smtp_user"/><field name="smtp_pass" password="True"/><field name="from_filter"/></group></sheet></form>`;

export interface OdooInstanceState {
  spec: OdooInstanceSpec;
  users: OdooUser[];
  database: OdooDatabase;
  /** HMAC key of the callback's CSRF token (config parameter database.secret). */
  databaseSecret: string;
  param(key: string): string;
  setParam(key: string, value: string): void;
}

export interface GoogleClientSetting {
  clientId: string;
  clientSecret: string;
}

/** The records of one instance; `baseUrl` is the instance's own address (known once it listens). */
export function createInstanceState(
  spec: OdooInstanceSpec,
  baseUrl: string,
  google: GoogleClientSetting,
): OdooInstanceState {
  const s = spec.scenario;
  const users: OdooUser[] = [
    {
      id: 2,
      login: "admin",
      email: ADMIN_EMAIL,
      name: "Giulia Rossi",
      password: secret(8),
      apiKey: secret(20),
      admin: true,
    },
    {
      id: 6,
      login: USER_EMAIL,
      email: USER_EMAIL,
      name: "Marco Bianchi",
      password: secret(8),
      apiKey: secret(20),
      admin: false,
    },
  ];
  const databaseSecret = secret(16);
  const webBaseUrl =
    s === "http-base-url" ? baseUrl.replace(/^https:/, "http:") : s === "restored-copy" ? PRODUCTION_URL : baseUrl;
  const params: Record<string, string | false> = {
    "web.base.url": webBaseUrl,
    "web.base.url.freeze": s === "http-base-url" ? false : "True",
    google_gmail_client_id: s === "credentials-missing" ? false : google.clientId,
    google_gmail_client_secret: s === "credentials-missing" ? false : google.clientSecret,
    "database.secret": databaseSecret,
  };
  const paramRecords: OdooRecord[] = Object.entries(params).map(([key, value], i) => ({ id: i + 1, key, value }));
  const smtpUser = s === "account-mismatch" ? GMAIL_ACCOUNT : ADMIN_EMAIL;
  const mailServer: OdooRecord = {
    id: 1,
    name: "Gmail",
    smtp_host: "smtp.gmail.com",
    smtp_port: s === "ssl-465" ? 465 : 587,
    smtp_encryption: s === "ssl-465" ? "ssl" : "starttls",
    smtp_user: smtpUser,
    smtp_pass: s === "password-login" ? "app-password-not-shown" : false,
    from_filter: smtpUser,
    smtp_authentication: s === "password-login" ? "login" : "gmail",
    active: true,
    google_gmail_refresh_token: s === "healthy" ? `1//0${secret(20)}` : false,
    google_gmail_access_token: false,
    google_gmail_access_token_expiration: 0,
  };
  if (spec.version === "19.0") mailServer.owner_user_id = s === "account-mismatch" ? [6, "Marco Bianchi"] : false;
  const failed: OdooRecord[] =
    s === "password-login"
      ? [
          {
            id: 41,
            state: "exception",
            failure_reason:
              "Mail delivery failed via SMTP server 'smtp.gmail.com'.\nSMTPAuthenticationError: 535\n5.7.8 Username and Password not accepted. For more information, go to\n5.7.8  https://support.google.com/mail/?p=BadCredentials 5b1f17b1804b1-427f941377csm117778905e9.48 - gsmtp",
          },
        ]
      : s === "ssl-465"
        ? [
            {
              id: 12,
              state: "exception",
              failure_reason:
                'Incorrect Connection Security for Gmail mail server “Gmail”. Please set it to "TLS (STARTTLS)".',
            },
          ]
        : [];
  const database = new OdooDatabase({
    "res.users": users.map((u) => ({ id: u.id, login: u.login, email: u.email, name: u.name, lang: "en_US" })),
    "ir.config_parameter": paramRecords,
    "ir.module.module": [{ id: 77, name: "google_gmail", state: "installed", latest_version: `${spec.version}.1.2` }],
    "ir.ui.view": [
      { id: 100, name: "ir.mail_server.form", model: "ir.mail_server", type: "form", arch_db: BASE_VIEW },
      {
        id: 101,
        name: "ir.mail_server.view.form.inherit.gmail",
        model: "ir.mail_server",
        type: "form",
        arch_db: s === "module-outdated" ? STALE_VIEW : CURRENT_VIEW,
      },
    ],
    "ir.mail_server": [mailServer],
    ...(spec.version === "19.0" ? {} : { "fetchmail.server": [] }),
    "mail.mail": failed,
  });
  const paramRecord = (key: string) => database.table("ir.config_parameter").find((r) => r.key === key);
  return {
    spec,
    users,
    database,
    databaseSecret,
    param: (key) => {
      const value = paramRecord(key)?.value;
      return typeof value === "string" ? value : "";
    },
    setParam: (key, value) => {
      const record = paramRecord(key);
      if (record) record.value = value;
    },
  };
}
