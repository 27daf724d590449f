/**
 * Server settings from the environment, validated: a bad value stops the start with a clear message
 * instead of a listening surprise.
 */
import { type Lang, pickLang } from "../src/core/lang.ts";
import { isLoopbackHost } from "../src/core/redirect-uri/hosts.ts";
import { parseKey } from "./live/key-ring.ts";
import { t } from "./messages.ts";

export type SandboxReason = "asked-on" | "asked-off" | "loopback" | "not-loopback" | "remote";

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
  /**
   * SANDBOX_URL: practice runs use the sandbox process at this origin (npm run sandbox), shared by
   * every instance; this process then runs no emulator of its own.
   */
  sandboxUrl?: string;
  /** SANDBOX_CONTROL_KEY: the secret the sandbox process's control API asks for; required with SANDBOX_URL. */
  sandboxControlKey?: string;
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
  const port = readPort(env.PORT, 4321, lang, "config.bad-port");
  const sandboxSmtpPort = readPort(env.SANDBOX_SMTP_PORT, 2587, lang, "config.bad-smtp-port");
  const trustProxy = isOn(env.TRUST_PROXY);
  let sandboxReason = sandboxChoice(env, host);
  const sandboxUrl = readOrigin(env.SANDBOX_URL, lang, "config.bad-sandbox-url");
  if (sandboxUrl) {
    if (sandboxReason === "asked-on") throw new Error(t(lang, "config.sandbox-url-and-on"));
    sandboxReason = "remote";
  }
  const sandbox = sandboxReason === "asked-on" || sandboxReason === "loopback";
  const probePrivate = isOn(env.ODOO_PROBE_PRIVATE);
  const config: ServerConfig = { host, port, lang, sandbox, sandboxReason, sandboxSmtpPort, trustProxy, probePrivate };
  const publicUrl = readOrigin(env.PUBLIC_URL, lang, "config.bad-public-url");
  if (publicUrl) config.publicUrl = publicUrl;
  if (sandboxUrl) {
    config.sandboxUrl = sandboxUrl;
    const key = readControlKey(env, lang);
    if (!key) throw new Error(t(lang, "config.sandbox-url-needs-key"));
    config.sandboxControlKey = key;
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

/** 1, true, yes or on (any case). */
export const isOn = (value: string | undefined) => /^(1|true|yes|on)$/i.test(value?.trim() ?? "");

type ConfigMessage = Parameters<typeof t>[1];

/** A port from 0 to 65535 (0 = any free port), or the fallback when unset. */
export function readPort(raw: string | undefined, fallback: number, lang: Lang, message: ConfigMessage): number {
  const value = raw?.trim() || String(fallback);
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new Error(t(lang, message, { value: value.slice(0, 20) }));
  return port;
}

/** An http(s) origin without a path (a trailing slash is dropped), or undefined when unset. */
export function readOrigin(raw: string | undefined, lang: Lang, message: ConfigMessage): string | undefined {
  const value = raw?.trim().replace(/\/$/, "");
  if (!value) return undefined;
  if (!/^https?:\/\/[^/\s?#@]+$/i.test(value)) throw new Error(t(lang, message, { value: value.slice(0, 80) }));
  return value;
}

/**
 * SANDBOX_CONTROL_KEY: at least 32 visible ASCII characters (e.g. 32 random bytes in base64), or
 * undefined when unset. The message never quotes it.
 */
export function readControlKey(env: NodeJS.ProcessEnv, lang: Lang): string | undefined {
  const key = env.SANDBOX_CONTROL_KEY?.trim();
  if (!key) return undefined;
  if (key.length < 32 || key.length > 512 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new Error(t(lang, "config.bad-control-key"));
  }
  return key;
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
