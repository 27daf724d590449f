/**
 * Server settings from the environment, validated: a bad value stops the start with a clear message
 * instead of a listening surprise.
 */
import { type Lang, pickLang } from "../src/core/lang.ts";
import { isLoopbackHost } from "../src/core/redirect-uri/hosts.ts";
import { parseKey } from "./live/key-ring.ts";
import { t } from "./messages.ts";

export type SandboxReason = "asked-on" | "asked-off" | "loopback" | "not-loopback";

export interface ServerConfig {
  host: string;
  port: number;
  /**
   * The sandbox emulators run: SANDBOX=on (1, true, yes) or off (0, false, no); unset, only when the
   * server listens on a loopback address, where nobody else can reach them.
   */
  sandbox: boolean;
  /** Why the sandbox is on or off, for the start-up message. */
  sandboxReason: SandboxReason;
  /** Port of the Gmail SMTP emulator (SANDBOX_SMTP_PORT, default 2587, 0 = any free port). */
  sandboxSmtpPort: number;
  /** ODOO_PROBE_PRIVATE=1: the Odoo probe may contact private, loopback, link-local and CGNAT addresses. */
  probePrivate: boolean;
  /** TRUST_PROXY: behind a reverse proxy, client addresses come from X-Forwarded-For (live-test rate limit). */
  trustProxy: boolean;
  /** Origin people use to reach the companion (PUBLIC_URL), if it differs from http://HOST:PORT. */
  publicUrl?: string;
  /** Language of console messages: from LANG / LC_ALL ("it_IT.UTF-8" → it), English otherwise. */
  lang: Lang;
  /** REDIS_URL: live runs, their events and the rate limits shared by several instances. */
  redisUrl?: string;
  /** LIVE_COOKIE_KEY (32 bytes): seals cookies and stored runs; required with REDIS_URL. */
  cookieKey?: Buffer;
  /** LIVE_COOKIE_KEY_PREVIOUS: the key before a rotation, still accepted for one run lifetime. */
  previousCookieKey?: Buffer;
}

export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const lang = consoleLang(env);
  const host = env.HOST?.trim() || "127.0.0.1";
  const rawPort = env.PORT?.trim() || "4321";
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new Error(t(lang, "config.bad-port", { value: rawPort.slice(0, 20) }));
  }
  const rawSmtp = env.SANDBOX_SMTP_PORT?.trim() || "2587";
  const sandboxSmtpPort = Number(rawSmtp);
  if (!/^\d+$/.test(rawSmtp) || sandboxSmtpPort > 65535) {
    throw new Error(t(lang, "config.bad-smtp-port", { value: rawSmtp.slice(0, 20) }));
  }
  const trustProxy = /^(1|true|yes|on)$/i.test(env.TRUST_PROXY?.trim() ?? "");
  const sandboxReason = sandboxChoice(env, host);
  const sandbox = sandboxReason === "asked-on" || sandboxReason === "loopback";
  const probePrivate = /^(1|true|yes|on)$/i.test(env.ODOO_PROBE_PRIVATE?.trim() ?? "");
  const config: ServerConfig = { host, port, lang, sandbox, sandboxReason, sandboxSmtpPort, trustProxy, probePrivate };
  const publicUrl = env.PUBLIC_URL?.trim();
  if (publicUrl) {
    if (!/^https?:\/\/[^/\s]+$/i.test(publicUrl.replace(/\/$/, ""))) {
      throw new Error(t(lang, "config.bad-public-url", { value: publicUrl.slice(0, 80) }));
    }
    config.publicUrl = publicUrl.replace(/\/$/, "");
  }
  const redisUrl = env.REDIS_URL?.trim();
  if (redisUrl) {
    if (!/^rediss?:\/\/\S+$/i.test(redisUrl)) throw new Error(t(lang, "config.bad-redis-url"));
    config.redisUrl = redisUrl;
  }
  for (const [name, field] of [
    ["LIVE_COOKIE_KEY", "cookieKey"],
    ["LIVE_COOKIE_KEY_PREVIOUS", "previousCookieKey"],
  ] as const) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const key = parseKey(raw);
    if (!key) throw new Error(t(lang, "config.bad-cookie-key", { name }));
    config[field] = key;
  }
  if (config.redisUrl && !config.cookieKey) throw new Error(t(lang, "config.redis-needs-key"));
  return config;
}

/** SANDBOX=on/off as asked; unset, on only for a loopback HOST (a public server needs SANDBOX=on). */
export function sandboxChoice(env: NodeJS.ProcessEnv, host: string): SandboxReason {
  const asked = env.SANDBOX?.trim() ?? "";
  if (/^(off|0|false|no)$/i.test(asked)) return "asked-off";
  if (/^(on|1|true|yes)$/i.test(asked)) return "asked-on";
  return isLoopbackHost(host) ? "loopback" : "not-loopback";
}

/** The language of console messages, from the usual locale variables. */
export function consoleLang(env: NodeJS.ProcessEnv): Lang {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || "").replace("_", "-").split(".")[0];
  return pickLang(locale);
}
