/**
 * The form that starts a run: the practice switch with its scenario, or the admin's client (ID and
 * secret, or the client JSON) and sending address; then the mode (direct or Odoo) with what each
 * requires, explained before Google is opened. Invalid fields are marked and the first one focused.
 */
import type { TargetedEvent } from "preact";
import { useState } from "preact/hooks";
import { fill } from "../../core/i18n.ts";
import type { Lang } from "../../core/lang.ts";
import { ClientJsonDrop } from "../shared/ClientJsonDrop.tsx";
import { CodeText } from "../shared/CodeText.tsx";
import { readingOf } from "../shared/client-file.ts";
import type { ClientJsonWords } from "../shared/client-json-words.ts";
import { describedBy, Field, helpId } from "../shared/Field.tsx";
import { type ClientReading, parseLiveClient } from "./client-json.ts";
import { buildStartBody, type FieldError, type LiveFields, type StartBody } from "./start-body.ts";
import type { Strings } from "./strings.ts";
import { SCENARIOS } from "./types.ts";

interface Props {
  lang: Lang;
  idPrefix: string;
  fields: LiveFields;
  onChange: (fields: LiveFields) => void;
  prefilled: boolean;
  /** After a practice run, the scenario offered next (the select already shows it). */
  offered?: string | undefined;
  /** This site's callback, e.g. `https://help.example.com/api/live/callback`. */
  callback: string;
  busy: boolean;
  enabled: boolean;
  onStart: (body: StartBody) => void;
  s: Strings;
  w: ClientJsonWords;
}

const ERROR_KEY = {
  clientId: "error.clientId",
  secret: "error.secret",
  email: "error.email",
  odooUri: "error.odooUri",
} as const;

export function LiveForm({
  lang,
  idPrefix,
  fields,
  onChange,
  prefilled,
  offered,
  callback,
  busy,
  enabled,
  onStart,
  s,
  w,
}: Props) {
  const [reading, setReading] = useState<ClientReading | undefined>(undefined);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const id = (name: string) => `${idPrefix}-${name}`;
  const change = <K extends keyof LiveFields>(key: K, value: LiveFields[K]) => onChange({ ...fields, [key]: value });
  const errorOf = (field: FieldError) => (errors.includes(field) ? s[ERROR_KEY[field]] : undefined);
  const client = reading?.result.ok ? reading.result.client : undefined;

  function submit(event: TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !enabled) return;
    const built = buildStartBody(lang, fields, client);
    if (!built.ok) {
      setErrors(built.errors);
      const first = { clientId: "client-id", secret: "secret", email: "email", odooUri: "odoo-uri" }[
        built.errors[0] ?? "email"
      ];
      document.getElementById(id(first))?.focus();
      return;
    }
    setErrors([]);
    onStart(built.body);
  }

  const input = (name: string, field: FieldError, help: boolean) => ({
    id: id(name),
    "aria-invalid": errors.includes(field) ? ("true" as const) : undefined,
    "aria-describedby": describedBy(id(name), help, errorOf(field)),
  });

  return (
    <form class="lt-form" aria-label={s["form.label"]} noValidate onSubmit={submit}>
      {offered && fields.practice ? (
        <p class="dx-hint">{offered}</p>
      ) : (
        prefilled && !fields.practice && <p class="dx-hint">{s["form.prefilled"]}</p>
      )}
      <div class="lt-switch">
        <input
          id={id("practice")}
          type="checkbox"
          role="switch"
          checked={fields.practice}
          aria-checked={fields.practice}
          aria-describedby={helpId(id("practice"))}
          onChange={(event) => change("practice", event.currentTarget.checked)}
        />
        <label for={id("practice")}>{s["practice.label"]}</label>
        <p id={helpId(id("practice"))} class="dx-help">
          {s["practice.help"]}
        </p>
      </div>

      {fields.practice ? (
        <Field id={id("scenario")} label={s["scenario.label"]} help={s[`what.${fields.scenario}`]}>
          <select
            id={id("scenario")}
            class="dx-control"
            aria-describedby={helpId(id("scenario"))}
            value={fields.scenario}
            onChange={(event) => change("scenario", event.currentTarget.value as LiveFields["scenario"])}
          >
            {SCENARIOS.map((scenario) => (
              <option key={scenario} value={scenario}>
                {s[`scenario.${scenario}`]}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <>
          <fieldset class="dx-fieldset">
            <legend>{s["client.legend"]}</legend>
            <div class="dx-row lt-row">
              <Field id={id("client-id")} label={s["clientId.label"]} error={errorOf("clientId")}>
                <input
                  {...input("client-id", "clientId", false)}
                  type="text"
                  class="dx-control dx-mono"
                  autocomplete="off"
                  spellcheck={false}
                  disabled={client !== undefined}
                  value={client?.clientId ?? fields.clientId}
                  onInput={(event) => change("clientId", event.currentTarget.value)}
                />
              </Field>
              <Field id={id("secret")} label={s["secret.label"]} help={s["secret.help"]} error={errorOf("secret")}>
                <input
                  {...input("secret", "secret", true)}
                  type="password"
                  class="dx-control dx-mono"
                  autocomplete="off"
                  spellcheck={false}
                  disabled={client !== undefined}
                  value={client ? "" : fields.clientSecret}
                  onInput={(event) => change("clientSecret", event.currentTarget.value)}
                />
              </Field>
            </div>
            <ClientJsonDrop
              idPrefix={idPrefix}
              w={w}
              help={s["json.help"]}
              shown={
                reading && {
                  source: reading.name,
                  outcome: reading.result.ok ? reading.result.client.type : reading.result.error,
                  detail: reading.result.ok ? reading.result.client.clientId : undefined,
                }
              }
              onRead={(read) => setReading(read && readingOf(read, parseLiveClient))}
              removable={reading !== undefined}
            />
          </fieldset>
          <Field id={id("email")} label={s["email.label"]} help={s["email.help"]} error={errorOf("email")}>
            <input
              {...input("email", "email", true)}
              type="email"
              class="dx-control"
              autocomplete="email"
              spellcheck={false}
              value={fields.email}
              onInput={(event) => change("email", event.currentTarget.value)}
            />
          </Field>
        </>
      )}

      <fieldset class="dx-fieldset">
        <legend>{s["mode.legend"]}</legend>
        {(["direct", "odoo"] as const).map((mode) => (
          <div key={mode} class="lt-choice">
            <input
              id={id(`mode-${mode}`)}
              type="radio"
              name={id("mode")}
              value={mode}
              checked={fields.mode === mode}
              aria-describedby={helpId(id(`mode-${mode}`))}
              onChange={() => change("mode", mode)}
            />
            <label for={id(`mode-${mode}`)}>{s[`mode.${mode}`]}</label>
            <p id={helpId(id(`mode-${mode}`))} class="dx-help">
              {/* Practice needs nothing from a real client: its own help replaces the real-client steps. */}
              <CodeText
                text={fill(fields.practice ? s[`mode.${mode}.practice`] : s[`mode.${mode}.help`], { callback })}
              />
            </p>
          </div>
        ))}
        {fields.mode === "odoo" && !fields.practice && (
          <Field id={id("odoo-uri")} label={s["odooUri.label"]} help={s["odooUri.help"]} error={errorOf("odooUri")}>
            <input
              {...input("odoo-uri", "odooUri", true)}
              type="url"
              class="dx-control dx-mono"
              autocomplete="off"
              spellcheck={false}
              value={fields.odooRedirectUri}
              onInput={(event) => change("odooRedirectUri", event.currentTarget.value)}
            />
          </Field>
        )}
      </fieldset>

      <div class="dx-actions">
        <button type="submit" class="dx-button dx-button--primary" disabled={!enabled || busy}>
          {busy ? s["action.starting"] : s["action.start"]}
        </button>
        <p class="lt-error" role="status">
          {errors.length > 0 ? s["error.summary"] : ""}
        </p>
      </div>
    </form>
  );
}
