/**
 * Server settings from the environment, validated: a bad value stops the start with a clear message
 * instead of a listening surprise.
 */
import { type Lang, pickLang } from "../src/core/lang.ts";
import { t } from "./messages.ts";

export interface ServerConfig {
  host: string;
  port: number;
  /** The sandbox emulators run (SANDBOX unset or anything but off/0/false/no). */
  sandbox: boolean;
  /** Port of the Gmail SMTP emulator (SANDBOX_SMTP_PORT, default 2587, 0 = any free port). */
  sandboxSmtpPort: number;
  /** TRUST_PROXY: behind a reverse proxy, client addresses come from X-Forwarded-For (live-test rate limit). */
  trustProxy: boolean;
  /** Origin people use to reach the companion (PUBLIC_URL), if it differs from http://HOST:PORT. */
  publicUrl?: string;
  /** Language of console messages: from LANG / LC_ALL ("it_IT.UTF-8" → it), English otherwise. */
  lang: Lang;
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
  const config: ServerConfig = { host, port, lang, sandbox: sandboxEnabled(env), sandboxSmtpPort, trustProxy };
  const publicUrl = env.PUBLIC_URL?.trim();
  if (publicUrl) {
    if (!/^https?:\/\/[^/\s]+$/i.test(publicUrl.replace(/\/$/, ""))) {
      throw new Error(t(lang, "config.bad-public-url", { value: publicUrl.slice(0, 80) }));
    }
    config.publicUrl = publicUrl.replace(/\/$/, "");
  }
  return config;
}

/** SANDBOX=off (also "0", "false", "no") removes every sandbox route and port. */
export function sandboxEnabled(env: NodeJS.ProcessEnv): boolean {
  return !/^(off|0|false|no)$/i.test(env.SANDBOX?.trim() ?? "");
}

/** The language of console messages, from the usual locale variables. */
export function consoleLang(env: NodeJS.ProcessEnv): Lang {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || "").replace("_", "-").split(".")[0];
  return pickLang(locale);
}
