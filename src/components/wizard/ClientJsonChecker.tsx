/**
 * The client JSON checker island on "Set up Google Cloud": drop, choose or paste the downloaded
 * client_secret_*.json; it is parsed in this browser and never uploaded. Pass/fail lines for the client
 * type, the builder's redirect URI, the ID and secret formats and JavaScript origins, failures with the
 * catalog's fix. Only {type, clientId, redirectUris, javascriptOrigins} are remembered, never the secret.
 * Usage in MDX: `<ClientJsonChecker lang="en" s={clientWords.en} client:visible />`.
 */
import { useEffect, useId, useState } from "preact/hooks";
import type { ClientJsonResult } from "../../core/client-json/client-json.ts";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import { ClientJsonDrop } from "../shared/ClientJsonDrop.tsx";
import { clientFacts, type Reading } from "../shared/client-file.ts";
import { toStoredClient, wizardStore } from "../shared/store.ts";
import { CheckLine } from "./CheckLine.tsx";
import { useCatalog } from "./catalog.ts";
import { clientLines, LINE_KEYS, type LineKey } from "./client-checks.ts";
import { useWizard } from "./hooks.ts";
import type { ClientWords } from "./words.ts";

import "../shared/forms.css";
import "./wizard.css";

interface Props {
  lang: Lang;
  /** The checker's words in `lang` (words.ts). */
  s: ClientWords;
}

type ClientReading = Reading<ClientJsonResult>;

const SECTION: Record<LineKey, string> = {
  type: "#application-type",
  redirect: "#redirect-uri",
  clientId: "#client-secret",
  secret: "#client-secret",
  origins: "#javascript-origins",
};

export default function ClientJsonChecker({ lang, s }: Props) {
  const id = `wzc${useId()}`;
  const { state, ready } = useWizard();
  const catalog = useCatalog(lang);
  const [reading, setReading] = useState<ClientReading | undefined>(undefined);
  const [generation, setGeneration] = useState(0);

  function accept(next: ClientReading | undefined) {
    setReading(next);
    wizardStore().update({ client: next?.result.ok ? toStoredClient(next.result.client) : undefined });
  }

  function reset() {
    setReading(undefined);
    setGeneration((g) => g + 1);
  }

  // "Forget" in the progress panel empties the store: drop the file read here too.
  useEffect(() => {
    if (ready && !state.client && reading?.result.ok) reset();
  }, [ready, state.client, reading]);

  const parsed = reading?.result.ok ? reading.result.client : undefined;
  const client = parsed ? toStoredClient(parsed) : reading ? undefined : state.client;
  const lines = client ? clientLines(client, state.redirect?.uri, parsed) : undefined;
  const failed = lines?.filter((l) => l.status === "fail").length ?? 0;

  const outcome = reading
    ? reading.result.ok
      ? reading.result.client.type
      : reading.result.error
    : state.client?.type;
  const summary =
    reading && !reading.result.ok
      ? s["c.unusable"]
      : !lines
        ? s["c.empty"]
        : failed > 0
          ? fill(s["c.summary.fail"], { count: failed, total: lines.length })
          : lines.some((l) => l.status === "todo")
            ? s["c.summary.todo"]
            : s["c.summary.pass"];

  return (
    <section class="wz not-content" aria-labelledby={`${id}-title`} data-pagefind-ignore>
      <p id={`${id}-title`} class="wz-title">
        {s["c.title"]}
      </p>
      <noscript>
        <p class="dx-help">{s.noscript}</p>
      </noscript>
      <ClientJsonDrop
        key={generation}
        idPrefix={id}
        w={s}
        help={s["c.help"]}
        shown={outcome && { source: reading ? reading.name : s["c.remembered"], outcome }}
        onRead={(read) => accept(read && clientFacts(read))}
        removable={ready && (reading !== undefined || state.client !== undefined)}
      />
      <div class="wz-result">
        <p class="wz-summary" role="status">
          {summary}
        </p>
        <ul class="wz-lines">
          {LINE_KEYS.map((key, index) => {
            const line = lines?.[index];
            const params = line?.params ?? {};
            return (
              <CheckLine
                key={key}
                check={key}
                status={line?.status ?? "todo"}
                label={s[`c.${key}.label`]}
                text={line ? fill(s[`c.${line.text}`], params) : "—"}
                detail={line?.detail && fill(s[`c.${line.detail}`], params)}
                finding={line?.finding}
                catalog={catalog}
                href={SECTION[key]}
                s={s}
              />
            );
          })}
        </ul>
      </div>
    </section>
  );
}
