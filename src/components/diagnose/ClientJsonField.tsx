/**
 * The client JSON: drop the file anywhere on its box, choose it, or paste its text. It is parsed here in the browser and
 * only the reading (type, ID, URIs; never the secret) goes up to the form.
 */
import type { TargetedDragEvent, TargetedEvent } from "preact";
import { useState } from "preact/hooks";
import { fill } from "../../core/i18n.ts";
import { type ClientReading, readClientFile, readClientText } from "./client-file.ts";
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
  const type = result.ok ? s[`client.${result.client.type}`] : s[`client.${result.error}`];
  return fill(s["client.status"], { source: reading.name ?? s["client.pasted"], type });
}

export function ClientJsonField({ idPrefix, reading, onRead, s }: Props) {
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  const fileId = `${idPrefix}-file`;
  const pasteId = `${idPrefix}-paste`;
  const legendHelp = `${idPrefix}-client-help`;

  async function load(file: File | undefined) {
    if (!file) return;
    setPasted("");
    onRead(await readClientFile(file));
  }

  /** Only file drags are taken over; dragged text still drops into the paste area as usual. */
  const carriesFile = (event: DragEvent) => event.dataTransfer?.types.includes("Files") === true;

  function onDrop(event: TargetedDragEvent<HTMLFieldSetElement>) {
    setDragging(false);
    if (!carriesFile(event)) return;
    event.preventDefault();
    void load(event.dataTransfer?.files[0]);
  }

  function onPaste(event: TargetedEvent<HTMLTextAreaElement>) {
    const text = event.currentTarget.value;
    setPasted(text);
    onRead(text.trim() ? readClientText(text) : undefined);
  }

  const failed = reading !== undefined && !reading.result.ok;
  return (
    <fieldset
      class="dx-fieldset"
      aria-describedby={legendHelp}
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
      <legend>{s["client.legend"]}</legend>
      <p id={legendHelp} class="dx-help">
        {s["client.help"]}
      </p>
      <div class={dragging ? "dx-drop dx-drop--active" : "dx-drop"}>
        <Field id={fileId} label={s["client.file"]} help={s["client.drop"]}>
          <input
            id={fileId}
            type="file"
            class="dx-file"
            accept=".json,application/json"
            aria-describedby={helpId(fileId)}
            onChange={(event) => void load(event.currentTarget.files?.[0])}
          />
        </Field>
      </div>
      <Field id={pasteId} label={s["client.paste"]}>
        <textarea
          id={pasteId}
          class="dx-control dx-mono"
          rows={3}
          spellcheck={false}
          autocomplete="off"
          value={pasted}
          onInput={onPaste}
        />
      </Field>
      <p class={failed ? "dx-client-status dx-client-status--error" : "dx-client-status"} role="status">
        {reading ? describe(reading, s) : ""}
      </p>
    </fieldset>
  );
}
