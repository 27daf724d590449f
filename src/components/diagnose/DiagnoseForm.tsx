/**
 * The diagnostics island of the "Diagnose a problem" page: evidence in, ranked findings out. The
 * engine runs behind POST /api/diagnose, so this island ships only Preact, the form and the tiny
 * client-JSON parser. Its words come from the page, in the page's language:
 * `<DiagnoseForm lang="en" s={strings.en} w={clientJsonWords.en} client:visible />`.
 */
import type { TargetedEvent } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import type { ClientJsonResult } from "../../core/client-json/client-json.ts";
import type { Lang } from "../../core/lang.ts";
import { ClientJsonDrop } from "../shared/ClientJsonDrop.tsx";
import { clientFacts, type Reading } from "../shared/client-file.ts";
import type { ClientJsonWords } from "../shared/client-json-words.ts";
import { Field, helpId } from "../shared/Field.tsx";
import { requestDiagnosis } from "./api.ts";
import { ConsentFields } from "./ConsentFields.tsx";
import { Results, type View } from "./Results.tsx";
import { buildRequest, EMPTY_FIELDS, type FormFields, ODOO_VERSIONS } from "./request.ts";
import type { Strings } from "./strings.ts";
import "../shared/forms.css";

interface Props {
  lang: Lang;
  /** The form's words in `lang` (strings.ts). */
  s: Strings;
  /** The client JSON widget's words in `lang` (shared/client-json-words.ts). */
  w: ClientJsonWords;
}

export default function DiagnoseForm({ lang, s, w }: Props) {
  const prefix = `dx${useId()}`;
  const id = (name: string) => `${prefix}-${name}`;
  const [fields, setFields] = useState<FormFields>(EMPTY_FIELDS);
  const [reading, setReading] = useState<Reading<ClientJsonResult> | undefined>(undefined);
  const [view, setView] = useState<View>({ kind: "idle" });
  const [generation, setGeneration] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  const latest = useRef(0);
  const firstField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => setHydrated(true), []);

  const change = <K extends keyof FormFields>(key: K, value: FormFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  async function submit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (view.kind === "busy") return;
    const body = buildRequest(lang, fields, reading?.result.ok ? reading.result.client : undefined);
    if (!body) {
      setView({ kind: "invalid" });
      firstField.current?.focus();
      return;
    }
    const serial = ++latest.current;
    setView({ kind: "busy" });
    const outcome = await requestDiagnosis(body);
    if (serial !== latest.current) return;
    if (outcome.ok) setView({ kind: "done", diagnosis: outcome.diagnosis, serial });
    else if (outcome.detail === undefined) setView({ kind: "failed", status: outcome.status });
    else setView({ kind: "failed", status: outcome.status, detail: outcome.detail });
  }

  function clear() {
    latest.current++;
    setFields(EMPTY_FIELDS);
    setReading(undefined);
    setView({ kind: "idle" });
    setGeneration((g) => g + 1);
    firstField.current?.focus();
  }

  const invalidId = id("invalid");
  const errorTextDescription = [helpId(id("error")), view.kind === "invalid" ? invalidId : ""].join(" ").trim();
  return (
    <form class="dx-form not-content" aria-label={s["form.label"]} noValidate onSubmit={submit}>
      <noscript>
        <p class="dx-alert">{s["form.noscript"]}</p>
      </noscript>
      <Field id={id("error")} label={s["errorText.label"]} help={s["errorText.help"]}>
        <textarea
          id={id("error")}
          ref={firstField}
          class="dx-control dx-mono"
          rows={6}
          spellcheck={false}
          aria-describedby={errorTextDescription}
          value={fields.errorText}
          onInput={(event) => change("errorText", event.currentTarget.value)}
        />
      </Field>
      <Field id={id("url")} label={s["url.label"]} help={s["url.help"]}>
        <input
          id={id("url")}
          type="url"
          class="dx-control dx-mono"
          autocomplete="off"
          spellcheck={false}
          aria-describedby={helpId(id("url"))}
          value={fields.url}
          onInput={(event) => change("url", event.currentTarget.value)}
        />
      </Field>
      <div class="dx-row">
        <Field id={id("odoo-url")} label={s["odooUrl.label"]} help={s["odooUrl.help"]}>
          <input
            id={id("odoo-url")}
            type="url"
            class="dx-control dx-mono"
            autocomplete="off"
            spellcheck={false}
            placeholder="https://erp.example.com"
            aria-describedby={helpId(id("odoo-url"))}
            value={fields.odooUrl}
            onInput={(event) => change("odooUrl", event.currentTarget.value)}
          />
        </Field>
        <Field id={id("version")} label={s["version.label"]}>
          <select
            id={id("version")}
            class="dx-control"
            value={fields.odooVersion}
            onChange={(event) => change("odooVersion", event.currentTarget.value as FormFields["odooVersion"])}
          >
            {ODOO_VERSIONS.map((version) => (
              <option key={version} value={version}>
                {version}
              </option>
            ))}
            <option value="other">{s["version.other"]}</option>
            <option value="unknown">{s["version.unknown"]}</option>
          </select>
        </Field>
      </div>
      <ClientJsonDrop
        key={generation}
        idPrefix={prefix}
        w={w}
        help={s["client.help"]}
        shown={
          reading && {
            source: reading.name,
            outcome: reading.result.ok ? reading.result.client.type : reading.result.error,
          }
        }
        onRead={(read) => setReading(read && clientFacts(read))}
        removable={reading !== undefined}
      />
      <ConsentFields idPrefix={prefix} fields={fields} onChange={change} s={s} />
      <div class="dx-actions">
        <button type="submit" class="dx-button dx-button--primary" disabled={!hydrated}>
          {s["action.submit"]}
        </button>
        <button type="button" class="dx-button" disabled={!hydrated} onClick={clear}>
          {s["action.clear"]}
        </button>
      </div>
      <Results view={view} idPrefix={prefix} invalidId={invalidId} s={s} />
    </form>
  );
}
