/**
 * Server settings from the environment, validated: a bad value stops the start with a clear message
 * instead of a listening surprise.
 */
import { type Lang, pickLang } from "../src/core/lang.ts";
import { t } from "./messages.ts";

export interface ServerConfig {
  host: string;
  port: number;
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
  return { host, port, lang };
}

/** The language of console messages, from the usual locale variables. */
export function consoleLang(env: NodeJS.ProcessEnv): Lang {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || "").replace("_", "-").split(".")[0];
  return pickLang(locale);
}
