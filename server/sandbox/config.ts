/**
 * Settings of the sandbox-only process (`npm run sandbox`, server/sandbox/start.ts), validated like
 * the companion's (server/config.ts): the one sandbox that several companion instances point at with
 * SANDBOX_URL. A bad or missing value stops the start with a clear message that never quotes the key.
 */
import type { Lang } from "../../src/core/lang.ts";
import { consoleLang, isOn, readControlKey, readOrigin, readPort } from "../config.ts";
import { t } from "../messages.ts";

export interface SandboxProcessConfig {
  /** HOST: where its HTTP side listens (default 127.0.0.1). */
  host: string;
  /** PORT (default 8788, 0 = any free port). */
  port: number;
  /** PUBLIC_URL: the origin browsers reach it at, when it differs from http://HOST:PORT (SANDBOX_URL of the instances). */
  publicUrl?: string;
  /** COMPANION_URL: the companion's public origin (the scenario clients' redirect URIs, the browser controls' Origin). */
  companionUrl: string;
  /** SANDBOX_CONTROL_KEY: what the instances send to its control API. */
  controlKey: string;
  /** SANDBOX_SMTP_HOST: the address the Gmail emulator listens on and the instances connect to (default 127.0.0.1). */
  smtpHost: string;
  /** SANDBOX_SMTP_PORT (default 2587, 0 = any free port). */
  smtpPort: number;
  /** TRUST_PROXY: behind a reverse proxy, X-Forwarded-Proto/-Host say which origin a browser used. */
  trustProxy: boolean;
  lang: Lang;
}

const WILDCARDS = ["0.0.0.0", "::", "[::]", "*"];

export function readSandboxConfig(env: NodeJS.ProcessEnv): SandboxProcessConfig {
  const lang = consoleLang(env);
  const host = env.HOST?.trim() || "127.0.0.1";
  const port = readPort(env.PORT, 8788, lang, "config.bad-port");
  const smtpPort = readPort(env.SANDBOX_SMTP_PORT, 2587, lang, "config.bad-smtp-port");
  const smtpHost = env.SANDBOX_SMTP_HOST?.trim() || "127.0.0.1";
  if (WILDCARDS.includes(smtpHost) || /[\s/]/.test(smtpHost)) {
    throw new Error(t(lang, "config.bad-smtp-host", { value: smtpHost.slice(0, 80) }));
  }
  const publicUrl = readOrigin(env.PUBLIC_URL, lang, "config.bad-public-url");
  const companionUrl = readOrigin(env.COMPANION_URL, lang, "config.bad-companion-url");
  const controlKey = readControlKey(env, lang);
  if (!companionUrl || !controlKey) throw new Error(t(lang, "config.sandbox-needs-companion"));
  return {
    host,
    port,
    ...(publicUrl ? { publicUrl } : {}),
    companionUrl,
    controlKey,
    smtpHost,
    smtpPort,
    trustProxy: isOn(env.TRUST_PROXY),
    lang,
  };
}
