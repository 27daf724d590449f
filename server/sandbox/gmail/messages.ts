/**
 * The Gmail sandbox's user-visible strings, in English and Italian (the SMTP replies are Gmail's own
 * protocol text and stay verbatim). A key missing in either language is a type error.
 */
import type { Lang } from "../../../src/core/lang.ts";

const en = {
  "not-started.title": "Gmail sandbox not running",
  "not-started.detail": "The Gmail SMTP sandbox has not started yet, so it has no address or certificate to show.",
} as const;

type GmailSandboxMessageKey = keyof typeof en;

const it = {
  "not-started.title": "Sandbox Gmail non attiva",
  "not-started.detail":
    "La sandbox SMTP di Gmail non è ancora partita, quindi non ha un indirizzo né un certificato da mostrare.",
} as const satisfies Record<GmailSandboxMessageKey, string>;

export const gmailSandboxMessages: Record<Lang, Record<GmailSandboxMessageKey, string>> = { en, it };
