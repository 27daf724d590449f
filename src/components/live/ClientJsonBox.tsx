/**
 * The client JSON of the live test: drop the file on the box, choose it, or paste its text. It is
 * parsed here; the parsed file (secret included) goes up to the form, which sends it only in the start
 * request. The status line says what was read, or why it cannot be used.
 */
import type { TargetedDragEvent } from "preact";
import { useState } from "preact/hooks";
import { fill } from "../../core/i18n.ts";
import { InlineCode } from "../diagnose/InlineCode.tsx";
import { type ClientReading, readClientFile, readClientText } from "./client-json.ts";
import { Field, helpId } from "./Field.tsx";
import type { Strings } from "./strings.ts";

interface Props {
  idPrefix: string;
  reading: ClientReading | undefined;
  onRead: (reading: ClientReading | undefined) => void;
  s: Strings;
}

function describe(reading: ClientReading, s: Strings): string {
  const { result } = reading;
  const type = result.ok ? `${s[`json.${result.client.type}`]}, ${result.client.clientId}` : s[`json.${result.error}`];
  return fill(s["json.status"], { source: reading.name ?? s["json.pasted"], type });
}

export function ClientJsonBox({ idPrefix, reading, onRead, s }: Props) {
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

  const failed = reading !== undefined && !reading.result.ok;
  return (
    <fieldset
      class={dragging ? "dx-drop dx-drop--active lt-json" : "dx-drop lt-json"}
      aria-describedby={helpId(fileId)}
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
      <legend>{s["json.label"]}</legend>
      <p id={helpId(fileId)} class="dx-help">
        <InlineCode text={s["json.help"]} />
      </p>
      <Field id={fileId} label={s["json.file"]}>
        <input
          key={generation}
          id={fileId}
          type="file"
          class="dx-file"
          accept=".json,application/json"
          onChange={(event) => void load(event.currentTarget.files?.[0])}
        />
      </Field>
      <Field id={pasteId} label={s["json.paste"]}>
        <textarea
          id={pasteId}
          class="dx-control dx-mono"
          rows={2}
          spellcheck={false}
          autocomplete="off"
          value={pasted}
          onInput={(event) => {
            const text = event.currentTarget.value;
            setPasted(text);
            onRead(text.trim() ? readClientText(text) : undefined);
          }}
        />
      </Field>
      <div class="lt-json-status">
        <p class={failed ? "dx-client-status dx-client-status--error" : "dx-client-status"} role="status">
          {reading ? describe(reading, s) : ""}
        </p>
        {reading && (
          <button type="button" class="dx-button" onClick={remove}>
            {s["json.remove"]}
          </button>
        )}
      </div>
    </fieldset>
  );
}
