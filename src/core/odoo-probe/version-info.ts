/**
 * Reads Odoo's version answer: `/web/webclient/version_info` (and XML-RPC's `version()`) give
 * `{server_version, server_version_info: [17, 0, 0, "final", 0, "e"], server_serie}`; 19.0's
 * `GET /web/version` gives `{version, version_info}`. Enterprise shows as "+e" in the version or "e"
 * last in version_info.
 */
import { parseOdooVersion } from "../odoo-version.ts";
import type { VersionFacts } from "./facts.ts";

export function readVersionInfo(info: unknown): VersionFacts | undefined {
  if (typeof info !== "object" || info === null) return undefined;
  const record = info as Record<string, unknown>;
  const serverVersion = String(record.server_version ?? record.version ?? "").slice(0, 60);
  const versionInfo = Array.isArray(record.server_version_info)
    ? record.server_version_info
    : Array.isArray(record.version_info)
      ? record.version_info
      : [];
  const serie = String(record.server_serie ?? "").slice(0, 30) || serverVersion.replace(/[+-].*$/, "");
  const parsed = parseOdooVersion(serie || serverVersion);
  if (!parsed || !serverVersion) return undefined;
  const enterprise = /\+e\b/.test(serverVersion) || versionInfo.at(-1) === "e";
  return { serverVersion, serie: serie || `${parsed.major}.${parsed.minor}`, major: parsed.major, enterprise };
}
