/**
 * The one client JSON widget of the islands: drop the file anywhere on the box, choose it, or paste its
 * text; a status line says what was read (or why it cannot be used) beside a button that removes it.
 * The widget only reads text (client-file.ts); the island parses it and says what it found.
 */
import type { TargetedDragEvent } from "preact";
import { useState } from "preact/hooks";
import { fill } from "../../core/i18n.ts";
import { CodeText } from "./CodeText.tsx";
import { type ClientText, readClientFile } from "./client-file.ts";
import type { ClientJsonOutcome, ClientJsonWords } from "./client-json-words.ts";
import { Field, helpId } from "./Field.tsx";

/** What the status line shows: where the JSON came from, what it is, and an optional detail (the ID). */
export interface ClientJsonShown {
  /** A file name; undefined for pasted text. */
  source?: string | undefined;
  outcome: ClientJsonOutcome;
  detail?: string | undefined;
}

interface Props {
  idPrefix: string;
  w: ClientJsonWords;
  /** What this island does with the file (kept in the browser, or sent once to start a test). */
  help: string;
  shown: ClientJsonShown | undefined;
  onRead: (read: ClientText | undefined) => void;
  /** Whether there is something to remove (a restored client counts). */
  removable: boolean;
}

const READABLE: readonly ClientJsonOutcome[] = ["web", "installed", "unknown"];

export function ClientJsonDrop({ idPrefix, w, help, shown, onRead, removable }: Props) {
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  const [generation, setGeneration] = useState(0);
  const fileId = `${idPrefix}-json-file`;
  const pasteId = `${idPrefix}-json-paste`;

  async function load(file: File | undefined) {
    if (!file) return;
    setPasted("");
    onRead(await readClientFile(file));
  }

  function remove() {
    setPasted("");
    setGeneration((g) => g + 1);
    onRead(undefined);
    document.getElementById(fileId)?.focus();
  }

  /** Only file drags are taken over; dragged text still drops into the paste area as usual. */
  const carriesFile = (event: DragEvent) => event.dataTransfer?.types.includes("Files") === true;

  function onDrop(event: TargetedDragEvent<HTMLFieldSetElement>) {
    setDragging(false);
    if (!carriesFile(event)) return;
    event.preventDefault();
    void load(event.dataTransfer?.files[0]);
  }

  const type = shown && w[`j.${shown.outcome}`];
  const status = shown
    ? fill(w["j.status"], {
        source: shown.source ?? w["j.pasted"],
        type: shown.detail ? `${type}, ${shown.detail}` : (type ?? ""),
      })
    : "";
  const failed = shown !== undefined && !READABLE.includes(shown.outcome);
  return (
    <fieldset
      class={dragging ? "dx-fieldset dx-json dx-drop--active" : "dx-fieldset dx-json"}
      aria-describedby={helpId(`${idPrefix}-json`)}
      onDragEnter={(event) => {
        if (!carriesFile(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (carriesFile(event)) event.preventDefault();
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <legend>{w["j.legend"]}</legend>
      <p id={helpId(`${idPrefix}-json`)} class="dx-help">
        <CodeText text={help} />
      </p>
      <div class="dx-drop">
        <Field id={fileId} label={w["j.file"]} help={w["j.drop"]}>
          <input
            key={generation}
            id={fileId}
            type="file"
            class="dx-file"
            accept=".json,application/json"
            aria-describedby={helpId(fileId)}
            onChange={(event) => void load(event.currentTarget.files?.[0])}
          />
        </Field>
      </div>
      <Field id={pasteId} label={w["j.paste"]}>
        <textarea
          id={pasteId}
          class="dx-control dx-mono"
          rows={3}
          spellcheck={false}
          autocomplete="off"
          value={pasted}
          onInput={(event) => {
            const text = event.currentTarget.value;
            setPasted(text);
            onRead(text.trim() ? { text } : undefined);
          }}
        />
      </Field>
      <div class="dx-actions dx-json-status">
        <p class={failed ? "dx-client-status dx-client-status--error" : "dx-client-status"} role="status">
          {status}
        </p>
        {removable && (
          <button type="button" class="dx-button" onClick={remove}>
            {w["j.remove"]}
          </button>
        )}
      </div>
    </fieldset>
  );
}
