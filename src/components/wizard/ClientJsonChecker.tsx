/**
 * The client JSON checker island on "Set up Google Cloud": drop, choose or paste the downloaded
 * client_secret_*.json; it is parsed in this browser and never uploaded. Pass/fail lines for the client
 * type, the builder's redirect URI, the ID and secret formats and JavaScript origins, failures with the
 * catalog's fix. Only {type, clientId, redirectUris, javascriptOrigins} are remembered, never the secret.
 * Usage in MDX: `<ClientJsonChecker lang="en" client:visible />`.
 */
import type { TargetedDragEvent } from "preact";
import { useEffect, useId, useState } from "preact/hooks";
import { type ClientJsonResult, parseClientJson } from "../../core/client-json/client-json.ts";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import { CheckLine } from "./CheckLine.tsx";
import { CodeText } from "./CodeText.tsx";
import { useCatalog } from "./catalog.ts";
import { clientLines, LINE_KEYS, type LineKey } from "./client-checks.ts";
import { useWizard } from "./hooks.ts";
import { toStoredClient, wizardStore } from "./store.ts";
import { type Strings, strings } from "./strings.ts";
import { type ClientKey, clientStrings } from "./strings-client.ts";

type S = Strings & Record<ClientKey, string>;

import "./wizard.css";

interface Props {
  lang: Lang;
}

/** Google's client files are well under 1 KB; anything over this is not one. */
const MAX_FILE_BYTES = 100_000;

interface Reading {
  /** The file name, or undefined for pasted text. */
  name?: string;
  result: ClientJsonResult | { ok: false; error: "unreadable" };
}

async function readFile(file: File): Promise<Reading> {
  if (file.size > MAX_FILE_BYTES) return { name: file.name, result: { ok: false, error: "not-a-client-file" } };
  try {
    return { name: file.name, result: parseClientJson(await file.text()) };
  } catch {
    return { name: file.name, result: { ok: false, error: "unreadable" } };
  }
}

const SECTION: Record<LineKey, string> = {
  type: "#application-type",
  redirect: "#redirect-uri",
  clientId: "#client-secret",
  secret: "#client-secret",
  origins: "#javascript-origins",
};

export default function ClientJsonChecker({ lang }: Props) {
  const s: S = { ...strings[lang], ...clientStrings[lang] };
  const id = `wzc${useId()}`;
  const { state, ready } = useWizard();
  const catalog = useCatalog(lang);
  const [reading, setReading] = useState<Reading | undefined>(undefined);
  const [pasted, setPasted] = useState("");
  const [generation, setGeneration] = useState(0);

  function accept(next: Reading | undefined) {
    setReading(next);
    wizardStore().update({ client: next?.result.ok ? toStoredClient(next.result.client) : undefined });
  }

  function reset() {
    setReading(undefined);
    setPasted("");
    setGeneration((g) => g + 1);
  }

  // "Forget" in the progress panel empties the store: drop the file read here too.
  useEffect(() => {
    if (ready && !state.client && reading?.result.ok) reset();
  }, [ready, state.client, reading]);

  async function load(file: File | undefined) {
    if (!file) return;
    setPasted("");
    accept(await readFile(file));
  }

  const carriesFile = (event: DragEvent) => event.dataTransfer?.types.includes("Files") === true;
  function onDrop(event: TargetedDragEvent<HTMLFieldSetElement>) {
    if (!carriesFile(event)) return;
    event.preventDefault();
    void load(event.dataTransfer?.files[0]);
  }

  const parsed = reading?.result.ok ? reading.result.client : undefined;
  const client = parsed ? toStoredClient(parsed) : reading ? undefined : state.client;
  const lines = client ? clientLines(client, state.redirect?.uri, parsed) : undefined;
  const failed = lines?.filter((l) => l.status === "fail").length ?? 0;

  const outcome = reading
    ? reading.result.ok
      ? reading.result.client.type
      : reading.result.error
    : state.client?.type;
  const source = outcome
    ? fill(s["c.source"], {
        source: reading ? (reading.name ?? s["c.pasted"]) : s["c.remembered"],
        type: s[`c.${outcome}`],
      })
    : "";
  const summary =
    reading && !reading.result.ok
      ? source
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
        <p class="wz-help">{s.noscript}</p>
      </noscript>
      <fieldset
        class="wz-fieldset"
        aria-describedby={`${id}-help`}
        onDragOver={(event) => {
          if (carriesFile(event)) event.preventDefault();
        }}
        onDrop={onDrop}
      >
        <legend>{s["c.legend"]}</legend>
        <p id={`${id}-help`} class="wz-help">
          <CodeText text={s["c.help"]} />
        </p>
        <div class="wz-drop">
          <label for={`${id}-file`}>{s["c.file"]}</label>
          <p id={`${id}-drop`} class="wz-help">
            {s["c.drop"]}
          </p>
          <input
            key={generation}
            id={`${id}-file`}
            type="file"
            class="wz-file"
            accept=".json,application/json"
            aria-describedby={`${id}-drop`}
            onChange={(event) => void load(event.currentTarget.files?.[0])}
          />
        </div>
        <div class="wz-field">
          <label for={`${id}-paste`}>{s["c.paste"]}</label>
          <textarea
            id={`${id}-paste`}
            class="wz-control wz-mono"
            rows={3}
            spellcheck={false}
            autocomplete="off"
            value={pasted}
            onInput={(event) => {
              const text = event.currentTarget.value;
              setPasted(text);
              accept(text.trim() ? { result: parseClientJson(text) } : undefined);
            }}
          />
        </div>
        <div class="wz-actions">
          <p class={reading && !reading.result.ok ? "wz-source wz-source--error" : "wz-source"}>{source}</p>
          <button
            type="button"
            class="wz-button"
            disabled={!ready || (!reading && !state.client)}
            onClick={() => {
              reset();
              wizardStore().update({ client: undefined });
            }}
          >
            {s["c.clear"]}
          </button>
        </div>
      </fieldset>
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
