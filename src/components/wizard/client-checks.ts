/**
 * The client JSON checker's lines, from the parsed client (its non-secret facts, plus the secret's
 * format while the file is on the page) and the redirect URI the builder computed. Pure. Each line
 * names its result text (`text`, and `detail` for a second sentence) for the string table.
 */
import { clientIdFormatOk } from "../../core/client-json/client-json.ts";
import type { FindingId } from "../../core/findings/ids.ts";
import type { StoredClient } from "../shared/store.ts";

export type LineStatus = "pass" | "fail" | "info" | "todo" | "skip";
export type LineKey = "type" | "redirect" | "clientId" | "secret" | "origins";
export const LINE_KEYS: readonly LineKey[] = ["type", "redirect", "clientId", "secret", "origins"];

/** The second sentence of a failed redirect line: what is registered instead. */
export type RedirectDetail = "trailing-slash" | "close" | "other" | "none";

export type LineText =
  | "type.pass"
  | "type.installed"
  | "type.unknown"
  | "redirect.pass"
  | "redirect.fail"
  | "redirect.todo"
  | "redirect.skip"
  | "clientId.pass"
  | "clientId.fail"
  | "clientId.missing"
  | "secret.pass"
  | "secret.fail"
  | "secret.missing"
  | "secret.redacted"
  | "secret.not-kept"
  | "origins.pass"
  | "origins.info";

export interface ClientLine {
  key: LineKey;
  status: LineStatus;
  text: LineText;
  detail?: `redirect.${RedirectDetail}`;
  finding?: FindingId;
  /** Values for the texts' placeholders. */
  params?: { uri?: string; registered?: string; count?: number; origins?: string };
}

/** What the page knows about the secret: read from the file now, or nothing (it is never saved). */
export type SecretFacts = { hasSecret: boolean; secretLooksRedacted: boolean; secretFormatOk: boolean } | undefined;

const withoutTrailingSlash = (uri: string) => uri.replace(/\/+$/, "");
const originOf = (uri: string) => /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(uri)?.[0].toLowerCase() ?? "";
const afterScheme = (uri: string) => uri.replace(/^[a-z][a-z0-9+.-]*:/i, "").toLowerCase();

const RANK = ["trailing-slash", "letter-case", "scheme", "path"] as const;
type CloseDifference = (typeof RANK)[number];

/** The difference between a registered URI and the expected one, or undefined when unrelated. */
export function uriDifference(expected: string, registered: string): CloseDifference | undefined {
  if (withoutTrailingSlash(registered) === withoutTrailingSlash(expected)) return "trailing-slash";
  if (registered.toLowerCase() === expected.toLowerCase()) return "letter-case";
  if (afterScheme(withoutTrailingSlash(registered)) === afterScheme(expected)) return "scheme";
  if (originOf(registered) === originOf(expected)) return "path";
  return undefined;
}

function redirectLine(client: StoredClient, uri: string | undefined): ClientLine {
  const line = { key: "redirect" } as const;
  if (client.type === "installed") return { ...line, status: "skip", text: "redirect.skip" };
  if (!uri) return { ...line, status: "todo", text: "redirect.todo" };
  if (client.redirectUris.includes(uri)) return { ...line, status: "pass", text: "redirect.pass", params: { uri } };
  let closest: { registered: string; difference: CloseDifference } | undefined;
  for (const registered of client.redirectUris) {
    const difference = uriDifference(uri, registered);
    if (difference && (!closest || RANK.indexOf(difference) < RANK.indexOf(closest.difference))) {
      closest = { registered, difference };
    }
  }
  const count = client.redirectUris.length;
  const fail = { ...line, status: "fail", text: "redirect.fail" } as const;
  if (!closest) {
    return {
      ...fail,
      finding: "redirect-uri-mismatch",
      detail: count ? "redirect.other" : "redirect.none",
      params: { uri, count },
    };
  }
  const finding: FindingId =
    closest.difference !== "scheme"
      ? "redirect-uri-wrong-path"
      : uri.startsWith("http://")
        ? "redirect-uri-insecure-http"
        : "redirect-uri-mismatch";
  return {
    ...fail,
    finding,
    detail: closest.difference === "trailing-slash" ? "redirect.trailing-slash" : "redirect.close",
    params: { uri, registered: closest.registered },
  };
}

function secretLine(secret: SecretFacts): ClientLine {
  const line = { key: "secret" } as const;
  if (!secret) return { ...line, status: "skip", text: "secret.not-kept" };
  if (!secret.hasSecret) return { ...line, status: "fail", text: "secret.missing", finding: "client-secret-malformed" };
  if (secret.secretLooksRedacted) return { ...line, status: "skip", text: "secret.redacted" };
  return secret.secretFormatOk
    ? { ...line, status: "pass", text: "secret.pass" }
    : { ...line, status: "fail", text: "secret.fail", finding: "client-secret-malformed" };
}

function clientIdLine(clientId: string | undefined): ClientLine {
  const line = { key: "clientId" } as const;
  if (clientId === undefined)
    return { ...line, status: "fail", text: "clientId.missing", finding: "client-id-malformed" };
  return clientIdFormatOk(clientId)
    ? { ...line, status: "pass", text: "clientId.pass" }
    : { ...line, status: "fail", text: "clientId.fail", finding: "client-id-malformed" };
}

export function clientLines(client: StoredClient, uri: string | undefined, secret: SecretFacts): ClientLine[] {
  const origins = client.javascriptOrigins;
  return [
    client.type === "web"
      ? { key: "type", status: "pass", text: "type.pass" }
      : { key: "type", status: "fail", text: `type.${client.type}`, finding: "client-type-desktop" },
    redirectLine(client, uri),
    clientIdLine(client.clientId),
    secretLine(secret),
    origins.length === 0
      ? { key: "origins", status: "pass", text: "origins.pass" }
      : {
          key: "origins",
          status: "info",
          text: "origins.info",
          finding: "javascript-origins-present",
          params: { origins: origins.map((o) => `\`${o.replace(/`/g, "")}\``).join(", ") },
        },
  ];
}
